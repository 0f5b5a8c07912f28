import { parseSearchPage } from '../domain/history/searchResults';
import type { SearchPage } from '../domain/history/types';
import type { Requester } from '../zaf/port';
import { getJson, type RequestFailure, type RequestPolicy } from './request';

export { classifyFailure, retryAfterMs, type RequestPolicy, type RetryNotice } from './request';

/** Why a search failed, in the terms the agent is told. */
export type SearchFailure = RequestFailure;

/** A search page, or why there is none; search functions resolve with this and never reject. */
export type SearchResult = { ok: true; page: SearchPage } | { ok: false; failure: SearchFailure };

/** Zendesk's search answers at most 100 results a page. */
const MAX_PAGE_SIZE = 100;

/**
 * Fetches one search page by its path, waiting out HTTP 429 (`Retry-After`, bounded) up to
 * `maxAttempts` tries. Other failures are answered at once: the agent decides to retry.
 */
export async function fetchSearchPage(
  client: Requester,
  path: string,
  policy: RequestPolicy = {},
): Promise<SearchResult> {
  const response = await getJson(client, path, policy);
  if (!response.ok) return response;
  const page = parseSearchPage(response.body);
  return page ? { ok: true, page } : { ok: false, failure: { kind: 'invalid' } };
}

/**
 * The search path for a requester's tickets, newest first.
 *
 * Uses the Search API with the documented query syntax (`type:ticket` and the `requester`
 * keyword, which takes a user's ID as well as a name or email), not an undocumented
 * `requester_id:` property. Chosen over `GET /api/v2/users/{id}/tickets/requested` because
 * search sorts by `created_at` on the server and pages with `next_page` for any account size,
 * so the newest tickets come first and the history reads one page at a time. The cost is
 * Zendesk's indexing delay (a ticket created minutes ago may be missing), which does not matter
 * for a reviewer's earlier tickets.
 */
export function requesterSearchPath(requesterId: number, perPage: number): string {
  const params = new URLSearchParams({
    query: `type:ticket requester:${requesterId}`,
    sort_by: 'created_at',
    sort_order: 'desc',
    per_page: String(Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(perPage)))),
  });
  return `/api/v2/search.json?${params.toString()}`;
}

/**
 * The path to request for Zendesk's `next_page` URL, or null when it does not point at the
 * search endpoint: the URL comes from a response, so it is not followed anywhere else.
 */
export function nextPagePath(nextPage: string): string | null {
  try {
    const url = new URL(nextPage, 'https://placeholder.invalid');
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.pathname !== '/api/v2/search.json') return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}

/** First page of a requester's tickets, newest first. */
export function searchRequesterTickets(
  client: Requester,
  requesterId: number,
  perPage: number,
  policy: RequestPolicy = {},
): Promise<SearchResult> {
  return fetchSearchPage(client, requesterSearchPath(requesterId, perPage), policy);
}
