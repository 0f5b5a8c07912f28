import type { PublicationStatus } from '../../domain/trustpilot/publication';

/** Sidebar → background: a ticket was submitted; follow its public reply until Trustpilot shows it. */
export const FOLLOW_EVENT = 'trustpilot.followReply';
/** Sidebar → background: send me the current status of a ticket's follow-up. */
export const QUERY_EVENT = 'trustpilot.publicationQuery';
/** Background → sidebars: where a ticket's reply stands on Trustpilot. */
export const STATUS_EVENT = 'trustpilot.publication';

export interface FollowRequest {
  ticketId: number;
  reviewId: string;
  submittedAt: number;
}

/** A status as it crosses frames (dates as ISO strings). */
export interface PublicationUpdate {
  ticketId: number;
  kind: PublicationStatus['kind'] | 'following';
  /** published: when Trustpilot shows the reply was made. */
  at?: string | null;
  /** waiting: when the next look is due (epoch ms). */
  nextCheckAt?: number;
  /** different: the reply Trustpilot shows. */
  text?: string;
}

const object = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null;

/** Reads a follow request from another frame; null when it is not one. */
export function parseFollowRequest(value: unknown): FollowRequest | null {
  const data = object(value);
  if (!data) return null;
  const { ticketId, reviewId, submittedAt } = data;
  if (typeof ticketId !== 'number' || typeof reviewId !== 'string' || typeof submittedAt !== 'number') return null;
  return { ticketId, reviewId, submittedAt };
}

const KINDS: readonly PublicationUpdate['kind'][] = [
  'following',
  'waiting',
  'published',
  'different',
  'missing',
  'reviewGone',
  'unverified',
];

/** Reads a status update from another frame; null when it is not one. */
export function parseUpdate(value: unknown): PublicationUpdate | null {
  const data = object(value);
  if (!data || typeof data.ticketId !== 'number') return null;
  const kind = KINDS.find((known) => known === data.kind);
  if (!kind) return null;
  return {
    ticketId: data.ticketId,
    kind,
    at: typeof data.at === 'string' ? data.at : null,
    nextCheckAt: typeof data.nextCheckAt === 'number' ? data.nextCheckAt : undefined,
    text: typeof data.text === 'string' ? data.text : undefined,
  };
}

/** The update for a status. */
export function updateFor(ticketId: number, status: PublicationStatus): PublicationUpdate {
  if (status.kind === 'waiting') return { ticketId, kind: 'waiting', nextCheckAt: status.nextCheckAt };
  if (status.kind === 'published') return { ticketId, kind: 'published', at: status.at?.toISOString() ?? null };
  if (status.kind === 'different') return { ticketId, kind: 'different', text: status.text };
  return { ticketId, kind: status.kind };
}
