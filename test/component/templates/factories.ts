import type { Review } from '../../../src/domain/review/types';
import { DEFAULT_SETTINGS, type AppSettings } from '../../../src/domain/settings';
import type { UserSnapshot } from '../../../src/domain/types';

/** A 1-star English review by Maria unless told otherwise. */
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
    reviewer: { name: 'Maria Jensen', firstName: 'Maria', anonymous: false, id: 7, email: '', locale: 'en-US', ...reviewer },
  };
}

/** Settings with the company's contact details filled in. */
export function makeSettings(overrides: Partial<AppSettings> = {}): AppSettings {
  return {
    ...DEFAULT_SETTINGS,
    companyName: 'Nordlys Home',
    supportEmail: 'help@nordlys.example',
    supportPhone: '+46 8 123 45 67',
    ...overrides,
  };
}

export const agent: UserSnapshot = { id: 5, name: 'Jonas Berg', email: 'jonas@nordlys.example', role: 'agent', locale: 'en-US' };
export const admin: UserSnapshot = { ...agent, id: 6, name: 'Ida Holm', role: 'admin' };
