import type { TrustpilotReview } from '../../src/domain/trustpilot/types';

/** A verified 3-star review as read from Trustpilot's API, without a company reply. */
export function makeTrustpilotReview(overrides: Partial<TrustpilotReview> = {}): TrustpilotReview {
  return {
    id: '6650f0c2a1b2c3d4e5f60718',
    stars: 3,
    title: 'About my order',
    text: 'The order arrived as described.',
    language: 'en',
    createdAt: new Date('2025-05-01T08:00:00Z'),
    updatedAt: null,
    isVerified: true,
    consumer: { id: 'c0ffee0000000000000000aa', displayName: 'Anna Svensson', numberOfReviews: 1 },
    businessUnit: { id: 'b00000000000000000000001', displayName: 'Nordlys Home' },
    companyReply: null,
    ...overrides,
  };
}
