import type { DraftType } from '../types';

const field = (value: unknown, name: string): unknown =>
  value !== null && typeof value === 'object' && name in value ? (value as Record<string, unknown>)[name] : value;

/**
 * The draft type from `comment.type` or a `comment.type.changed` event; null when there is none.
 * Only an internal note is private: every other type Zendesk names (`publicReply`,
 * `facebookWallReply`, `twitterReply`, a channel's own type…) is published, so it is a public reply.
 */
export function parseDraftType(value: unknown): DraftType | null {
  const raw = field(value, 'type');
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  return raw === 'internalNote' || raw === 'internal' ? 'internalNote' : 'publicReply';
}

/** The editor text from `comment.text` or a `comment.text.changed` event; null when unreadable. */
export function parseDraftText(value: unknown): string | null {
  const raw = field(value, 'text');
  return typeof raw === 'string' ? raw : null;
}
