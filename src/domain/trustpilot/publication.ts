import { sameReplyText } from './replyText';
import type { TrustpilotReview } from './types';

/**
 * When to look for a sent reply on Trustpilot, in ms after it was sent: 30 s, 1, 2, 5 and 10
 * minutes (Trustpilot caches replies for a few minutes). Five calls per reply at most.
 */
export const FOLLOW_UP_SCHEDULE_MS: readonly number[] = [30_000, 60_000, 120_000, 300_000, 600_000];

/** Where a sent reply stands on Trustpilot. */
export type PublicationStatus =
  | { kind: 'waiting'; nextCheckAt: number }
  | { kind: 'published'; at: Date | null }
  | { kind: 'different'; text: string }
  | { kind: 'missing' }
  | { kind: 'reviewGone' }
  | { kind: 'unverified' };

/** What one look at Trustpilot found: the review, the review gone (404), or no answer. */
export type PublicationCheck = { kind: 'review'; review: TrustpilotReview } | { kind: 'gone' } | { kind: 'failed' };

/** Whether the status is the end of the follow-up. */

/**
 * The status after the `checkIndex`-th scheduled look (0-based) at a reply sent at `sentAt`.
 * Pure: the follow-up decides what to do next from it.
 */
export function publicationStatus(
  sentText: string,
  sentAt: number,
  checkIndex: number,
  check: PublicationCheck,
  schedule: readonly number[] = FOLLOW_UP_SCHEDULE_MS,
): PublicationStatus {
  if (check.kind === 'gone') return { kind: 'reviewGone' };
  const reply = check.kind === 'review' ? check.review.companyReply : null;
  if (reply !== null) {
    return sameReplyText(reply.text, sentText)
      ? { kind: 'published', at: reply.createdAt }
      : { kind: 'different', text: reply.text };
  }
  const next = schedule[checkIndex + 1];
  if (next !== undefined) return { kind: 'waiting', nextCheckAt: sentAt + next };
  return check.kind === 'failed' ? { kind: 'unverified' } : { kind: 'missing' };
}

/** The reporting tag an outcome adds to the ticket, if any. */
export function outcomeTag(status: PublicationStatus): string | null {
  if (status.kind === 'published') return 'trustpilot_reply_published';
  if (status.kind === 'missing' || status.kind === 'different' || status.kind === 'reviewGone')
    return 'trustpilot_reply_missing';
  return null;
}
