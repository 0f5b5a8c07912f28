import { parseReview } from '../../../src/domain/review/parseReview';
import type { Review } from '../../../src/domain/review/types';
import type { TrustpilotReview } from '../../../src/domain/trustpilot/types';
import { settings, ticket } from '../review/factories';

export const REVIEW_ID = '6650f0c2a1b2c3d4e5f60718';
export const TEXT = 'The parcel never arrived. Nobody answers my emails.';

/** The ticket's review: 2 stars, a title, the text above and a Trustpilot link. */
export function ticketReview(overrides: Partial<Review> = {}): Review {
  const description = `Rating: 2/5\n\n${TEXT}\n\nReview: https://www.trustpilot.com/reviews/${REVIEW_ID}`;
  const base = parseReview(
    ticket({ subject: 'Lost parcel', description, tags: ['trustpilot', 'rating_2'] }),
    settings,
  );
  return { ...base, ...overrides };
}

/** Trustpilot's body for the same review; fields can be replaced. */
export function apiBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: REVIEW_ID,
    stars: 2,
    title: 'Lost parcel',
    text: TEXT,
    language: 'en',
    createdAt: '2025-06-02T09:12:00Z',
    updatedAt: null,
    isVerified: true,
    consumer: { id: 'c0ffee0000000000000000aa', displayName: 'Sarah Mitchell', numberOfReviews: 4 },
    businessUnit: { id: 'b00000000000000000000001', displayName: 'Nordlys Home' },
    ...overrides,
  };
}

export function trustpilotReview(overrides: Partial<TrustpilotReview> = {}): TrustpilotReview {
  return {
    id: REVIEW_ID,
    stars: 2,
    title: 'Lost parcel',
    text: TEXT,
    language: 'en',
    createdAt: new Date('2025-06-02T09:12:00Z'),
    updatedAt: null,
    isVerified: true,
    consumer: { id: 'c0ffee0000000000000000aa', displayName: 'Sarah Mitchell', numberOfReviews: 4 },
    businessUnit: { id: 'b00000000000000000000001', displayName: 'Nordlys Home' },
    companyReply: null,
    ...overrides,
  };
}
