import type { Review } from '../../../src/domain/review/types';

/** A parsed review for component tests; override only what a test is about. */
export function makeReview(overrides: Partial<Review> = {}): Review {
  return {
    isReview: true,
    title: 'Sofa arrived late',
    text: 'The sofa came two weeks late.\n\nThe driver was friendly though.',
    stars: 2,
    starsFromTags: 2,
    starsFromText: null,
    starsConflict: false,
    reviewer: { name: 'Anna Svensson', firstName: 'Anna', anonymous: false, id: 77, email: 'anna@example.com', locale: 'sv' },
    createdAt: new Date('2025-05-01T08:00:00Z'),
    language: 'en',
    languageDetected: true,
    reference: null,
    reviewUrl: null,
    links: [],
    edited: false,
    alreadyAnswered: false,
    tags: ['trustpilot', 'rating_2'],
    ...overrides,
  };
}

/** Five hours after the review in `makeReview`. */
export const NOW = new Date('2025-05-01T13:00:00Z');
