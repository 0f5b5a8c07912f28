import { TICKET_STATUSES, type HistoryTicket, type SearchPage, type TicketStatus } from './types';

type Loose = Record<string, unknown>;

const asObject = (value: unknown): Loose | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : null;

const asId = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

const asDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

const asStatus = (value: unknown): TicketStatus => {
  const status = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return (TICKET_STATUSES as readonly string[]).includes(status) ? (status as TicketStatus) : 'unknown';
};

/** Normalises one search result; null for anything that is not a ticket with an id. */
function normalizeSearchTicket(value: unknown): HistoryTicket | null {
  const ticket = asObject(value);
  if (!ticket) return null;
  // Search may mix in users or organisations when the query is loosened; keep tickets only.
  if (typeof ticket.result_type === 'string' && ticket.result_type !== 'ticket') return null;
  const id = asId(ticket.id);
  if (id === null) return null;
  const via = asObject(ticket.via);
  const tags = Array.isArray(ticket.tags)
    ? ticket.tags.filter((tag): tag is string => typeof tag === 'string').map((tag) => tag.trim().toLowerCase())
    : [];
  return {
    id,
    subject: typeof ticket.subject === 'string' ? ticket.subject.trim() : '',
    status: asStatus(ticket.status),
    viaChannel: typeof via?.channel === 'string' ? via.channel.trim().toLowerCase() : '',
    createdAt: asDate(ticket.created_at),
    tags,
  };
}

/** Reads a search response body; null when it is not one (so the caller can say so). Never throws. */
export function parseSearchPage(body: unknown): SearchPage | null {
  const page = asObject(body);
  if (!page || !Array.isArray(page.results)) return null;
  const tickets = page.results.map(normalizeSearchTicket).filter((ticket): ticket is HistoryTicket => ticket !== null);
  const count =
    typeof page.count === 'number' && Number.isSafeInteger(page.count) && page.count >= 0 ? page.count : null;
  const nextPage = typeof page.next_page === 'string' && page.next_page.trim() !== '' ? page.next_page.trim() : null;
  return { tickets, nextPage, count };
}
