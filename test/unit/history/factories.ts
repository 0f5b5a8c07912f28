import type { HistoryEntry, HistoryTicket } from '../../../src/domain/history/types';

/** A normalised search ticket with plain defaults. */
export const ticket = (overrides: Partial<HistoryTicket> & { id: number }): HistoryTicket => ({
  subject: `Ticket ${overrides.id}`,
  status: 'closed',
  viaChannel: 'email',
  createdAt: new Date('2025-01-01T00:00:00Z'),
  tags: [],
  ...overrides,
});

/** A review history line. */
export const reviewEntry = (
  ticketId: number,
  stars: 1 | 2 | 3 | 4 | 5 | null,
  createdAt: string,
  status: HistoryEntry['status'] = 'solved',
): HistoryEntry => ({
  kind: 'review',
  ticketId,
  subject: `Review ${ticketId}`,
  status,
  channel: 'trustpilot',
  createdAt: new Date(createdAt),
  unresolved: ['new', 'open', 'pending', 'hold'].includes(status),
  stars,
});

/** A non-review history line. */
export const ticketEntry = (
  ticketId: number,
  channel: HistoryEntry['channel'],
  status: HistoryEntry['status'],
  createdAt: string,
): HistoryEntry => ({
  kind: 'ticket',
  ticketId,
  subject: `Ticket ${ticketId}`,
  status,
  channel,
  createdAt: new Date(createdAt),
  unresolved: ['new', 'open', 'pending', 'hold'].includes(status),
});
