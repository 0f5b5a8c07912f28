import { describe, expect, it } from 'vitest';
import { buildGuidance } from '../../../src/domain/guidance/buildGuidance';
import type { GuidanceReason } from '../../../src/domain/guidance/types';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { REVIEW_LANGUAGES } from '../../../src/domain/types';
import { SAMPLES } from '../language/samples';
import { makeReview, makeSettings } from '../../factories';

const NOW = new Date('2025-05-01T12:00:00Z');
const reasonOf = (reasons: GuidanceReason[], code: GuidanceReason['code']) => reasons.find((r) => r.code === code);

describe('buildGuidance recommendation', () => {
  it('recommends a public reply to plain praise, with the reason and the reminders', () => {
    const guidance = buildGuidance(
      makeReview({ stars: 5, text: SAMPLES.en.praise }),
      'positive',
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(guidance).toEqual({
      scenario: 'positive',
      recommendation: 'publicReply',
      reasons: [{ code: 'positiveFeedback', details: [], evidence: [], private: false }],
      reminders: ['useName', 'thanks', 'proofread'],
      actionKey: 'guidance.action.positive',
      responseTime: { status: 'onTime', ageHours: 4, targetHours: 72 },
    });
  });

  it('recommends a public reply to criticism that can be answered generally', () => {
    const guidance = buildGuidance(
      makeReview({ stars: 2, text: 'The colours were duller than on the photos.' }),
      'negative',
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(guidance.recommendation).toBe('publicReply');
    expect(guidance.reasons).toEqual([{ code: 'generalFeedback', details: [], evidence: [], private: false }]);
    expect(guidance.reminders).toEqual(['respondQuickly', 'useName', 'empathy', 'solution', 'thanks', 'proofread']);
    expect(guidance.actionKey).toBe('guidance.action.negative');
  });

  it('recommends no public reply to spam: flag, note, close', () => {
    const review = makeReview({ text: 'Click here: https://cheap.example', links: ['https://cheap.example'] });
    const guidance = buildGuidance(review, 'spam', DEFAULT_SETTINGS, NOW);
    expect(guidance).toMatchObject({
      recommendation: 'noPublicReply',
      reasons: [
        { code: 'spam', details: ['links', 'promotion'], evidence: ['cheap.example', 'click here'], private: false },
      ],
      reminders: [],
      actionKey: 'guidance.action.spam',
    });
  });

  it('follows the scenario the agent chose over the detected one', () => {
    const review = makeReview({ stars: 5, text: SAMPLES.en.praise });
    expect(buildGuidance(review, 'spam', DEFAULT_SETTINGS, NOW)).toMatchObject({
      recommendation: 'noPublicReply',
      reasons: [{ code: 'spam', details: [], evidence: [] }],
    });
    expect(buildGuidance(review, 'neutral', DEFAULT_SETTINGS, NOW).actionKey).toBe('guidance.action.neutral');
  });

  it('puts an existing public reply first', () => {
    const guidance = buildGuidance(makeReview({ stars: 5, alreadyAnswered: true }), 'positive', DEFAULT_SETTINGS, NOW);
    expect(guidance.reasons[0]).toEqual({ code: 'alreadyAnswered', details: [], evidence: [], private: false });
  });
});

describe('buildGuidance reasons for a private channel, in every language', () => {
  for (const language of REVIEW_LANGUAGES) {
    const samples = SAMPLES[language];
    describe(language, () => {
      it('needs personal data', () => {
        const guidance = buildGuidance(
          makeReview({ stars: 2, language, text: samples.personalData }),
          'negative',
          DEFAULT_SETTINGS,
          NOW,
        );
        expect(guidance.recommendation).toBe('publicThenPrivate');
        const reason = reasonOf(guidance.reasons, 'personalData');
        expect(reason?.private).toBe(true);
        expect(reason?.details).toEqual(expect.arrayContaining(['order', 'payment']));
      });

      it('is a technical matter', () => {
        const guidance = buildGuidance(
          makeReview({ stars: 2, language, text: samples.technical }),
          'negative',
          DEFAULT_SETTINGS,
          NOW,
        );
        expect(guidance.recommendation).toBe('publicThenPrivate');
        expect(reasonOf(guidance.reasons, 'complexMatter')?.details).toContain('technical');
      });

      it('raises several problems', () => {
        const guidance = buildGuidance(
          makeReview({ stars: 1, language, text: samples.severalProblems }),
          'negative',
          DEFAULT_SETTINGS,
          NOW,
        );
        expect(reasonOf(guidance.reasons, 'complexMatter')?.details).toContain('severalProblems');
        expect(reasonOf(guidance.reasons, 'complexMatter')?.evidence.length).toBeGreaterThanOrEqual(3);
      });

      it('is strongly dissatisfied', () => {
        const guidance = buildGuidance(
          makeReview({ stars: 1, language, text: samples.strong }),
          'negative',
          DEFAULT_SETTINGS,
          NOW,
        );
        expect(guidance.recommendation).toBe('publicThenPrivate');
        const reason = reasonOf(guidance.reasons, 'strongDissatisfaction');
        expect(reason?.details).toEqual(['strongWords']);
        expect(reason?.evidence.map((word) => word.toLowerCase())).toContain(samples.strongWord);
      });

      it('threatens legal steps', () => {
        const guidance = buildGuidance(
          makeReview({ stars: 1, language, text: samples.threat }),
          'negative',
          DEFAULT_SETTINGS,
          NOW,
        );
        const reason = reasonOf(guidance.reasons, 'strongDissatisfaction');
        expect(reason?.details).toContain('threats');
        expect(reason?.evidence).toContain(samples.threatWord);
      });

      it('asks a question to answer', () => {
        const guidance = buildGuidance(
          makeReview({ stars: 4, language, text: samples.question }),
          'question',
          DEFAULT_SETTINGS,
          NOW,
        );
        expect(guidance.recommendation).toBe('publicReply');
        expect(guidance.reasons).toEqual([
          { code: 'question', details: [], evidence: [samples.question], private: false },
        ]);
      });

      it('names the advertising in spam', () => {
        const guidance = buildGuidance(
          makeReview({ stars: 5, language, text: samples.promo }),
          'spam',
          DEFAULT_SETTINGS,
          NOW,
        );
        expect(guidance.recommendation).toBe('noPublicReply');
        expect(guidance.reasons[0]?.details).toEqual(['promotion']);
        expect(guidance.reasons[0]?.evidence).toHaveLength(2);
      });

      it('answers plain criticism publicly', () => {
        const guidance = buildGuidance(
          makeReview({ stars: 2, language, text: samples.criticism }),
          'negative',
          DEFAULT_SETTINGS,
          NOW,
        );
        expect(guidance.recommendation).toBe('publicReply');
        expect(guidance.reasons.map((r) => r.code)).toEqual(['generalFeedback']);
      });

      it('does not move plain praise to a private channel', () => {
        const guidance = buildGuidance(
          makeReview({ stars: 5, language, text: samples.praise }),
          'positive',
          DEFAULT_SETTINGS,
          NOW,
        );
        expect(guidance.recommendation).toBe('publicReply');
      });
    });
  }
});

describe('buildGuidance other reasons', () => {
  it('sees shouting in capitals in a 1-star review', () => {
    const guidance = buildGuidance(
      makeReview({ stars: 1, text: 'WORST SERVICE EVER, NOBODY ANSWERS' }),
      'negative',
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(reasonOf(guidance.reasons, 'strongDissatisfaction')).toMatchObject({
      details: ['strongWords', 'capitals'],
      evidence: ['worst', 'SERVICE', 'EVER', 'NOBODY', 'ANSWERS'],
    });
  });

  it('does not take abbreviations for shouting', () => {
    const guidance = buildGuidance(
      makeReview({ stars: 1, text: 'DHL and UPS lost it, the PDF says EUR 20' }),
      'negative',
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(reasonOf(guidance.reasons, 'strongDissatisfaction')).toBeUndefined();
  });

  it('takes a long account of a problem for a complex matter, with its word count', () => {
    const text = `${'The delivery was three weeks late and nobody told us why. '.repeat(16)}`;
    const reason = reasonOf(
      buildGuidance(makeReview({ stars: 2, title: null, text }), 'negative', DEFAULT_SETTINGS, NOW).reasons,
      'complexMatter',
    );
    expect(reason).toMatchObject({ details: ['long'], wordCount: 176 });
  });

  it('asks to answer an anonymous reviewer generally and privately', () => {
    const reviewer = { name: '', firstName: '', anonymous: true, id: null, email: '', locale: '' };
    const guidance = buildGuidance(
      makeReview({ stars: 3, reviewer, text: 'It was fine.' }),
      'neutral',
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(guidance.recommendation).toBe('publicThenPrivate');
    expect(guidance.reasons).toEqual([{ code: 'anonymous', details: [], evidence: [], private: true }]);
    expect(guidance.reminders).toContain('answerGenerally');
    expect(guidance.reminders).not.toContain('useName');
  });

  it('offers an anonymous reviewer a private dialogue even after praise (guide, section 7)', () => {
    const reviewer = { name: '', firstName: '', anonymous: true, id: null, email: '', locale: '' };
    const guidance = buildGuidance(
      makeReview({ stars: 5, reviewer, text: 'Lovely.' }),
      'positive',
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(guidance.recommendation).toBe('publicThenPrivate');
    expect(guidance.reasons).toEqual([{ code: 'anonymous', details: [], evidence: [], private: true }]);
    expect(guidance.reminders).toContain('answerGenerally');
  });

  it('ignores order words in praise unless a problem is reported', () => {
    const praise = makeReview({ stars: 5, text: 'I ordered on Monday and paid by card, it arrived Tuesday.' });
    expect(buildGuidance(praise, 'positive', DEFAULT_SETTINGS, NOW).recommendation).toBe('publicReply');
    const problem = makeReview({ stars: 4, text: 'Nice shoes, but unfortunately I was charged twice for my order.' });
    expect(
      reasonOf(buildGuidance(problem, 'positive', DEFAULT_SETTINGS, NOW).reasons, 'personalData')?.details,
    ).toEqual(['order', 'payment']);
  });

  it('counts a reference number beside order words, and an e-mail address, as personal data', () => {
    const review = makeReview({
      stars: 2,
      text: 'My order never came. Write to me at anna@example.com',
      reference: 'AB-1234',
    });
    const found = reasonOf(buildGuidance(review, 'negative', DEFAULT_SETTINGS, NOW).reasons, 'personalData');
    expect(found).toMatchObject({ details: ['order', 'account'] });
    expect(found?.evidence).toEqual(expect.arrayContaining(['AB-1234', 'anna@example.com']));
  });

  it("does not count the connector's reference number alone: the business already has the order", () => {
    const plain = makeReview({ stars: 2, text: 'Still nothing. Nobody answers.', reference: 'AB-1234' });
    expect(reasonOf(buildGuidance(plain, 'negative', DEFAULT_SETTINGS, NOW).reasons, 'personalData')).toBeUndefined();
    const withEmail = makeReview({
      stars: 2,
      text: 'Still nothing. Write to me at anna@example.com',
      reference: 'AB-1234',
    });
    expect(reasonOf(buildGuidance(withEmail, 'negative', DEFAULT_SETTINGS, NOW).reasons, 'personalData')).toMatchObject(
      {
        details: ['account'],
        evidence: ['anna@example.com'],
      },
    );
  });
});

describe('buildGuidance response time', () => {
  const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * 3_600_000);

  it.each([
    [10, 'negative', 'onTime', 24],
    [18, 'negative', 'dueSoon', 24],
    [25, 'negative', 'overdue', 24],
    [50, 'positive', 'onTime', 72],
    [54, 'neutral', 'dueSoon', 72],
    [73, 'question', 'overdue', 72],
  ] as const)('a %i-hour-old review in the %s scenario is %s against %i h', (hours, scenario, status, target) => {
    const stars = scenario === 'negative' ? 1 : 4;
    expect(
      buildGuidance(makeReview({ stars, createdAt: at(hours) }), scenario, DEFAULT_SETTINGS, NOW).responseTime,
    ).toEqual({
      status,
      ageHours: hours,
      targetHours: target,
    });
  });

  it('uses the negative target for a 1–2-star review in another scenario', () => {
    expect(
      buildGuidance(makeReview({ stars: 2, createdAt: at(30) }), 'question', DEFAULT_SETTINGS, NOW).responseTime,
    ).toMatchObject({
      status: 'overdue',
      targetHours: 24,
    });
  });

  it('follows the targets in the settings', () => {
    const settings = makeSettings({ responseTargetNegativeHours: 4, responseTargetOtherHours: 8 });
    expect(
      buildGuidance(makeReview({ stars: 1, createdAt: at(5) }), 'negative', settings, NOW).responseTime.status,
    ).toBe('overdue');
    expect(
      buildGuidance(makeReview({ stars: 5, createdAt: at(5) }), 'positive', settings, NOW).responseTime.status,
    ).toBe('onTime');
  });

  it('is unknown without a date, and never negative for a date in the future', () => {
    expect(buildGuidance(makeReview({ createdAt: null }), 'positive', DEFAULT_SETTINGS, NOW).responseTime).toEqual({
      status: 'unknown',
      ageHours: null,
      targetHours: 72,
    });
    expect(
      buildGuidance(makeReview({ createdAt: at(-2) }), 'positive', DEFAULT_SETTINGS, NOW).responseTime.ageHours,
    ).toBe(0);
  });

  it('reminds to respond quickly when an answer is due soon, whatever the scenario', () => {
    expect(
      buildGuidance(makeReview({ stars: 5, createdAt: at(60) }), 'positive', DEFAULT_SETTINGS, NOW).reminders[0],
    ).toBe('respondQuickly');
  });
});
