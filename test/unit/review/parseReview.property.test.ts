import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGuidance } from '../../../src/domain/guidance/buildGuidance';
import { isReviewTicket, parseReview } from '../../../src/domain/review/parseReview';
import { classifyScenario } from '../../../src/domain/scenario/classifyScenario';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { normalizeTicket } from '../../../src/domain/ticket';
import { REVIEW_LANGUAGES, SCENARIOS } from '../../../src/domain/types';
import { ticketSnapshot } from './arbitraries';

const NOW = new Date('2025-06-01T12:00:00Z');
const TRUSTPILOT_LINK = /^https?:\/\/([a-z0-9-]+\.)*trustpilot\.com(\/|$)/;

describe('parseReview, classifyScenario and buildGuidance on any ticket', () => {
  it('never throw and always answer well-formed values', () => {
    fc.assert(
      fc.property(ticketSnapshot, (ticket) => {
        const review = parseReview(ticket, DEFAULT_SETTINGS);
        // The fallback for a failed parse is not a review: a tagged ticket must not end there.
        expect(review.isReview).toBe(isReviewTicket(ticket, DEFAULT_SETTINGS));
        expect([null, 1, 2, 3, 4, 5]).toContain(review.stars);
        expect(REVIEW_LANGUAGES).toContain(review.language);
        expect(typeof review.text).toBe('string');
        expect(review.title === null || review.title.trim() !== '').toBe(true);
        expect(review.createdAt === null || !Number.isNaN(review.createdAt.getTime())).toBe(true);
        if (review.reviewUrl !== null) expect(review.reviewUrl).toMatch(TRUSTPILOT_LINK);
        if (review.reviewer.anonymous) expect(review.reviewer.name).toBe('');
        if (review.starsConflict) expect(review.edited).toBe(true);

        const result = classifyScenario(review);
        expect(SCENARIOS).toContain(result.scenario);
        expect(result.signals.length).toBeGreaterThan(0);
        if (review.stars !== null) {
          expect(result.signals.some((s) => s.code === 'starsFromTags' || s.code === 'starsFromText')).toBe(true);
        }
        for (const scenario of SCENARIOS) {
          const guidance = buildGuidance(review, scenario, DEFAULT_SETTINGS, NOW);
          expect(guidance.scenario).toBe(scenario);
          expect(guidance.recommendation === 'noPublicReply').toBe(scenario === 'spam');
          // Only the fallback for a failed build leaves out the proofreading reminder.
          if (scenario !== 'spam') expect(guidance.reminders).toContain('proofread');
          expect(['onTime', 'dueSoon', 'overdue', 'unknown']).toContain(guidance.responseTime.status);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives the same review for the same ticket', () => {
    fc.assert(
      fc.property(ticketSnapshot, (ticket) => {
        expect(parseReview(ticket, DEFAULT_SETTINGS)).toEqual(parseReview(ticket, DEFAULT_SETTINGS));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps no markup from a description that has no entities', () => {
    const markup = fc.array(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<br>',
        '<b>',
        '</b>',
        '<img src=x onerror=alert(1)>',
        '<script>alert(1)</script>',
        'text ',
        'Rating: 4/5',
        '\n',
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(markup, (parts) => {
        const review = parseReview(
          normalizeTicket({ tags: ['trustpilot'], description: parts.join('') }),
          DEFAULT_SETTINGS,
        );
        expect(review.text).not.toMatch(/<\/?(p|br|b|img|script)\b/i);
        expect(review.text).not.toContain('alert(1)');
      }),
      { numRuns: 1_000 },
    );
  });

  it('handles a 1 MB description, emoji only, mixed scripts and empty text', () => {
    const huge = `Rating: 2/5\n${'<p>Very slow delivery &amp; <img src=x onerror=alert(1)> never again? </p>'.repeat(15_000)}`;
    const cases = [
      huge,
      '😀😀😀🎉',
      'Привет! 你好 مرحبا Ærø ąęł',
      '',
      '<<<<<<<<'.repeat(100_000),
      '<a'.repeat(200_000),
    ];
    for (const description of cases) {
      const review = parseReview(normalizeTicket({ tags: ['trustpilot'], description }), DEFAULT_SETTINGS);
      const scenario = classifyScenario(review);
      expect(SCENARIOS).toContain(buildGuidance(review, scenario.scenario, DEFAULT_SETTINGS, NOW).scenario);
    }
    const big = parseReview(normalizeTicket({ tags: ['trustpilot'], description: huge }), DEFAULT_SETTINGS);
    expect(big.stars).toBe(2);
    expect(big.text).not.toContain('<img');
  });
});
