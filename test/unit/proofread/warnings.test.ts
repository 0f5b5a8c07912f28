import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../src/domain/proofread/checkReply';
import type { CheckContext } from '../../../src/domain/proofread/types';
import { ANONYMOUS_REVIEWER, makeCheckContext, makeReview, makeSettings } from '../../factories';
import { LATE_DELIVERY, NORDIC_HOME, CONTEXT } from './fixtures';

const warningsOf = (text: string, context: CheckContext = makeCheckContext(CONTEXT)): string[] =>
  checkReply(text, context).warnings.map((issue) =>
    `${issue.code}: ${issue.spans.map((span) => text.slice(span.start, span.end)).join(' | ')}`.trim(),
  );

const body = 'Thank you for your review. Could you e-mail help@nordichome.example?';

describe('the greeting', () => {
  it('accepts the surname in a formal greeting', () => {
    expect(warningsOf(`Sehr geehrte Frau Svensson,\n\n${body}\n\nMaja`)).toEqual([]);
    expect(warningsOf(`Dear Ms Svensson,\n\n${body}\n\nMaja`)).toEqual([]);
  });

  it('matches the name with or without accents and in any case', () => {
    const context = makeCheckContext({
      ...CONTEXT,
      review: makeReview({
        ...LATE_DELIVERY,
        reviewer: { ...makeReview(LATE_DELIVERY).reviewer, name: 'Åsa Öberg', firstName: 'Åsa' },
      }),
    });
    expect(warningsOf(`Hej asa,\n\n${body}\n\nMaja`, context)).toEqual([]);
    expect(warningsOf(`Hej Åsa,\n\n${body}\n\nMaja`, context)).toEqual([]);
  });

  it("asks for the reviewer's name when the greeting has none", () => {
    const issues = checkReply(`Hi there,\n\n${body}\n\nMaja`, makeCheckContext(CONTEXT)).warnings;
    expect(issues.map((issue) => [issue.code, issue.params])).toEqual([['wrongName', { name: 'Anna' }]]);
  });

  it('does not expect a name for an anonymous reviewer', () => {
    const context = makeCheckContext({
      ...CONTEXT,
      review: makeReview({ ...LATE_DELIVERY, reviewer: ANONYMOUS_REVIEWER }),
    });
    expect(warningsOf(`Hello,\n\n${body}\n\nMaja`, context)).toEqual([]);
  });
});

describe('the signature', () => {
  it('accepts a person from the company', () => {
    expect(warningsOf(`Hi Anna,\n\n${body}\n\nKind regards,\nMaja from the Nordic Home team`)).toEqual([]);
  });

  it('flags a short last line with only the company', () => {
    expect(warningsOf(`Hi Anna,\n\n${body}\n\nThe Nordic Home team`)).toEqual([
      'companySignature: The Nordic Home team',
    ]);
  });

  it('flags a sign-off on one line with the company', () => {
    expect(warningsOf(`Hi Anna,\n\n${body}\n\nBest regards, Nordic Home`)).toEqual(['companySignature: Nordic Home']);
  });

  it('respects the signature the team lead configured', () => {
    const context = makeCheckContext({
      ...CONTEXT,
      settings: makeSettings({ ...NORDIC_HOME, signature: 'Nordic Home Customer Care' }),
    });
    expect(warningsOf(`Hi Anna,\n\n${body}\n\nKind regards,\nNordic Home Customer Care`, context)).toEqual([]);
  });

  it('says nothing when there is no signature at all', () => {
    expect(warningsOf(`Hi Anna,\n\n${body}\n\nKind regards`)).toEqual([]);
  });
});

describe('phrases to avoid', () => {
  it("adds the team's own list from the settings, matched in any case", () => {
    const context = makeCheckContext({
      ...CONTEXT,
      settings: makeSettings({ ...NORDIC_HOME, phrasesToAvoid: ['as per our policy', 'valued customer'] }),
    });
    expect(warningsOf(`Hi Anna,\n\nDear Valued Customer, as per our policy... ${body}\n\nMaja`, context)).toEqual([
      'avoidPhrase: Valued Customer | as per our policy',
    ]);
  });

  it('finds the guide’s phrases in every form it gives them', () => {
    expect(warningsOf(`Hi Anna,\n\nError noted. The customer is complaining. ${body}\n\nMaja`)).toEqual([
      'avoidPhrase: Error noted | The customer is complaining',
    ]);
  });
});

describe('shouting', () => {
  it("ignores the company's name, the signature and common acronyms in capitals", () => {
    const context = makeCheckContext({
      ...CONTEXT,
      settings: makeSettings({ ...NORDIC_HOME, companyName: 'NORDIC HOME' }),
    });
    expect(warningsOf(`Hi Anna,\n\nNORDIC HOME follows the GDPR. ${body}\n\nMaja`, context)).toEqual([]);
  });
});

describe('next step and private channel', () => {
  it("count the company's phone number as an invitation", () => {
    const context = makeCheckContext({
      ...CONTEXT,
      review: makeReview({ ...LATE_DELIVERY, reviewer: ANONYMOUS_REVIEWER }),
    });
    expect(warningsOf('Hello,\n\nThank you for your review. We are sorry. +46 8 123 456 78\n\nMaja', context)).toEqual(
      [],
    );
  });
});

describe('checkReply', () => {
  it('skips the warnings when only the blocking checks are asked for', () => {
    const result = checkReply('hi the the  ANNA [name]', makeCheckContext(CONTEXT), { blockingOnly: true });
    expect(result.warnings).toEqual([]);
    expect(result.blocking.map((issue) => issue.code)).toEqual(['placeholder']);
  });

  it('gives every issue a translation key under proofread.checks', () => {
    const result = checkReply(
      'hi the the  ANNA [name] anna@example.org',
      makeCheckContext({ ...CONTEXT, scenario: 'spam' }),
    );
    for (const issue of [...result.blocking, ...result.warnings]) {
      expect(issue.messageKey).toBe(`proofread.checks.${issue.code}`);
    }
    expect(result.blocking.length + result.warnings.length).toBeGreaterThan(5);
  });
});
