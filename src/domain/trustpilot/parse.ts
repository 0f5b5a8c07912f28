import type { Stars } from '../types';
import type { TrustpilotCompanyReply, TrustpilotConsumerReview, TrustpilotReview } from './types';

type Json = Record<string, unknown>;

const object = (value: unknown): Json | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const date = (value: unknown): Date | null => {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms) : null;
};

const stars = (value: unknown): Stars | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? (value as Stars) : null;

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;

function companyReply(value: unknown): TrustpilotCompanyReply | null {
  const reply = object(value);
  if (!reply) return null;
  const body = text(reply.text);
  if (body.trim() === '') return null;
  return { text: body, createdAt: date(reply.createdAt) };
}

/** Reads Trustpilot's review body; null when it is not a review. Never throws. */
export function parseTrustpilotReview(body: unknown): TrustpilotReview | null {
  const review = object(body);
  if (!review) return null;
  const id = text(review.id);
  if (id === '' && review.stars === undefined && review.text === undefined) return null;
  const consumer = object(review.consumer) ?? {};
  const businessUnit = object(review.businessUnit) ?? {};
  return {
    id,
    stars: stars(review.stars),
    title: text(review.title),
    text: text(review.text),
    language: text(review.language),
    createdAt: date(review.createdAt),
    updatedAt: date(review.updatedAt),
    isVerified: review.isVerified === true,
    consumer: {
      id: text(consumer.id),
      displayName: text(consumer.displayName),
      numberOfReviews: count(consumer.numberOfReviews),
    },
    businessUnit: { id: text(businessUnit.id), displayName: text(businessUnit.displayName) },
    companyReply: companyReply(review.companyReply),
  };
}

/** Reads the `reviews` list of a consumer's reviews page; an unreadable body gives null. Never throws. */
export function parseConsumerReviews(body: unknown): TrustpilotConsumerReview[] | null {
  const page = object(body);
  if (!page || !Array.isArray(page.reviews)) return null;
  return page.reviews.flatMap((item): TrustpilotConsumerReview[] => {
    const review = object(item);
    if (!review || text(review.id) === '') return [];
    const businessUnit = object(review.businessUnit) ?? {};
    return [
      {
        id: text(review.id),
        stars: stars(review.stars),
        title: text(review.title),
        createdAt: date(review.createdAt),
        businessUnitName: text(businessUnit.displayName),
        answered: companyReply(review.companyReply) !== null,
      },
    ];
  });
}
