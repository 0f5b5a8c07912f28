import { describe, expect, it } from 'vitest';
import { decideFlow } from '../../../src/domain/flow';
import { buildGuidance } from '../../../src/domain/guidance/buildGuidance';
import type { Review } from '../../../src/domain/review/types';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import type { Scenario } from '../../../src/domain/types';
import { ANONYMOUS_REVIEWER, makeReview } from '../../factories';

/** The flow tests' reviews have no title and only the text a test gives. */
const UNTITLED = { title: null, text: '' };

const NOW = new Date('2025-05-03T08:00:00Z');

const flowOf = (review: Review, scenario: Scenario) =>
  decideFlow({
    review,
    scenario,
    guidance: buildGuidance(review, scenario, DEFAULT_SETTINGS, NOW),
    answerCheck: 'notAnswered',
    secondReplyConfirmed: false,
    reply: 'empty',
  });

describe('decideFlow with the guidance the sidebar builds', () => {
  it('recommends a public reply to praise and offers the templates', () => {
    const flow = flowOf(
      makeReview({ ...UNTITLED, stars: 5, text: 'Lovely sofa, quick delivery. Thank you!' }),
      'positive',
    );
    expect(flow).toMatchObject({
      headline: 'replyPublicly',
      warning: null,
      showResponseTime: true,
      step: { kind: 'templates' },
    });
  });

  it('asks an anonymous reviewer to continue privately and warns once', () => {
    const review = makeReview({
      ...UNTITLED,
      stars: 2,
      text: 'The colours were duller than on the photos.',
      reviewer: ANONYMOUS_REVIEWER,
    });
    expect(flowOf(review, 'negative')).toMatchObject({
      headline: 'acknowledgePublicly',
      warning: 'anonymous',
      warnings: ['anonymous'],
    });
  });

  it('leads spam to the spam flow only, without the badge', () => {
    const review = makeReview({ ...UNTITLED, stars: 5, text: 'Buy now at bit.ly/cheap-sofas, promo code SAVE50!' });
    expect(flowOf(review, 'spam')).toEqual({
      headline: 'noPublicReply',
      warning: 'spam',
      warnings: ['spam'],
      showResponseTime: false,
      secondReply: false,
      step: { kind: 'spamFlow', publicDraft: false, reviewLink: null },
    });
  });

  it('follows the agent switching a genuine review to spam', () => {
    const review = makeReview({ ...UNTITLED, stars: 4, text: 'Nice chairs.' });
    expect(flowOf(review, 'positive').headline).toBe('replyPublicly');
    expect(flowOf(review, 'spam').headline).toBe('noPublicReply');
  });
});
