import type { CommentSnapshot, TicketSnapshot } from '../../src/domain/types';
import { makeUser } from './user';

/** A comment by the default end user; override what a test is about. */
export function makeComment(overrides: Partial<CommentSnapshot> = {}): CommentSnapshot {
  return { id: 1, value: 'Thank you.', author: makeUser(), ...overrides };
}

/**
 * A new review ticket as `normalizeTicket` gives it: a 4-star review by the default end user, whose
 * only comment is the description. Fields can be replaced; the comment follows a replaced description
 * and requester unless `comments` is given.
 */
export function makeTicket(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  const description = overrides.description ?? 'Rating: 4/5\n\nFast delivery and friendly staff.';
  const requester = overrides.requester === undefined ? makeUser() : overrides.requester;
  return {
    id: 1001,
    subject: 'Great shop',
    tags: ['trustpilot', 'rating_4'],
    status: 'new',
    createdAt: '2025-05-01T08:00:00Z',
    channel: 'any_channel',
    comments: [makeComment({ id: 1, value: description, author: requester })],
    ...overrides,
    description,
    requester,
  };
}
