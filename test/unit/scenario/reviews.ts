import type { Review } from '../../../src/domain/review/types';
import type { ReviewLanguage, Stars } from '../../../src/domain/types';

/** A parsed review for scenario and guidance tests; only what matters to a test needs saying. */
export function makeReview(overrides: Partial<Review> & { stars?: Stars | null } = {}): Review {
  const stars = overrides.stars === undefined ? 4 : overrides.stars;
  const language: ReviewLanguage = overrides.language ?? 'en';
  return {
    isReview: true,
    title: null,
    text: '',
    starsFromTags: stars,
    starsFromText: null,
    starsConflict: false,
    reviewer: { name: 'Anna Svensson', firstName: 'Anna', anonymous: false, id: 10, email: 'anna@example.com', locale: 'en' },
    createdAt: new Date('2025-05-01T08:00:00Z'),
    languageDetected: true,
    reference: null,
    reviewUrl: null,
    links: [],
    edited: false,
    alreadyAnswered: false,
    tags: ['trustpilot'],
    ...overrides,
    stars,
    language,
  };
}
