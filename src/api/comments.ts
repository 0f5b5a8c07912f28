import { parseCommentsPage, summarizePublicReplies, type ApiComment, type PublicReplies } from '../domain/review/publicReplies';
import type { ZafClient } from '../zaf/types';
import { classifyFailure, DEFAULT_RETRY_AFTER_MS, MAX_ATTEMPTS, retryAfterMs, type RequestPolicy, type SearchFailure } from './search';

/** Why the comments could not be read, in the terms the agent is told. */
export type CommentsFailure = SearchFailure;

/** The public replies, or why they are unknown; `fetchPublicReplies` resolves with this and never rejects. */
export type PublicRepliesResult = { ok: true; value: PublicReplies } | { ok: false; failure: CommentsFailure };

/** Pages read at most: 100 comments each, far beyond a review's conversation. */
export const MAX_COMMENT_PAGES = 5;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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

async function requestPage(client: ZafClient, path: string, policy: RequestPolicy): Promise<{ ok: true; body: unknown } | { ok: false; failure: CommentsFailure }> {
  const sleep = policy.sleep ?? defaultSleep;
  const maxAttempts = Math.max(1, policy.maxAttempts ?? MAX_ATTEMPTS);
  for (let attempt = 1; ; attempt += 1) {
    let failure: CommentsFailure;
    let waitMs = DEFAULT_RETRY_AFTER_MS;
    try {
      return { ok: true, body: await client.request({ url: path, type: 'GET', dataType: 'json' }) };
    } catch (reason) {
      failure = classifyFailure(reason);
      if (failure.kind === 'rateLimited') waitMs = retryAfterMs(reason as Parameters<typeof retryAfterMs>[0]);
    }
    if (failure.kind !== 'rateLimited' || attempt >= maxAttempts) return { ok: false, failure };
    policy.onRetry?.({ attempt: attempt + 1, maxAttempts, waitMs });
    await sleep(waitMs);
  }
}

/**
 * Reads the ticket's comments (`GET /api/v2/tickets/{id}/comments.json`, the only source of the
 * public flag) and tells whether an agent already replied publicly. Waits out HTTP 429 a bounded
 * number of times; other failures are answered at once.
 */
export async function fetchPublicReplies(
  client: ZafClient,
  ticketId: number,
  requesterId: number | null,
  policy: RequestPolicy = {},
): Promise<PublicRepliesResult> {
  const comments: ApiComment[] = [];
  const roles = new Map<number, string>();
  let path: string | null = commentsPath(ticketId);
  for (let page = 0; path !== null && page < MAX_COMMENT_PAGES; page += 1) {
    const response = await requestPage(client, path, policy);
    if (!response.ok) return response;
    const body = typeof response.body === 'string' ? safeJson(response.body) : response.body;
    const parsed = parseCommentsPage(body);
    if (!parsed) return { ok: false, failure: { kind: 'invalid' } };
    comments.push(...parsed.comments);
    for (const [id, role] of parsed.roles) roles.set(id, role);
    path = parsed.nextPage === null ? null : nextCommentsPath(parsed.nextPage, ticketId);
  }
  return { ok: true, value: summarizePublicReplies(comments, roles, requesterId) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
