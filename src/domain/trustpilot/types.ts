import type { Stars } from '../types';

/** A company's reply as Trustpilot shows it under the review. Text is untrusted plain text. */
export interface TrustpilotCompanyReply {
  text: string;
  createdAt: Date | null;
}

/**
 * A review's public data from `GET /v1/reviews/{reviewId}` (Trustpilot's public API). Every
 * string in it is untrusted plain text.
 */
export interface TrustpilotReview {
  id: string;
  stars: Stars | null;
  title: string;
  text: string;
  language: string;
  createdAt: Date | null;
  updatedAt: Date | null;
  isVerified: boolean;
  consumer: { id: string; displayName: string; numberOfReviews: number | null };
  businessUnit: { id: string; displayName: string };
  companyReply: TrustpilotCompanyReply | null;
}

/** One of a reviewer's other public reviews, from `GET /v1/consumers/{consumerId}/reviews`. */
export interface TrustpilotConsumerReview {
  id: string;
  stars: Stars | null;
  title: string;
  createdAt: Date | null;
  businessUnitName: string;
  answered: boolean;
}
