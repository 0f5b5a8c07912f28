import type { Review, Reviewer } from '../../src/domain/review/types';
import type { Stars } from '../../src/domain/types';

/** A named reviewer with an id and an e-mail address; override what a test is about. */
export function makeReviewer(overrides: Partial<Reviewer> = {}): Reviewer {
  return {
    name: 'Anna Svensson',
    firstName: 'Anna',
    anonymous: false,
    id: 10,
    email: 'anna@example.com',
    locale: 'en',
    ...overrides,
  };
}

/** An anonymous reviewer, as the review parser gives one. */
export const ANONYMOUS_REVIEWER: Reviewer = {
  name: '',
  firstName: '',
  anonymous: true,
  id: null,
  email: '',
  locale: '',
};

/**
 * A parsed, unanswered English review with a title and one plain sentence. The stars default to 3;
 * `starsFromTags` and the `rating_N` tag follow `stars` unless given. `reviewer` replaces fields of the
 * default reviewer (it wins over `overrides.reviewer`, which also only replaces the fields it gives).
 */
export function makeReview(overrides: Partial<Review> = {}, reviewer: Partial<Reviewer> = {}): Review {
  const stars: Stars | null = overrides.stars === undefined ? 3 : overrides.stars;
  return {
    isReview: true,
    title: 'About my order',
    text: 'The order arrived as described.',
    starsFromTags: stars,
    starsFromText: null,
    starsConflict: false,
    createdAt: new Date('2025-05-01T08:00:00Z'),
    language: 'en',
    languageDetected: true,
    reference: null,
    reviewUrl: null,
    links: [],
    edited: false,
    alreadyAnswered: false,
    tags: stars === null ? ['trustpilot'] : ['trustpilot', `rating_${stars}`],
    ...overrides,
    stars,
    reviewer: makeReviewer({ ...overrides.reviewer, ...reviewer }),
  };
}
