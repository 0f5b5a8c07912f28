import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../src/domain/proofread/checkReply';
import { confirmableContacts } from '../../../src/domain/proofread/confirmableContacts';
import { contactValuesIn, ownContactsFor } from '../../../src/domain/proofread/ownContacts';
import { toPublishedText } from '../../../src/domain/proofread/publishedText';
import { decideSend, type SendDecisionInput } from '../../../src/domain/proofread/sendDecision';
import { stampFor } from '../../../src/domain/proofread/stamp';
import type { CheckContext } from '../../../src/domain/proofread/types';
import { makeCheckContext, makeReview, makeSettings } from '../../factories';
import { LATE_DELIVERY, NORDIC_HOME } from './fixtures';

// The default settings: no support e-mail or phone, so the template asks the agent for them.
const settings = makeSettings({ ...NORDIC_HOME, supportEmail: '', supportPhone: '' });
const review = makeReview(LATE_DELIVERY);
const context = (overrides: Partial<CheckContext> = {}): CheckContext =>
  makeCheckContext({ review, scenario: 'negative', settings, ...overrides });

const REPLY =
  'Hi Anna,\n\nThank you for your feedback. Could you e-mail help@nordichome.example or call 08-123 456 78?\n\nKind regards,\nMaja';
const codes = (text: string, ctx: CheckContext) =>
  checkReply(text, ctx, { blockingOnly: true }).blocking.map((i) => i.code);

describe('contactValuesIn', () => {
  it('finds the e-mail address and the phone number in what was typed into a contact field', () => {
    expect(contactValuesIn('help@nordichome.example or 08-123 456 78')).toEqual([
      'help@nordichome.example',
      '08-123 456 78',
    ]);
  });

  it('takes no order number, date or amount for a contact, and never throws on odd input', () => {
    expect(contactValuesIn('48213')).toEqual([]);
    expect(contactValuesIn('2024-05-02')).toEqual([]);
    expect(contactValuesIn('our support team')).toEqual([]);
    expect(contactValuesIn(42 as unknown as string)).toEqual([]);
  });
});

describe('ownContactsFor', () => {
  it('keeps what the agent typed when the review does not contain it', () => {
    expect(ownContactsFor(['help@nordichome.example', '08-123 456 78'], review)).toEqual([
      'help@nordichome.example',
      '08-123 456 78',
    ]);
  });

  it('drops the reviewer’s own e-mail (from the ticket or the review text) and a number the review contains', () => {
    const withContacts = makeReview({
      ...LATE_DELIVERY,
      text: 'Call me on +46 70 555 12 34 or write to Anna.S@Mail.example, nobody answers.',
    });
    expect(
      ownContactsFor(
        ['anna@example.org', 'anna.s@mail.example', '070-555 12 34', 'help@nordichome.example'],
        withContacts,
      ),
    ).toEqual(['help@nordichome.example']);
  });

  it('counts nothing from malformed input', () => {
    expect(ownContactsFor(undefined, review)).toEqual([]);
    expect(ownContactsFor([42, null, ''] as unknown as string[], review)).toEqual([]);
  });
});

describe('the checks with contact values typed into a template', () => {
  it('block the typed e-mail and phone without them, and allow them as the company’s own with them', () => {
    expect(codes(REPLY, context())).toEqual(['email', 'phone']);
    expect(codes(REPLY, context({ ownContacts: ['help@nordichome.example', '08-123 456 78'] }))).toEqual([]);
  });

  it('compare a typed value as the settings’ are: e-mail without case, phone with or without country code', () => {
    const text = REPLY.replace('help@', 'Help@').replace('08-123 456 78', '+46 8 123 456 78');
    expect(codes(text, context({ ownContacts: ['help@nordichome.example', '08-123 456 78'] }))).toEqual([]);
  });

  it('still block another address written by hand next to the typed one', () => {
    const text = REPLY.replace('?', ' or maja.private@example.net?');
    expect(codes(text, context({ ownContacts: ['help@nordichome.example', '08-123 456 78'] }))).toEqual(['email']);
  });

  it('still block the reviewer’s e-mail even when the agent typed it into the contact field', () => {
    const text = REPLY.replace('help@nordichome.example', 'anna@example.org');
    expect(codes(text, context({ ownContacts: ['anna@example.org', '08-123 456 78'] }))).toEqual(['email']);
  });

  it('ask no confirmation for the typed values, but still for any other', () => {
    const text = REPLY.replace('?', ' or maja.private@example.net?');
    expect(confirmableContacts(text, context({ ownContacts: ['help@nordichome.example', '08-123 456 78'] }))).toEqual([
      { kind: 'email', value: 'maja.private@example.net' },
    ]);
  });
});

describe('the send decision with contact values typed into a template', () => {
  const html = `<p>${REPLY.split('\n\n').join('</p><p>').replace(/\n/g, '<br>')}</p>`;
  const input = (overrides: Partial<SendDecisionInput> = {}): SendDecisionInput => ({
    review,
    isReview: true,
    scenario: 'negative',
    draft: { text: html, type: 'publicReply' },
    stamp: stampFor(toPublishedText(html)),
    secondReplyConfirmed: false,
    settings,
    recommendation: 'publicReply',
    ...overrides,
  });

  it('allows the proofread reply with the typed values, as the panel does', () => {
    expect(decideSend(input({ ownContacts: ['help@nordichome.example', '08-123 456 78'] }))).toEqual({
      allow: true,
      tags: ['trustpilot_replied'],
    });
  });

  it('blocks the same reply without them, and when a hand-written address joins them', () => {
    expect(decideSend(input())).toMatchObject({ allow: false, messageKey: 'gate.problems' });
    const other = html.replace('?', ' or maja.private@example.net?');
    const decision = decideSend(
      input({
        draft: { text: other, type: 'publicReply' },
        stamp: stampFor(toPublishedText(other)),
        ownContacts: ['help@nordichome.example', '08-123 456 78'],
      }),
    );
    expect(decision).toMatchObject({ allow: false, messageKey: 'gate.problems' });
    expect(decision.allow ? [] : decision.reasons.map((reason) => reason.code)).toEqual(['email']);
  });
});
