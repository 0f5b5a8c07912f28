import type { Stars } from '../types';

/** How a ticket reached Zendesk, grouped into the channels the agent recognises. */
export const HISTORY_CHANNELS = [
  'trustpilot',
  'email',
  'web',
  'api',
  'chat',
  'voice',
  'sms',
  'mobile',
  'social',
  'messaging',
  'integration',
  'other',
] as const;
export type HistoryChannel = (typeof HISTORY_CHANNELS)[number];

/** Zendesk ticket statuses; `unknown` for anything else. */
export const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed', 'unknown'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** One ticket of a search result, normalised; every string in it is untrusted plain text. */
export interface HistoryTicket {
  id: number;
  subject: string;
  status: TicketStatus;
  /** `via.channel` as Zendesk sent it, lower-cased. */
  viaChannel: string;
  createdAt: Date | null;
  tags: string[];
}

/** One page of `/api/v2/search.json`, normalised. */
export interface SearchPage {
  tickets: HistoryTicket[];
  /** Zendesk's `next_page` URL, or null on the last page. */
  nextPage: string | null;
  /** Zendesk's `count`: all matches, not just this page; null when absent. */
  count: number | null;
}

interface HistoryEntryBase {
  ticketId: number;
  subject: string;
  status: TicketStatus;
  channel: HistoryChannel;
  createdAt: Date | null;
  /** new, open, pending or on hold: someone still has to act. */
  unresolved: boolean;
}

/** A line of the reviewer's history: a Trustpilot review or any other ticket. */
export type HistoryEntry =
  (HistoryEntryBase & { kind: 'review'; stars: Stars | null }) | (HistoryEntryBase & { kind: 'ticket' });

/** How much of the requester's history has been loaded. */
export interface HistoryCoverage {
  /** Tickets loaded so far (including the current one if the search returned it). */
  loaded: number;
  /** All tickets of the requester according to Zendesk; null when unknown. */
  total: number | null;
  /** Every page has been loaded. */
  complete: boolean;
}

/** The one-line answer to "who is this reviewer?". */
export interface HistorySummary {
  /** Position of the current review among the requester's reviews (1 = first); null when not a review. */
  reviewNumber: number | null;
  /** Stars of the latest earlier review that had stars. */
  previousStars: Stars | null;
  currentStars: Stars | null;
  trend: 'up' | 'down' | 'same' | null;
  /** Other tickets still waiting for someone (new, open, pending, on hold). */
  unresolvedCount: number;
  /** The channel all of them share, or null when they differ or there are none. */
  unresolvedChannel: HistoryChannel | null;
  /** Set when the summary rests on part of the history only. */
  partial: { loaded: number; total: number | null } | null;
}

/** Whether a history can be shown for the requester, and why not. */
export type RequesterKind = 'person' | 'none' | 'anonymous' | 'shared';
