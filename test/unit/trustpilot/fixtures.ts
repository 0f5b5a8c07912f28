import { parseReview } from '../../../src/domain/review/parseReview';
import type { Review } from '../../../src/domain/review/types';
import type { TrustpilotReview } from '../../../src/domain/trustpilot/types';
import { makeSettings, makeTicket } from '../../factories';

export const REVIEW_ID = '6650f0c2a1b2c3d4e5f60718';
export const TEXT = 'The parcel never arrived. Nobody answers my emails.';

/** The ticket's review, as the parser reads it: 2 stars, the title "Lost parcel", the text above and a Trustpilot link. */
export const TICKET_REVIEW: Review = parseReview(
  makeTicket({
    subject: 'Lost parcel',
    description: `Rating: 2/5\n\n${TEXT}\n\nReview: https://www.trustpilot.com/reviews/${REVIEW_ID}`,
    tags: ['trustpilot', 'rating_2'],
  }),
  makeSettings(),
);

/** What Trustpilot says about the same review (and what `apiBody()` parses to), for `makeTrustpilotReview`. */
export const LOST_PARCEL: Partial<TrustpilotReview> = {
  id: REVIEW_ID,
  stars: 2,
  title: 'Lost parcel',
  text: TEXT,
  createdAt: new Date('2025-06-02T09:12:00Z'),
  consumer: { id: 'c0ffee0000000000000000aa', displayName: 'Sarah Mitchell', numberOfReviews: 4 },
  businessUnit: { id: 'b00000000000000000000001', displayName: 'Nordlys Home' },
};

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
