import { DEFAULT_SETTINGS, type AppSettings } from '../../../src/domain/settings';
import type { CommentSnapshot, TicketSnapshot, UserSnapshot } from '../../../src/domain/types';

export const settings: AppSettings = DEFAULT_SETTINGS;

export const requester: UserSnapshot = { id: 10, name: 'Anna Svensson', email: 'anna@example.com', role: 'end-user', locale: 'sv-SE' };
export const agent: UserSnapshot = { id: 99, name: 'Maja Agent', email: 'maja@shop.example', role: 'agent', locale: 'sv' };

export const comment = (id: number, value: string, author: UserSnapshot | null): CommentSnapshot => ({ id, value, author });

/** A review ticket as `normalizeTicket` gives it; fields can be replaced. */
export function ticket(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  const description = overrides.description ?? 'Rating: 4/5\n\nFast delivery and friendly staff.';
  return {
    id: 1001,
    subject: 'Great shop',
    description,
    tags: ['trustpilot', 'rating_4', 'trustpilot_positive'],
    status: 'new',
    createdAt: '2025-05-01T08:00:00Z',
    requester,
    comments: [comment(1, description, requester)],
    channel: 'any_channel',
    ...overrides,
  };
}
