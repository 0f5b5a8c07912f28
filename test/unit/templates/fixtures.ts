import type { Review } from '../../../src/domain/review/types';
import { DEFAULT_SETTINGS, type AppSettings } from '../../../src/domain/settings';

/** A review with sensible defaults; override what a test is about. */
export function makeReview(overrides: Partial<Review> = {}, reviewer: Partial<Review['reviewer']> = {}): Review {
  return {
    isReview: true,
    title: 'Late delivery',
    text: 'My parcel arrived two weeks late.',
    stars: 1,
    starsFromTags: 1,
    starsFromText: null,
    starsConflict: false,
    createdAt: new Date('2024-05-02T10:00:00Z'),
    language: 'en',
    languageDetected: true,
    reference: null,
    reviewUrl: null,
    edited: false,
    alreadyAnswered: false,
    tags: ['trustpilot', 'rating_1'],
    ...overrides,
    reviewer: {
      name: 'Maria Jensen',
      firstName: 'Maria',
      anonymous: false,
      id: 7,
      email: '',
      locale: 'en-US',
      ...reviewer,
    },
  };
}

/** Settings with contact details filled in. */
export function makeSettings(overrides: Partial<AppSettings> = {}): AppSettings {
  return {
    ...DEFAULT_SETTINGS,
    companyName: 'Nordlys Home',
    supportEmail: 'help@nordlys.example',
    supportPhone: '+46 8 123 45 67',
    ...overrides,
  };
}
