import type { Reviewer } from '../review/types';
import type { HistoryEntry, RequesterKind } from './types';

/**
 * More other reviews than this from one requester means a connector's default customer that
 * collects anonymous reviews, not a person: real customers rarely write that many.
 */
const SHARED_REQUESTER_REVIEW_THRESHOLD = 5;

// Names connectors give anonymous reviewers ("Anonymous Trustpilot reviewer", "Anonym", "Anonyme").
const PLACEHOLDER_NAME = /\banonym|^trustpilot (reviewer|user|customer)$/i;
const PLACEHOLDER_MAILBOX = /^(anonymous|anonym|anon|unknown|no-?reply|do-?not-?reply)$/i;
// Trustpilot never hands out reviewers' own addresses on its domain; such an address is a stand-in.
const PLACEHOLDER_DOMAIN = /(^|\.)trustpilot\.(com|net)$/i;

/** Whether a name or e-mail address is a stand-in for an unknown reviewer. */
export function isPlaceholderIdentity(name: string, email: string): boolean {
  if (typeof name === 'string' && PLACEHOLDER_NAME.test(name.trim())) return true;
  const address = typeof email === 'string' ? email.trim() : '';
  const at = address.lastIndexOf('@');
  if (at <= 0) return false;
  const mailbox = address.slice(0, at);
  const domain = address.slice(at + 1);
  return PLACEHOLDER_MAILBOX.test(mailbox) || PLACEHOLDER_DOMAIN.test(domain);
}

/** What can be known before searching: no requester, an anonymous one, or apparently a person. */
export function requesterKindOf(reviewer: Reviewer | null | undefined): Exclude<RequesterKind, 'shared'> {
  // The review comes from another parser; a missing reviewer must not break the panel.
  if (!reviewer) return 'none';
  if (reviewer.anonymous || isPlaceholderIdentity(reviewer.name, reviewer.email)) return 'anonymous';
  if (typeof reviewer.id !== 'number' || !Number.isSafeInteger(reviewer.id)) return 'none';
  return 'person';
}

/** After searching: too many reviews for one person means a shared default customer. */
export function looksShared(entries: readonly HistoryEntry[]): boolean {
  return entries.filter((entry) => entry.kind === 'review').length > SHARED_REQUESTER_REVIEW_THRESHOLD;
}
