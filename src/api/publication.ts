import type { Requester } from '../zaf/port';
import { getJson } from './request';

/** A public reply an agent saved on the ticket, from the comments API. */
export interface SavedReply {
  text: string;
  createdAt: number;
}

type Json = Record<string, unknown>;

/**
 * The newest public comment `authorId` saved on the ticket at `since` or later (minus a minute
 * of clock difference), or null. Reads `GET /api/v2/tickets/{id}/comments.json` newest first.
 */
export async function fetchSavedReply(
  client: Requester,
  ticketId: number,
  authorId: number,
  since: number,
): Promise<SavedReply | null> {
  const path = `/api/v2/tickets/${encodeURIComponent(String(ticketId))}/comments.json?sort_order=desc&per_page=30`;
  const response = await getJson(client, path);
  if (!response.ok || response.body === null || typeof response.body !== 'object') return null;
  const comments = (response.body as Json).comments;
  if (!Array.isArray(comments)) return null;
  let newest: SavedReply | null = null;
  for (const item of comments) {
    if (item === null || typeof item !== 'object') continue;
    const comment = item as Json;
    const createdAt = typeof comment.created_at === 'string' ? Date.parse(comment.created_at) : Number.NaN;
    const text =
      typeof comment.plain_body === 'string'
        ? comment.plain_body
        : typeof comment.body === 'string'
          ? comment.body
          : '';
    if (comment.public !== true || comment.author_id !== authorId || !Number.isFinite(createdAt) || text.trim() === '')
      continue;
    if (createdAt < since - 60_000) continue;
    if (newest === null || createdAt > newest.createdAt) newest = { text, createdAt };
  }
  return newest;
}

/**
 * Records a follow-up's outcome on the ticket: an internal note and, when given, a reporting tag
 * (`additional_tags` keeps the ticket's other tags). Resolves whether Zendesk accepted it; never rejects.
 */
export async function recordOutcome(
  client: Requester,
  ticketId: number,
  note: string,
  tag: string | null,
): Promise<boolean> {
  const ticket: Json = { comment: { body: note, public: false } };
  if (tag !== null) ticket.additional_tags = [tag];
  try {
    await client.request({
      url: `/api/v2/tickets/${encodeURIComponent(String(ticketId))}.json`,
      type: 'PUT',
      contentType: 'application/json',
      data: JSON.stringify({ ticket }),
      dataType: 'json',
    });
    return true;
  } catch {
    return false;
  }
}
