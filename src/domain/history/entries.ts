import type { Stars } from '../types';
import { channelOf } from './channels';
import type { HistoryEntry, HistoryTicket, TicketStatus } from './types';

const UNRESOLVED: readonly TicketStatus[] = ['new', 'open', 'pending', 'hold'];

/** Whether someone still has to act on a ticket in this status. */
const isUnresolved = (status: TicketStatus): boolean => UNRESOLVED.includes(status);

/** The stars a ticket's `rating_N` tags give; null when there is none or they disagree. */
export function starsFromTags(tags: readonly string[]): Stars | null {
  const found = new Set<Stars>();
  for (const tag of tags) {
    const match = /^rating_([1-5])$/.exec(tag.trim().toLowerCase());
    if (match) found.add(Number(match[1]) as Stars);
  }
  // Two different ratings on one ticket cannot be told apart here, so claim neither.
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** Whether a ticket carries one of the configured review tags. */
export function isReviewTicket(tags: readonly string[], reviewTags: readonly string[]): boolean {
  const wanted = new Set(reviewTags.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== ''));
  return tags.some((tag) => wanted.has(tag.trim().toLowerCase()));
}

export interface EntryOptions {
  reviewTags: readonly string[];
  /** The ticket being viewed; it is not part of its own history. */
  excludeTicketId: number | null;
}

const newestFirst = (a: HistoryEntry, b: HistoryEntry): number => {
  const at = a.createdAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const bt = b.createdAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (at !== bt) return bt > at ? 1 : -1;
  return b.ticketId - a.ticketId;
};

/**
 * Turns loaded search results into history lines, newest first: the current ticket left out,
 * duplicates (pages shift when tickets arrive between loads) kept once. Never throws.
 */
export function toHistoryEntries(tickets: readonly HistoryTicket[], options: EntryOptions): HistoryEntry[] {
  const seen = new Set<number>();
  const entries: HistoryEntry[] = [];
  for (const ticket of tickets) {
    if (ticket.id === options.excludeTicketId || seen.has(ticket.id)) continue;
    seen.add(ticket.id);
    const base = {
      ticketId: ticket.id,
      subject: ticket.subject,
      status: ticket.status,
      createdAt: ticket.createdAt,
      unresolved: isUnresolved(ticket.status),
    };
    entries.push(
      isReviewTicket(ticket.tags, options.reviewTags)
        ? { ...base, kind: 'review', channel: 'trustpilot', stars: starsFromTags(ticket.tags) }
        : { ...base, kind: 'ticket', channel: channelOf(ticket.viaChannel) },
    );
  }
  return entries.sort(newestFirst);
}
