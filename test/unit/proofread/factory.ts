import type { Review } from '../../../src/domain/review/types';
import { DEFAULT_SETTINGS, type AppSettings } from '../../../src/domain/settings';
import type { CheckContext } from '../../../src/domain/proofread/types';

/** A named, unanswered 2-star review; override what a test is about. */
export function makeReview(overrides: Partial<Review> = {}): Review {
  return {
    isReview: true,
    title: 'Late delivery',
    text: 'My parcel arrived two weeks late and nobody answered my e-mails.',
    stars: 2,
    starsFromTags: 2,
    starsFromText: 2,
    starsConflict: false,
    reviewer: { name: 'Anna Svensson', firstName: 'Anna', anonymous: false, id: 11, email: 'anna@example.org', locale: 'sv' },
    createdAt: new Date('2024-05-02T10:00:00Z'),
    language: 'en',
    languageDetected: true,
    reference: null,
    reviewUrl: null,
    edited: false,
    alreadyAnswered: false,
    tags: ['trustpilot', 'rating_2', 'trustpilot_negative'],
    ...overrides,
  };
}

/** An anonymous reviewer. */
export const anonymousReviewer: Review['reviewer'] = {
  name: '',
  firstName: '',
  anonymous: true,
  id: null,
  email: '',
  locale: '',
};

/** Settings of a company with its own contact details. */
export function makeSettings(overrides: Partial<AppSettings> = {}): AppSettings {
  return {
    ...DEFAULT_SETTINGS,
    companyName: 'Nordic Home',
    supportEmail: 'help@nordichome.example',
    supportPhone: '+46 8 123 456 78',
    ...overrides,
  };
}

/** A check context for a negative review by Anna. */
export function makeContext(overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    review: makeReview(),
    scenario: 'negative',
    settings: makeSettings(),
    secondReplyConfirmed: false,
    ...overrides,
  };
}
