import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../src/domain/proofread/checkReply';
import { findForeignPlaceholders } from '../../../src/domain/proofread/foreignPlaceholders';
import { isValidIban } from '../../../src/domain/proofread/personalData';
import { toPublishedText } from '../../../src/domain/proofread/publishedText';
import { decideWithoutTools } from '../../../src/domain/proofread/gateDecision';
import { decideSend, type GateInputs } from '../../../src/domain/proofread/sendDecision';
import { stampFor } from '../../../src/domain/proofread/stamp';
import {
  resolveZendeskPlaceholders,
  zendeskPlaceholderValues,
} from '../../../src/domain/proofread/zendeskPlaceholders';
import { makeReview, makeSettings } from '../../factories';
import { LATE_DELIVERY, NORDIC_HOME } from './fixtures';

const context = {
  review: makeReview(LATE_DELIVERY),
  scenario: 'positive' as const,
  settings: makeSettings(NORDIC_HOME),
  secondReplyConfirmed: false,
};
const blockingCodes = (text: string) =>
  checkReply(text, context, { blockingOnly: true }).blocking.map((issue) => issue.code);
const written = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((span) => text.slice(span.start, span.end));

describe('placeholders in other tools’ syntax', () => {
  it.each([
    ['Hi {name}, thank you!', '{name}'],
    ['Hi {{customer_name}}, thank you!', '{{customer_name}}'],
    ['Hi %NAME%, thank you!', '%NAME%'],
    ['Hi ${x}, thank you!', '${x}'],
    ['Hi <<first name>>, thank you!', '<<first name>>'],
    ['Hi {{ticket.requester.first_name}}, thank you!', '{{ticket.requester.first_name}}'],
  ])('finds %j and blocks the reply', (text, placeholder) => {
    expect(written(text, findForeignPlaceholders(text))).toEqual([placeholder]);
    expect(blockingCodes(text)).toContain('foreignPlaceholder');
  });

  it('leaves percentages, numbers in braces and arrows alone', () => {
    const text = 'Hi Anna, you get 20% off and 10% back {1} -> << >> and 3 < 4 > 2.';
    expect(findForeignPlaceholders(text)).toEqual([]);
  });
});

describe('Zendesk’s own placeholders', () => {
  const values = zendeskPlaceholderValues({
    ticketId: 4711,
    requester: { name: 'Anna Maria Svensson', email: 'anna@example.org' },
    currentUser: { name: 'Maja Berg', email: 'maja@nordichome.example' },
  });

  it('are shown as Zendesk renders them, from the ticket', () => {
    expect(
      resolveZendeskPlaceholders(
        'Hi {{ticket.requester.first_name}}, {{ ticket.requester.last_name }} ({{ticket.id}}) — {{current_user.first_name}} {{current_user.name}}',
        values,
      ),
    ).toBe('Hi Anna, Svensson (4711) — Maja Maja Berg');
  });

  it('leave any other {{…}} as written, so it blocks', () => {
    const text = resolveZendeskPlaceholders(
      'Hi {{customer_name}} {{ticket.custom_field_123}} {{constructor.name}}',
      values,
    );
    expect(text).toBe('Hi {{customer_name}} {{ticket.custom_field_123}} {{constructor.name}}');
    expect(blockingCodes(text)).toContain('foreignPlaceholder');
  });

  it('let a proofread reply with a Zendesk placeholder through, stamped as it will appear', () => {
    const draft =
      '<p>Hi {{ticket.requester.first_name}},</p><p>Thank you for your review!</p><p>Kind regards,<br>Maja</p>';
    const appears = resolveZendeskPlaceholders(toPublishedText(draft), values);
    expect(appears).toBe('Hi Anna,\n\nThank you for your review!\n\nKind regards,\nMaja');
    const input = {
      ...context,
      isReview: true,
      draft: { text: draft, type: 'publicReply' as const },
      stamp: stampFor(appears),
      recommendation: 'publicReply' as const,
      zendeskValues: values,
    };
    expect(decideSend(input)).toEqual({ allow: true, tags: ['trustpilot_replied'] });
    expect(decideSend({ ...input, zendeskValues: undefined }).allow).toBe(false);
  });
});

describe('IBANs', () => {
  it.each([
    'GB82WEST12345698765432',
    'NL91ABNA0417164300',
    'GB82 WEST 1234 5698 7654 32',
    'DE89 3704 0044 0532 0130 00',
    'SE45 5000 0000 0583 9825 7466',
  ])('blocks %s, compact or grouped', (iban) => {
    const text = `Hi Anna, we refunded the money to ${iban} today.`;
    const issue = checkReply(text, context, { blockingOnly: true }).blocking.find((found) => found.code === 'iban');
    expect(issue === undefined ? [] : written(text, issue.spans)).toEqual([iban]);
  });

  it('is told apart from order numbers by its checksum', () => {
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('GB83WEST12345698765432')).toBe(false);
    expect(blockingCodes('Hi Anna, your order AB12 3456 7890 1234 56 is on its way.')).not.toContain('iban');
    expect(blockingCodes('Hi Anna, your order AB12345678901234 is on its way.')).not.toContain('iban');
  });
});

describe('the gate over the app’s whole life', () => {
  const publicReply = { text: '<p>Hi Anna, thanks!</p>', type: 'publicReply' as const };
  const note = { text: '<p>Called her</p>', type: 'internalNote' as const };
  const empty = { text: '<p><br></p>', type: 'publicReply' as const };

  it('holds a public reply while loading, with the loading message, and lets notes and empty saves pass', () => {
    expect(decideWithoutTools({ phase: 'loading', isReview: true }, publicReply)).toEqual({
      allow: false,
      reasons: [{ code: 'loading' }],
      messageKey: 'gate.loading',
    });
    expect(decideWithoutTools({ phase: 'loading', isReview: null }, publicReply).allow).toBe(false);
    expect(decideWithoutTools({ phase: 'loading', isReview: true }, note)).toEqual({ allow: true, tags: [] });
    expect(decideWithoutTools({ phase: 'loading', isReview: true }, empty)).toEqual({ allow: true, tags: [] });
    expect(decideWithoutTools({ phase: 'loading', isReview: false }, publicReply)).toEqual({ allow: true, tags: [] });
    expect(decideWithoutTools({ phase: 'loading', isReview: true }, null)).toMatchObject({
      allow: false,
      messageKey: 'gate.unreadable',
    });
  });

  it('holds a public reply after a failure, saying the app hit a problem', () => {
    expect(decideWithoutTools({ phase: 'failed', isReview: true }, publicReply)).toMatchObject({
      allow: false,
      messageKey: 'gate.appFailed',
    });
    expect(decideWithoutTools({ phase: 'failed', isReview: null }, null)).toMatchObject({
      allow: false,
      messageKey: 'gate.appFailed',
    });
    expect(decideWithoutTools({ phase: 'failed', isReview: true }, note)).toEqual({ allow: true, tags: [] });
  });

  it('decides with the panel’s state once ready, and fails closed on settings of the wrong type', () => {
    const inputs: GateInputs = {
      ...context,
      isReview: true,
      stamp: null,
      recommendation: 'publicReply',
    };
    expect(decideSend({ ...inputs, draft: publicReply })).toMatchObject({
      allow: false,
      messageKey: 'gate.notProofread',
    });
    const hostile = { ...inputs, settings: { ...inputs.settings, supportEmail: 42 as unknown as string } };
    expect(
      decideSend({ ...hostile, draft: { text: '<p>Write to a@b.example</p>', type: 'publicReply' } }),
    ).toMatchObject({
      allow: false,
    });
  });
});

describe('findings the panel already has', () => {
  it('are reused for exactly the text they were made for, and ignored for any other', () => {
    const input = {
      ...context,
      isReview: true,
      stamp: null,
      recommendation: 'publicReply' as const,
      draft: { text: '<p>Hi Anna, thanks!</p>', type: 'publicReply' as const },
    };
    const stale = {
      raw: '<p>Hi Anna, thanks!</p>',
      text: 'Hi Anna, thanks!',
      blocking: checkReply('[x]', context, { blockingOnly: true }).blocking,
    };
    expect(decideSend({ ...input, checked: stale })).toMatchObject({ allow: false, messageKey: 'gate.problems' });
    expect(
      decideSend({ ...input, checked: { ...stale, raw: '<p>Hi Anna, thanks</p>', text: 'Hi Anna, thanks' } }),
    ).toMatchObject({
      messageKey: 'gate.notProofread',
    });
  });
});
