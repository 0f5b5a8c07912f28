import type { DraftType } from '../types';

const field = (value: unknown, name: string): unknown =>
  value !== null && typeof value === 'object' && name in value ? (value as Record<string, unknown>)[name] : value;

/** The draft type from `comment.type` or a `comment.type.changed` event; null when unrecognised. */
export function parseDraftType(value: unknown): DraftType | null {
  const raw = field(value, 'type');
  if (raw === 'publicReply' || raw === 'public') return 'publicReply';
  if (raw === 'internalNote' || raw === 'internal') return 'internalNote';
  return null;
}

/** The editor text from `comment.text` or a `comment.text.changed` event; null when unreadable. */
export function parseDraftText(value: unknown): string | null {
  const raw = field(value, 'text');
  return typeof raw === 'string' ? raw : null;
}
