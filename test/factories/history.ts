import type { HistoryEntry, HistoryTicket, TicketStatus } from '../../src/domain/history/types';
import type { Stars } from '../../src/domain/types';

const UNRESOLVED: readonly TicketStatus[] = ['new', 'open', 'pending', 'hold'];

/** A normalised search ticket: a closed e-mail ticket without tags; `id` is required. */
export function makeHistoryTicket(overrides: Partial<HistoryTicket> & { id: number }): HistoryTicket {
  return {
    subject: `Ticket ${overrides.id}`,
    status: 'closed',
    viaChannel: 'email',
    createdAt: new Date('2025-01-01T00:00:00Z'),
    tags: [],
    ...overrides,
  };
}

type EntryFields = Omit<Extract<HistoryEntry, { kind: 'ticket' }>, 'kind'>;

export type HistoryEntryOverrides = Partial<EntryFields> &
  ({ kind?: 'review'; stars?: Stars | null } | { kind: 'ticket' });

/**
 * A line of the reviewer's history: by default a solved, unrated Trustpilot review ("Review N"); with
 * `kind: 'ticket'` a solved e-mail ticket ("Ticket N"). `unresolved` follows the status unless given.
 */
export function makeHistoryEntry(overrides: HistoryEntryOverrides = {}): HistoryEntry {
  const ticketId = overrides.ticketId ?? 1;
  const status = overrides.status ?? 'solved';
  const common = {
    ticketId,
    status,
    createdAt: new Date('2025-01-01T00:00:00Z'),
    unresolved: UNRESOLVED.includes(status),
  };
  if (overrides.kind === 'ticket') {
    return { ...common, subject: `Ticket ${ticketId}`, channel: 'email', ...overrides };
  }
  return { ...common, subject: `Review ${ticketId}`, channel: 'trustpilot', stars: null, ...overrides, kind: 'review' };
}
