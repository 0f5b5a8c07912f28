import { parseSearchPage } from '../domain/history/searchResults';
import type { SearchPage } from '../domain/history/types';
import type { ZafClient, ZafRequestFailure } from '../zaf/types';

/** Why a search failed, in the terms the agent is told. */
export type SearchFailure =
  | { kind: 'rateLimited'; status: number }
  | { kind: 'server'; status: number }
  | { kind: 'forbidden'; status: number }
  | { kind: 'other'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'invalid' };

/** A search page, or why there is none; search functions resolve with this and never reject. */
export type SearchResult = { ok: true; page: SearchPage } | { ok: false; failure: SearchFailure };

/** Told before waiting out a 429: which try comes next and after how long. */
export interface RetryNotice {
  attempt: number;
  maxAttempts: number;
  waitMs: number;
}

/** How a request behaves; every field has a default, tests replace `sleep`. */
export interface RequestPolicy {
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (notice: RetryNotice) => void;
  /** Tries in all, the first included. */
  maxAttempts?: number;
  timeoutMs?: number;
}

export const MAX_ATTEMPTS = 3;
export const DEFAULT_RETRY_AFTER_MS = 2_000;
export const MAX_RETRY_AFTER_MS = 30_000;
export const REQUEST_TIMEOUT_MS = 20_000;
/** Zendesk's search answers at most 100 results a page. */
export const MAX_PAGE_SIZE = 100;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const TIMED_OUT = Symbol('timed out');

const isFailure = (value: unknown): value is ZafRequestFailure =>
  value !== null && typeof value === 'object' && typeof (value as { status?: unknown }).status === 'number';

const headerOf = (failure: ZafRequestFailure, name: string): string | null => {
  try {
    const direct = failure.getResponseHeader?.(name);
    if (typeof direct === 'string' && direct.trim() !== '') return direct;
  } catch {
    // Some XHR stand-ins throw for headers they do not expose; fall through to the plain object.
  }
  const headers = failure.headers;
  if (headers && typeof headers === 'object') {
    for (const [key, value] of Object.entries(headers)) {
      if (key.toLowerCase() === name.toLowerCase() && typeof value === 'string') return value;
    }
  }
  return null;
};

/** How long a 429 asks to wait: `Retry-After` in seconds or as a date, 2 s when absent, never over 30 s. */
export function retryAfterMs(failure: ZafRequestFailure, now: number = Date.now()): number {
  const header = headerOf(failure, 'Retry-After')?.trim() ?? '';
  const body = failure.responseJSON;
  const fromBody =
    body !== null && typeof body === 'object' ? (body as { retry_after?: unknown }).retry_after : undefined;
  let ms = Number.NaN;
  if (/^\d+(\.\d+)?$/.test(header)) ms = Number(header) * 1000;
  else if (header !== '') ms = Date.parse(header) - now;
  else if (typeof fromBody === 'number') ms = fromBody * 1000;
  if (!Number.isFinite(ms) || ms < 0) return DEFAULT_RETRY_AFTER_MS;
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}

/** Classifies whatever `client.request` rejected with. */
export function classifyFailure(reason: unknown): SearchFailure {
  if (!isFailure(reason) || reason.status <= 0) return { kind: 'network' };
  const { status } = reason;
  if (status === 429) return { kind: 'rateLimited', status };
  if (status >= 500) return { kind: 'server', status };
  if (status === 401 || status === 403) return { kind: 'forbidden', status };
  return { kind: 'other', status };
}

const withTimeout = async <T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

const parseBody = (body: unknown): SearchPage | null => {
  if (typeof body !== 'string') return parseSearchPage(body);
  try {
    return parseSearchPage(JSON.parse(body));
  } catch {
    return null;
  }
};

/**
 * Fetches one search page by its path, waiting out HTTP 429 (`Retry-After`, bounded) up to
 * `maxAttempts` tries. Other failures are answered at once: the agent decides to retry.
 */
export async function fetchSearchPage(client: ZafClient, path: string, policy: RequestPolicy = {}): Promise<SearchResult> {
  const sleep = policy.sleep ?? defaultSleep;
  const maxAttempts = Math.max(1, policy.maxAttempts ?? MAX_ATTEMPTS);
  for (let attempt = 1; ; attempt += 1) {
    let failure: SearchFailure;
    let waitMs = DEFAULT_RETRY_AFTER_MS;
    try {
      const body = await withTimeout(
        client.request({ url: path, type: 'GET', dataType: 'json' }),
        policy.timeoutMs ?? REQUEST_TIMEOUT_MS,
      );
      if (body === TIMED_OUT) return { ok: false, failure: { kind: 'timeout' } };
      const page = parseBody(body);
      return page ? { ok: true, page } : { ok: false, failure: { kind: 'invalid' } };
    } catch (reason) {
      failure = classifyFailure(reason);
      if (failure.kind === 'rateLimited' && isFailure(reason)) waitMs = retryAfterMs(reason);
    }
    if (failure.kind !== 'rateLimited' || attempt >= maxAttempts) return { ok: false, failure };
    policy.onRetry?.({ attempt: attempt + 1, maxAttempts, waitMs });
    await sleep(waitMs);
  }
}

/** The search path for a requester's tickets, newest first. */
export function requesterSearchPath(requesterId: number, perPage: number): string {
  const params = new URLSearchParams({
    query: `type:ticket requester_id:${requesterId}`,
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
  client: ZafClient,
  requesterId: number,
  perPage: number,
  policy: RequestPolicy = {},
): Promise<SearchResult> {
  return fetchSearchPage(client, requesterSearchPath(requesterId, perPage), policy);
}
