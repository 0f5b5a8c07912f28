import {
  parseCommentsPage,
  summarizePublicReplies,
  type ApiComment,
  type PublicReplies,
} from '../domain/review/publicReplies';
import type { Requester } from '../zaf/port';
import { getJson, type RequestFailure, type RequestPolicy } from './request';

/** Why the comments could not be read, in the terms the agent is told. */
export type CommentsFailure = RequestFailure;

/** The public replies, or why they are unknown; `fetchPublicReplies` resolves with this and never rejects. */
export type PublicRepliesResult = { ok: true; value: PublicReplies } | { ok: false; failure: CommentsFailure };

/** Pages read at most: 100 comments each, far beyond a review's conversation. */
const MAX_COMMENT_PAGES = 5;

/** The first page's path; sideloading users gives each author's role in the same request. */
export const commentsPath = (ticketId: number): string =>
  `/api/v2/tickets/${encodeURIComponent(String(ticketId))}/comments.json?include=users&per_page=100`;

/** The path for Zendesk's `next_page` URL, or null unless it is this ticket's comments endpoint. */
export function nextCommentsPath(nextPage: string, ticketId: number): string | null {
  try {
    const url = new URL(nextPage, 'https://placeholder.invalid');
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.pathname !== `/api/v2/tickets/${ticketId}/comments.json`) return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}

/**
 * Reads the ticket's comments (`GET /api/v2/tickets/{id}/comments.json`, the only source of the
 * public flag) and tells whether an agent already replied publicly. Waits out HTTP 429 a bounded
 * number of times; other failures are answered at once.
 */
export async function fetchPublicReplies(
  client: Requester,
  ticketId: number,
  requesterId: number | null,
  policy: RequestPolicy = {},
): Promise<PublicRepliesResult> {
  const comments: ApiComment[] = [];
  const roles = new Map<number, string>();
  let path: string | null = commentsPath(ticketId);
  for (let page = 0; path !== null && page < MAX_COMMENT_PAGES; page += 1) {
    const response = await getJson(client, path, policy);
    if (!response.ok) return response;
    const parsed = parseCommentsPage(response.body);
    if (!parsed) return { ok: false, failure: { kind: 'invalid' } };
    comments.push(...parsed.comments);
    for (const [id, role] of parsed.roles) roles.set(id, role);
    path = parsed.nextPage === null ? null : nextCommentsPath(parsed.nextPage, ticketId);
  }
  return { ok: true, value: summarizePublicReplies(comments, roles, requesterId) };
}
