import type { Review } from '../review/types';
import type { Stars } from '../types';
import { normaliseReplyText } from './replyText';
import type { TrustpilotCompanyReply, TrustpilotReview } from './types';

/** The sentences one version of a text has and the other lacks. */
export interface TextChange {
  removed: string[];
  added: string[];
}

/** How Trustpilot's review differs from what the ticket holds. */
export interface TrustpilotComparison {
  /** Stars on Trustpilot when they differ from the ticket's (`from` null: the ticket had none). */
  stars: { from: Stars | null; to: Stars } | null;
  /** The title changed (only compared when the ticket has a title of its own). */
  title: { from: string; to: string } | null;
  /** The text changed: what was removed and added, sentence by sentence. */
  text: TextChange | null;
  isVerified: boolean;
  companyReply: TrustpilotCompanyReply | null;
}

const comparable = (value: string): string => normaliseReplyText(value).toLowerCase();

/** Splits a text into sentences (and lines), keeping each as written. */
export function sentences(value: string): string[] {
  return value
    .split(/\n+|(?<=[.!?…])\s+/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The sentences only in `before` and only in `after`, compared without case or spacing differences. */
export function textChange(before: string, after: string): TextChange {
  const beforeParts = sentences(before);
  const afterParts = sentences(after);
  const beforeKeys = new Set(beforeParts.map(comparable));
  const afterKeys = new Set(afterParts.map(comparable));
  return {
    removed: beforeParts.filter((part) => !afterKeys.has(comparable(part))),
    added: afterParts.filter((part) => !beforeKeys.has(comparable(part))),
  };
}

/** Compares the ticket's review with Trustpilot's current version. Pure; never throws. */
export function compareWithTicket(review: Review, current: TrustpilotReview): TrustpilotComparison {
  const stars =
    current.stars !== null && current.stars !== review.stars ? { from: review.stars, to: current.stars } : null;
  const title =
    review.title !== null && current.title.trim() !== '' && comparable(review.title) !== comparable(current.title)
      ? { from: review.title, to: current.title }
      : null;
  const text =
    current.text.trim() !== '' && comparable(review.text) !== comparable(current.text)
      ? textChange(review.text, current.text)
      : null;
  return { stars, title, text, isVerified: current.isVerified, companyReply: current.companyReply };
}

/** Whether Trustpilot's version differs from the ticket's in stars, title or text. */
export const isEdited = (comparison: TrustpilotComparison): boolean =>
  comparison.stars !== null || comparison.title !== null || comparison.text !== null;

/**
 * The review as the app should work with it: Trustpilot's current stars, title and text when
 * they differ, and answered when Trustpilot already shows a company reply. (`edited` keeps the
 * ticket's own signal; the card shows Trustpilot's differences itself.)
 */
export function withTrustpilot(review: Review, comparison: TrustpilotComparison, current: TrustpilotReview): Review {
  return {
    ...review,
    stars: comparison.stars?.to ?? review.stars,
    // The connector's default subject gives the ticket no title; Trustpilot's is the real one.
    title: current.title.trim() !== '' ? current.title.trim() : review.title,
    text: comparison.text !== null ? current.text.trim() : review.text,
    alreadyAnswered: review.alreadyAnswered || comparison.companyReply !== null,
  };
}

/** Why a proofread stamp is refused after reading the review again, or null when nothing changed. */
export type RecheckChange = 'deleted' | 'edited' | 'replied';

/**
 * What changed on Trustpilot between the version the agent saw and a fresh read (null = the
 * review is gone). A new company reply outranks an edit: it means the review is answered.
 */
export function changeSince(seen: TrustpilotReview, fresh: TrustpilotReview | null): RecheckChange | null {
  if (fresh === null) return 'deleted';
  if (seen.companyReply === null && fresh.companyReply !== null) return 'replied';
  if (
    seen.stars !== fresh.stars ||
    comparable(seen.title) !== comparable(fresh.title) ||
    comparable(seen.text) !== comparable(fresh.text)
  ) {
    return 'edited';
  }
  return null;
}
