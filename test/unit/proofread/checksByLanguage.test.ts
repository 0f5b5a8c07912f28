import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../src/domain/proofread/checkReply';
import { MAX_REPLY_LENGTH } from '../../../src/domain/proofread/styleChecks';
import type { CheckContext, Issue, IssueCode } from '../../../src/domain/proofread/types';
import { UI_LOCALES } from '../../../src/domain/types';
import { ANONYMOUS_REVIEWER, makeCheckContext, makeReview } from '../../factories';
import { insertAfterGreeting, REPLIES } from './replies';
import { LATE_DELIVERY, CONTEXT } from './fixtures';

/** Every issue as `code: words concerned`, the way an agent sees them listed. */
function findings(text: string, context: CheckContext = makeCheckContext(CONTEXT)): string[] {
  const { blocking, warnings } = checkReply(text, context);
  const describe = (issue: Issue) =>
    `${issue.code}: ${issue.spans.map((s) => text.slice(s.start, s.end)).join(' | ')}`.trim();
  return [...blocking, ...warnings].map(describe);
}

const only = (code: IssueCode, ...words: string[]) => [`${code}: ${words.join(' | ')}`.trim()];

describe.each(UI_LOCALES)('checks on a reply in %s', (locale) => {
  const replies = REPLIES[locale];

  it('find nothing in a good reply', () => {
    expect(findings(replies.good)).toEqual([]);
  });

  describe('blocking', () => {
    it('an empty reply', () => {
      expect(findings('  \n ')).toEqual(['empty:']);
    });

    it('unfilled placeholders', () => {
      const text = insertAfterGreeting(replies.good, replies.placeholder.sentence);
      expect(findings(text)).toEqual(only('placeholder', replies.placeholder.placeholder));
    });

    it('a public reply to spam', () => {
      expect(findings(replies.good, makeCheckContext({ ...CONTEXT, scenario: 'spam' }))).toEqual(['spamPublicReply:']);
    });

    it("the reviewer's e-mail address", () => {
      expect(findings(insertAfterGreeting(replies.good, replies.email))).toEqual(
        only('email', 'anna.svensson@example.org'),
      );
    });

    it('a phone number', () => {
      expect(findings(insertAfterGreeting(replies.good, replies.phone.sentence))).toEqual(
        only('phone', replies.phone.number),
      );
    });

    it('an order number after the order keyword', () => {
      const text = insertAfterGreeting(replies.good, replies.orderNumber.sentence);
      expect(findings(text)).toEqual(only('orderNumber', replies.orderNumber.number));
    });

    it('a street address', () => {
      expect(findings(insertAfterGreeting(replies.good, replies.address.sentence))).toEqual(
        only('address', replies.address.address),
      );
    });

    it("the review's reference number", () => {
      const context = makeCheckContext({
        ...CONTEXT,
        review: makeReview({ ...LATE_DELIVERY, reference: 'TP-4821-3390' }),
      });
      const text = insertAfterGreeting(replies.good, 'tp-4821-3390.');
      expect(findings(text, context)).toEqual(only('reviewReference', 'tp-4821-3390'));
    });

    it('a second public reply until the agent confirms it', () => {
      const answered = makeReview({ ...LATE_DELIVERY, alreadyAnswered: true });
      expect(findings(replies.good, makeCheckContext({ ...CONTEXT, review: answered }))).toEqual(['secondReply:']);
      expect(
        findings(replies.good, makeCheckContext({ ...CONTEXT, review: answered, secondReplyConfirmed: true })),
      ).toEqual([]);
    });

    it('a reply after a failed check for an earlier one, until the agent confirms it', () => {
      expect(findings(replies.good, makeCheckContext({ ...CONTEXT, answerUnknown: true }))).toEqual(['answerUnknown:']);
      expect(
        findings(replies.good, makeCheckContext({ ...CONTEXT, answerUnknown: true, secondReplyConfirmed: true })),
      ).toEqual([]);
      // A known reply is the stronger reason: it is named instead.
      const answered = makeReview({ ...LATE_DELIVERY, alreadyAnswered: true });
      expect(findings(replies.good, makeCheckContext({ ...CONTEXT, review: answered, answerUnknown: true }))).toEqual([
        'secondReply:',
      ]);
    });

    it("but not the company's own phone number", () => {
      expect(findings(insertAfterGreeting(replies.good, replies.companyPhone))).toEqual([]);
    });
  });

  describe('warnings', () => {
    it('phrases the guide says to avoid', () => {
      expect(findings(replies.avoid.text)).toEqual(only('avoidPhrase', replies.avoid.phrase));
    });

    it('a signature with the company instead of a person', () => {
      expect(findings(replies.companySigned.text)).toEqual(only('companySignature', replies.companySigned.signature));
    });

    it('no thanks', () => {
      expect(findings(replies.withoutThanks)).toEqual(['noThanks:']);
    });

    it('no greeting', () => {
      expect(findings(replies.withoutGreeting)).toEqual(['noGreeting:']);
    });

    it('a greeting with another name than the reviewer’s', () => {
      expect(findings(replies.otherName)).toEqual(only('wrongName', `${replies.greetingWord} Maria`));
    });

    it('an anonymous reviewer without an invitation to a private channel', () => {
      const context = makeCheckContext({
        ...CONTEXT,
        scenario: 'positive',
        review: makeReview({ ...LATE_DELIVERY, reviewer: ANONYMOUS_REVIEWER, stars: 5 }),
      });
      expect(findings(replies.anonymousNoChannel, context)).toEqual(['anonymousNoPrivateChannel:']);
      expect(findings(replies.good.replace(/^[^\n]*Anna/, replies.greetingWord), context)).toEqual([]);
    });

    it('a negative review without a next step, but not a positive one', () => {
      expect(findings(replies.noNextStep)).toEqual(['negativeNoNextStep:']);
      expect(findings(replies.noNextStep, makeCheckContext({ ...CONTEXT, scenario: 'positive' }))).toEqual([]);
    });

    it('a repeated word', () => {
      expect(findings(replies.repeated.text)).toEqual(only('repeatedWord', replies.repeated.words));
    });

    it('double spaces', () => {
      const text = replies.good.replace('. ', '.  ');
      expect(findings(text)).toEqual(only('doubleSpace', '  '));
    });

    it('shouting in capitals', () => {
      expect(findings(insertAfterGreeting(replies.good, replies.shouting.sentence))).toEqual(
        only('shouting', replies.shouting.word),
      );
    });

    it('an over-long reply', () => {
      const [greeting = '', body = '', ...rest] = replies.good.split('\n\n');
      const long = [greeting, ...Array.from({ length: 8 }, () => body), ...rest].join('\n\n');
      expect(long.length).toBeGreaterThan(MAX_REPLY_LENGTH);
      const issues = checkReply(long, makeCheckContext(CONTEXT)).warnings;
      expect(issues.map((issue) => [issue.code, issue.params])).toEqual([
        ['tooLong', { length: long.length, max: MAX_REPLY_LENGTH }],
      ]);
    });
  });
});

describe.each(UI_LOCALES.filter((locale) => REPLIES[locale].allowedRepeat !== null))(
  'repeated words in %s',
  (locale) => {
    it('are fine where the language doubles a word correctly', () => {
      expect(findings(REPLIES[locale].allowedRepeat ?? '')).toEqual([]);
    });
  },
);
