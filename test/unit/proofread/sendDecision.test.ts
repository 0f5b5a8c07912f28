import { describe, expect, it } from 'vitest';
import { toPublishedText } from '../../../src/domain/proofread/publishedText';
import {
  decideSend,
  PRIVATE_FOLLOWUP_TAG,
  REPLIED_TAG,
  type SendDecision,
  type SendDecisionInput,
} from '../../../src/domain/proofread/sendDecision';
import { stampFor } from '../../../src/domain/proofread/stamp';
import type { BlockingCode } from '../../../src/domain/proofread/types';
import type { Draft, DraftType } from '../../../src/domain/types';
import { makeReview, makeSettings } from '../../factories';
import { LATE_DELIVERY, NORDIC_HOME } from './fixtures';

const GOOD =
  '<p>Hi Anna,</p><p>Thank you for your review. Could you e-mail help@nordichome.example?</p><p>Kind regards,<br>Maja</p>';

type Check = Exclude<BlockingCode, 'empty'>;

/** How to make each blocking check fail on the good reply. */
const FAILING: Record<Check, (input: SendDecisionInput) => SendDecisionInput> = {
  placeholder: (input) => withText(input, GOOD.replace('Anna', '[Customer name]')),
  foreignPlaceholder: (input) => withText(input, GOOD.replace('Anna', '{{customer_name}}')),
  spamPublicReply: (input) => ({ ...input, scenario: 'spam' }),
  email: (input) => withText(input, GOOD.replace('help@nordichome.example', 'anna@example.org')),
  phone: (input) => withText(input, GOOD.replace('Maja', 'Maja, 070-123 45 67')),
  iban: (input) => withText(input, GOOD.replace('your review', 'your refund to GB82WEST12345698765432')),
  orderNumber: (input) => withText(input, GOOD.replace('your review', 'your order 48213')),
  address: (input) => withText(input, GOOD.replace('your review', 'your visit to Storgatan 12')),
  reviewReference: (input) => ({
    ...withText(input, GOOD.replace('your review', 'review 7431-22')),
    review: makeReview({ ...LATE_DELIVERY, reference: '7431-22', alreadyAnswered: input.review.alreadyAnswered }),
  }),
  secondReply: (input) => ({ ...input, review: makeReview({ ...LATE_DELIVERY, alreadyAnswered: true }) }),
  answerUnknown: (input) => ({ ...input, answerUnknown: true }),
};

function withText(input: SendDecisionInput, text: string): SendDecisionInput {
  const draft: Draft | null = input.draft === null ? null : { ...input.draft, text };
  return { ...input, draft, stamp: input.stamp === null ? null : stampFor(toPublishedText(text)) };
}

function baseInput({
  type = 'publicReply',
  isReview = true,
  proofread = true,
}: {
  type?: DraftType;
  isReview?: boolean;
  proofread?: boolean;
}): SendDecisionInput {
  return {
    review: makeReview(LATE_DELIVERY),
    isReview,
    scenario: 'negative',
    draft: { text: GOOD, type },
    stamp: proofread ? stampFor(toPublishedText(GOOD)) : null,
    secondReplyConfirmed: false,
    settings: makeSettings(NORDIC_HOME),
    recommendation: 'publicReply',
  };
}

const codes = (decision: SendDecision): string[] =>
  decision.allow ? [] : decision.reasons.map((reason) => reason.code);
const ALLOW_NO_TAGS: SendDecision = { allow: true, tags: [] };

describe('the send decision table', () => {
  const types: DraftType[] = ['publicReply', 'internalNote'];
  const checks: (Check | 'none')[] = ['none', ...(Object.keys(FAILING) as Check[])];
  const rows = types.flatMap((type) =>
    [true, false].flatMap((isReview) =>
      [true, false].flatMap((proofread) => checks.map((check) => ({ type, isReview, proofread, check }))),
    ),
  );

  it.each(rows)(
    '$type, review $isReview, proofread $proofread, failing check $check',
    ({ type, isReview, proofread, check }) => {
      const base = baseInput({ type, isReview, proofread });
      const input = check === 'none' ? base : FAILING[check](base);
      const decision = decideSend(input);

      if (!isReview || type === 'internalNote') {
        expect(decision).toEqual(ALLOW_NO_TAGS);
      } else if (check === 'none' && proofread) {
        expect(decision).toEqual({ allow: true, tags: [REPLIED_TAG] });
      } else {
        const expected = [...(check === 'none' ? [] : [check]), ...(proofread ? [] : ['notProofread'])];
        expect(codes(decision)).toEqual(expected);
      }
    },
  );
});

describe('decideSend', () => {
  it('allows a save without a comment on a review', () => {
    for (const text of ['', '<p><br></p>', '   ']) {
      expect(decideSend({ ...baseInput({ proofread: false }), draft: { text, type: 'publicReply' } })).toEqual(
        ALLOW_NO_TAGS,
      );
    }
  });

  it('blocks a reply edited after proofreading as stale, with its own message', () => {
    const input = baseInput({});
    const decision = decideSend({
      ...input,
      draft: { text: GOOD.replace('Thank you', 'Thanks'), type: 'publicReply' },
    });
    expect(decision).toEqual({ allow: false, reasons: [{ code: 'proofreadStale' }], messageKey: 'gate.stale' });
  });

  it('asks to proofread when nothing else is wrong', () => {
    expect(decideSend(baseInput({ proofread: false }))).toEqual({
      allow: false,
      reasons: [{ code: 'notProofread' }],
      messageKey: 'gate.notProofread',
    });
  });

  it('fails closed on a review when the draft could not be read', () => {
    expect(decideSend({ ...baseInput({}), draft: null })).toEqual({
      allow: false,
      reasons: [{ code: 'unreadable' }],
      messageKey: 'gate.unreadable',
    });
  });

  it('lets an unreadable draft through on a ticket that is not a review', () => {
    expect(decideSend({ ...baseInput({ isReview: false }), draft: null })).toEqual(ALLOW_NO_TAGS);
  });

  it('allows a second reply once the agent confirmed it', () => {
    const input = { ...FAILING.secondReply(baseInput({})), secondReplyConfirmed: true };
    expect(decideSend(input)).toEqual({ allow: true, tags: [REPLIED_TAG] });
  });

  it('tags a private follow-up when that was the guidance', () => {
    expect(decideSend({ ...baseInput({}), recommendation: 'publicThenPrivate' })).toEqual({
      allow: true,
      tags: [REPLIED_TAG, PRIVATE_FOLLOWUP_TAG],
    });
  });

  it.each([
    ['spamPublicReply', 'gate.spam'],
    ['email', 'gate.problems'],
    ['secondReply', 'gate.secondReply'],
    ['answerUnknown', 'gate.answerUnknown'],
  ] as const)('explains a %s block with %s', (check, messageKey) => {
    const decision = decideSend(FAILING[check](baseInput({})));
    expect(decision.allow ? null : decision.messageKey).toBe(messageKey);
  });

  describe('when the check for an earlier public reply failed', () => {
    it('blocks a proofread reply with its own message until the agent confirms it', () => {
      const input = FAILING.answerUnknown(baseInput({}));
      expect(decideSend(input)).toEqual({
        allow: false,
        reasons: [
          {
            code: 'answerUnknown',
            severity: 'blocking',
            messageKey: 'proofread.checks.answerUnknown',
            params: {},
            spans: [],
          },
        ],
        messageKey: 'gate.answerUnknown',
      });
      expect(decideSend({ ...input, secondReplyConfirmed: true })).toEqual({ allow: true, tags: [REPLIED_TAG] });
    });

    it('asks about the known reply first when the review is answered too', () => {
      const input = FAILING.answerUnknown(FAILING.secondReply(baseInput({})));
      const decision = decideSend(input);
      expect(codes(decision)).toEqual(['secondReply']);
      expect(decision.allow ? null : decision.messageKey).toBe('gate.secondReply');
    });

    it('names the other problems first, and still asks for the confirmation with them', () => {
      const input = FAILING.answerUnknown(FAILING.email(baseInput({ proofread: false })));
      const decision = decideSend(input);
      expect(codes(decision)).toEqual(['email', 'answerUnknown', 'notProofread']);
      expect(decision.allow ? null : decision.messageKey).toBe('gate.problems');
    });

    it('never holds back an internal note, an empty editor or a ticket that is not a review', () => {
      expect(decideSend(FAILING.answerUnknown(baseInput({ type: 'internalNote' })))).toEqual(ALLOW_NO_TAGS);
      expect(decideSend(FAILING.answerUnknown(baseInput({ isReview: false })))).toEqual(ALLOW_NO_TAGS);
      const empty: SendDecisionInput = {
        ...FAILING.answerUnknown(baseInput({})),
        draft: { text: '<p><br></p>', type: 'publicReply' },
      };
      expect(decideSend(empty)).toEqual(ALLOW_NO_TAGS);
    });

    it('counts only true as a failed check', () => {
      const odd = { ...baseInput({}), answerUnknown: 'yes' } as unknown as SendDecisionInput;
      expect(decideSend(odd)).toEqual({ allow: true, tags: [REPLIED_TAG] });
    });
  });

  it('lists every failing check, and the missing proofread, in one decision', () => {
    const text = GOOD.replace('Anna', '[Customer name]').replace('help@nordichome.example', 'anna@example.org');
    const input = FAILING.secondReply(withText(baseInput({ proofread: false }), text));
    expect(codes(decideSend(input))).toEqual(['placeholder', 'email', 'secondReply', 'notProofread']);
  });

  it('points each reason at the words concerned', () => {
    const input = FAILING.email(baseInput({}));
    const decision = decideSend(input);
    const reason = decision.allow ? undefined : decision.reasons[0];
    const published = toPublishedText(input.draft?.text);
    expect(reason && 'spans' in reason ? reason.spans.map((s) => published.slice(s.start, s.end)) : []).toEqual([
      'anna@example.org',
    ]);
  });

  it('fails closed instead of throwing on malformed input', () => {
    const broken = { ...baseInput({}), settings: null } as unknown as SendDecisionInput;
    expect(decideSend(broken)).toEqual({
      allow: false,
      reasons: [{ code: 'checkFailed' }],
      messageKey: 'gate.checkFailed',
    });
  });

  describe('with contact details the agent confirmed', () => {
    const noSettings = makeSettings({ ...NORDIC_HOME, supportEmail: '', supportPhone: '' });
    const base = (): SendDecisionInput => ({ ...baseInput({}), settings: noSettings });

    it('blocks the company address when the settings do not name it and nothing is confirmed', () => {
      expect(codes(decideSend(base()))).toEqual(['email']);
    });

    it('allows a confirmed address, written in any case', () => {
      for (const value of ['help@nordichome.example', 'HELP@NordicHome.Example', '  help@nordichome.example ']) {
        expect(decideSend({ ...base(), confirmedContacts: [value] })).toEqual({ allow: true, tags: [REPLIED_TAG] });
      }
    });

    it('still blocks another address next to a confirmed one', () => {
      const input = withText(base(), GOOD.replace('?', ' or anna@example.org?'));
      const decision = decideSend({ ...input, confirmedContacts: ['help@nordichome.example'] });
      expect(decision.allow ? [] : decision.reasons.map((reason) => reason.code)).toEqual(['email']);
    });

    it('allows a confirmed phone number written in another format', () => {
      const input = withText(base(), GOOD.replace('e-mail help@nordichome.example', 'call +46 8 123 456 78'));
      expect(codes(decideSend(input))).toEqual(['phone']);
      expect(decideSend({ ...input, confirmedContacts: ['08-123 456 78'] })).toEqual({
        allow: true,
        tags: [REPLIED_TAG],
      });
    });

    it('still blocks an order number whatever was confirmed', () => {
      const input = withText(base(), GOOD.replace('your review', 'your order 48213'));
      expect(codes(decideSend({ ...input, confirmedContacts: ['help@nordichome.example', '48213'] }))).toEqual([
        'orderNumber',
      ]);
    });
  });
});
