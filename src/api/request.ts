import type { ZafClient, ZafRequestFailure } from '../zaf/types';

/** Why a request failed, in the terms the agent is told. */
export type RequestFailure =
  | { kind: 'rateLimited'; status: number }
  | { kind: 'server'; status: number }
  | { kind: 'forbidden'; status: number }
  | { kind: 'other'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'invalid' };

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

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const TIMED_OUT = Symbol('timed out');

/** Whether `client.request` rejected with Zendesk's XHR-like failure object. */
export const isRequestFailure = (value: unknown): value is ZafRequestFailure =>
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
export function classifyFailure(reason: unknown): RequestFailure {
  if (!isRequestFailure(reason) || reason.status <= 0) return { kind: 'network' };
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

/** A JSON body (parsed when Zendesk hands it over as text), or why there is none. */
export type GetResult = { ok: true; body: unknown } | { ok: false; failure: RequestFailure };

const parsedBody = (body: unknown): unknown => {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};

/**
 * `GET`s a Zendesk API path through `client.request`, waiting out HTTP 429 (`Retry-After`,
 * bounded) up to `maxAttempts` tries and giving up after a timeout. Other failures are answered
 * at once: the agent decides whether to retry. Never rejects.
 */
export async function getJson(client: ZafClient, path: string, policy: RequestPolicy = {}): Promise<GetResult> {
  const sleep = policy.sleep ?? defaultSleep;
  const maxAttempts = Math.max(1, policy.maxAttempts ?? MAX_ATTEMPTS);
  for (let attempt = 1; ; attempt += 1) {
    let failure: RequestFailure;
    let waitMs = DEFAULT_RETRY_AFTER_MS;
    try {
      const body = await withTimeout(
        client.request({ url: path, type: 'GET', dataType: 'json' }),
        policy.timeoutMs ?? REQUEST_TIMEOUT_MS,
      );
      if (body === TIMED_OUT) return { ok: false, failure: { kind: 'timeout' } };
      const parsed = parsedBody(body);
      return parsed === undefined ? { ok: false, failure: { kind: 'invalid' } } : { ok: true, body: parsed };
    } catch (reason) {
      failure = classifyFailure(reason);
      if (failure.kind === 'rateLimited' && isRequestFailure(reason)) waitMs = retryAfterMs(reason);
    }
    if (failure.kind !== 'rateLimited' || attempt >= maxAttempts) return { ok: false, failure };
    policy.onRetry?.({ attempt: attempt + 1, maxAttempts, waitMs });
    await sleep(waitMs);
  }
}
