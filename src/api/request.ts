import type { Requester } from '../zaf/port';
import type { ZafRequestFailure, ZafRequestOptions } from '../zaf/types';
import { TIMED_OUT, withTimeout } from '../lib/timeout';

/** Why a request failed, in the terms the agent is told. */
export type RequestFailure =
  | { kind: 'rateLimited'; status: number; retryAt?: number }
  | { kind: 'server'; status: number }
  | { kind: 'forbidden'; status: number }
  | { kind: 'other'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'invalid' };

/** Told before waiting out a 429: which try comes next, after how long, and at what time. */
export interface RetryNotice {
  attempt: number;
  maxAttempts: number;
  waitMs: number;
  /** Epoch milliseconds of the next try. */
  retryAt: number;
}

/** How a request behaves; every field has a default, tests replace `sleep` and `now`. */
export interface RequestPolicy {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  onRetry?: (notice: RetryNotice) => void;
  /** Tries in all, the first included. */
  maxAttempts?: number;
  timeoutMs?: number;
}

const MAX_ATTEMPTS = 3;
/** The wait before the next try when a 429 names none: Zendesk's rate limits reset each minute. */
const DEFAULT_RETRY_AFTER_MS = 10_000;
/** From this wait on, the agent is told the time of the next try rather than a countdown. */
export const LONG_WAIT_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 20_000;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The options for a Support API call the app retries itself: with `httpCompleteResponse` Zendesk
 * hands over status and headers (a plain rejection copied over postMessage carries no
 * `getResponseHeader`), and `autoRetry: false` keeps Zendesk's own 429 retry from running under
 * ours.
 */
export function apiRequest(options: Omit<ZafRequestOptions, 'httpCompleteResponse' | 'autoRetry'>): ZafRequestOptions {
  return { dataType: 'json', ...options, httpCompleteResponse: true, autoRetry: false };
}

/** Whether `client.request` rejected with Zendesk's response object. */
export const isRequestFailure = (value: unknown): value is ZafRequestFailure =>
  value !== null && typeof value === 'object' && typeof (value as { status?: unknown }).status === 'number';

/** A header of a response object, by name in any case; null when absent. */
function headerOf(response: ZafRequestFailure, name: string): string | null {
  try {
    const direct = response.getResponseHeader?.(name);
    if (typeof direct === 'string' && direct.trim() !== '') return direct;
  } catch {
    // Some XHR stand-ins throw for headers they do not expose; fall through to the plain object.
  }
  const headers: unknown = response.headers;
  if (headers && typeof headers === 'object') {
    for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
      if (key.toLowerCase() === name.toLowerCase() && (typeof value === 'string' || typeof value === 'number'))
        return String(value);
    }
  }
  return null;
}

/**
 * How long a 429 asks to wait: the whole `Retry-After` (seconds or an HTTP date; Zendesk's
 * rate-limit docs show waits like 93 s), else `retry_after` in the body, else 10 s.
 */
export function retryAfterMs(failure: ZafRequestFailure, now: number = Date.now()): number {
  const header = headerOf(failure, 'Retry-After')?.trim() ?? '';
  const body = failure.responseJSON ?? parsedBody(failure.responseText);
  const fromBody =
    body !== null && typeof body === 'object' ? (body as { retry_after?: unknown }).retry_after : undefined;
  let ms = Number.NaN;
  if (/^\d+(\.\d+)?$/.test(header)) ms = Number(header) * 1000;
  else if (header !== '') ms = Date.parse(header) - now;
  else if (typeof fromBody === 'number') ms = fromBody * 1000;
  if (!Number.isFinite(ms) || ms < 0) return DEFAULT_RETRY_AFTER_MS;
  return Math.ceil(ms);
}

/** Classifies whatever `client.request` rejected with (or a complete response that is not 2xx). */
export function classifyFailure(reason: unknown, now: number = Date.now()): RequestFailure {
  if (!isRequestFailure(reason) || reason.status <= 0) return { kind: 'network' };
  const { status } = reason;
  if (status === 429) return { kind: 'rateLimited', status, retryAt: now + retryAfterMs(reason, now) };
  if (status >= 500) return { kind: 'server', status };
  if (status === 401 || status === 403) return { kind: 'forbidden', status };
  return { kind: 'other', status };
}

/** A JSON body (parsed when Zendesk hands it over as text), or why there is none. */
export type GetResult = { ok: true; body: unknown } | { ok: false; failure: RequestFailure };

function parsedBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/**
 * What a resolved `client.request` carried: with `httpCompleteResponse` a response object
 * `{status, headers, responseText, responseJSON}`; a host that ignores the option hands over
 * the body itself, which is used as it is.
 */
export function responseOf(value: unknown): { status: number; body: unknown; response: ZafRequestFailure | null } {
  if (isRequestFailure(value) && ('responseText' in value || 'responseJSON' in value || 'headers' in value)) {
    const body =
      value.responseJSON !== undefined && value.responseJSON !== null
        ? value.responseJSON
        : parsedBody(value.responseText ?? '');
    return { status: value.status, body, response: value };
  }
  return { status: 200, body: parsedBody(value), response: null };
}

/**
 * `GET`s a Zendesk API path through `client.request`, waiting out HTTP 429 for the whole
 * `Retry-After` up to `maxAttempts` tries (`onRetry` says when the next try comes) and giving up
 * after a timeout. Other failures are answered at once: the agent decides whether to retry.
 * Never rejects.
 */
export async function getJson(client: Requester, path: string, policy: RequestPolicy = {}): Promise<GetResult> {
  const sleep = policy.sleep ?? defaultSleep;
  const now = policy.now ?? Date.now;
  const maxAttempts = Math.max(1, policy.maxAttempts ?? MAX_ATTEMPTS);
  for (let attempt = 1; ; attempt += 1) {
    let failure: RequestFailure;
    let failedAt: number;
    try {
      const answer = await withTimeout(
        client.request(apiRequest({ url: path, type: 'GET' })),
        policy.timeoutMs ?? REQUEST_TIMEOUT_MS,
      );
      if (answer === TIMED_OUT) return { ok: false, failure: { kind: 'timeout' } };
      const { status, body, response } = responseOf(answer);
      if (status >= 200 && status < 300) {
        return body === undefined ? { ok: false, failure: { kind: 'invalid' } } : { ok: true, body };
      }
      failedAt = now();
      failure = classifyFailure(response, failedAt);
    } catch (reason) {
      failedAt = now();
      failure = classifyFailure(reason, failedAt);
    }
    if (failure.kind !== 'rateLimited' || attempt >= maxAttempts) return { ok: false, failure };
    const retryAt = failure.retryAt ?? failedAt + DEFAULT_RETRY_AFTER_MS;
    const waitMs = Math.max(0, retryAt - failedAt);
    policy.onRetry?.({ attempt: attempt + 1, maxAttempts, waitMs, retryAt });
    await sleep(waitMs);
  }
}
