import type { ReviewLanguage, Stars } from '../types';

export interface Reviewer {
  /** Display name; empty for an anonymous reviewer. */
  name: string;
  /** First name for greetings; empty for an anonymous reviewer. */
  firstName: string;
  anonymous: boolean;
  id: number | null;
  email: string;
  /** The requester's Zendesk locale, if any. */
  locale: string;
}

/** A Trustpilot review read from a ticket. Every string in it is untrusted plain text. */
export interface Review {
  /** The ticket carries one of the configured review tags. */
  isReview: boolean;
  /** The review's title, or null when the subject is the connector's default. */
  title: string | null;
  /** Plain text: HTML stripped; the rating line and the lines repeating the reference and the Trustpilot link dropped; paragraphs separated by a blank line. */
  text: string;
  /** Stars from `rating_N` tags first, else from the text; null = unrated. */
  stars: Stars | null;
  starsFromTags: Stars | null;
  starsFromText: Stars | null;
  /** Tags and text disagree: the review was probably edited. */
  starsConflict: boolean;
  /** The rating as written in the description ("Rating: 4/5", "★★★★☆"), when there is one. */
  ratingText?: string;
  reviewer: Reviewer;
  createdAt: Date | null;
  language: ReviewLanguage;
  /** false when the language fell back to the requester's locale or English. */
  languageDetected: boolean;
  /** Reference / order number found in the review. */
  reference: string | null;
  /** Link to the review on Trustpilot, when present. */
  reviewUrl: string | null;
  /** Web addresses written or linked in the description (untrusted; used to spot spam, never opened). */
  links?: string[];
  /** Several end-user comments, or a tag/text star mismatch. */
  edited: boolean;
  /** An agent comment exists after the review (refined by the comments API: public only). */
  alreadyAnswered: boolean;
  tags: string[];
  /** The ticket's brand name, when Zendesk gave one (recognises reviews about another business). */
  brand?: string;
}
