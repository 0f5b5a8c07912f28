import { parseConsumerReviews, parseTrustpilotReview } from '../domain/trustpilot/parse';
import {
  emptyBudget,
  parseRetryAfter,
  pauseFor,
  recordCall,
  waitBeforeCall,
  type CallBudget,
} from '../domain/trustpilot/budget';
import type { TrustpilotConsumerReview, TrustpilotReview } from '../domain/trustpilot/types';
import type { Requester } from '../zaf/port';
import type { ZafRequestOptions } from '../zaf/types';
import { TIMED_OUT, withTimeout } from '../lib/timeout';

/** Trustpilot's public API; listed in the manifest's `domainWhitelist`. */
const TRUSTPILOT_API = 'https://api.trustpilot.com/v1';

/** The key as Zendesk's proxy fills it in from the secure setting; the browser never sees the value. */
const API_KEY_HEADER = { apikey: '{{setting.trustpilotApiKey}}' } as const;

/** Why Trustpilot could not be read, in the terms the agent (or an admin) is told. */
export type TrustpilotFailure =
  | { kind: 'unauthorized'; status: number }
  | { kind: 'notFound' }
  | { kind: 'rateLimited'; retryAfterMs: number }
  | { kind: 'server'; status: number }
  | { kind: 'other'; status: number }
  | { kind: 'timeout' }
  | { kind: 'network' }
  | { kind: 'invalid' };

export type TrustpilotResult<T> = { ok: true; value: T } | { ok: false; failure: TrustpilotFailure };

export interface TrustpilotCallOptions {
  /** Give up after this long (each try). */
  timeoutMs?: number;
  /** Longest `Retry-After` or budget wait worth waiting out; beyond it the call fails as rate-limited. */
  maxWaitMs?: number;
  /** Told before a wait, with its length. */
  onWait?: (ms: number) => void;
}

export interface TrustpilotGatewayOptions {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Calls per window; Trustpilot recommends 833 per 5 minutes. */
  limit?: number;
}

/** Reads Trustpilot for one frame, keeping its calls within the budget. */
export interface TrustpilotGateway {
  review(reviewId: string, options?: TrustpilotCallOptions): Promise<TrustpilotResult<TrustpilotReview>>;
  consumerReviews(
    consumerId: string,
    options?: TrustpilotCallOptions,
  ): Promise<TrustpilotResult<TrustpilotConsumerReview[]>>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_WAIT_MS = 15_000;

interface Answer {
  status: number;
  body: unknown;
  retryAfter: string | null;
}

const fieldOf = (value: unknown, name: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;

function headerOf(value: unknown, name: string): string | null {
  const headers = fieldOf(value, 'headers');
  if (headers === null || typeof headers !== 'object') return null;
  for (const [key, header] of Object.entries(headers)) {
    if (key.toLowerCase() === name && typeof header === 'string') return header;
  }
  return null;
}

function bodyOf(value: unknown): unknown {
  const json = fieldOf(value, 'responseJSON');
  if (json !== undefined && json !== null) return json;
  const textBody = fieldOf(value, 'responseText');
  if (typeof textBody !== 'string') return undefined;
  try {
    return JSON.parse(textBody);
  } catch {
    return undefined;
  }
}

/** The complete response Zendesk resolves or rejects with (`httpCompleteResponse`). */
function answerOf(value: unknown, resolved: boolean): Answer {
  const status = fieldOf(value, 'status');
  return {
    status: typeof status === 'number' ? status : resolved ? 200 : 0,
    body: bodyOf(value),
    retryAfter: headerOf(value, 'retry-after'),
  };
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function failureFor(status: number): TrustpilotFailure {
  if (status <= 0) return { kind: 'network' };
  if (status === 401 || status === 403) return { kind: 'unauthorized', status };
  if (status === 404) return { kind: 'notFound' };
  if (status >= 500) return { kind: 'server', status };
  return { kind: 'other', status };
}

/** The request for a Trustpilot path: secure (Zendesk adds the key), no automatic 429 retry. */
const trustpilotRequest = (path: string): ZafRequestOptions => ({
  url: `${TRUSTPILOT_API}${path}`,
  type: 'GET',
  dataType: 'json',
  secure: true,
  headers: { ...API_KEY_HEADER },
  httpCompleteResponse: true,
  autoRetry: false,
});

/**
 * Creates the frame's Trustpilot reader. Each call waits for room in the budget (833 calls per
 * 5 minutes) and for a `Retry-After` pause when the wait is short; a longer wait fails at once
 * as rate-limited. Timeouts, 5xx and network failures are answered, never thrown.
 */
export function createTrustpilotGateway(
  client: Requester,
  gatewayOptions: TrustpilotGatewayOptions = {},
): TrustpilotGateway {
  const now = gatewayOptions.now ?? Date.now;
  const sleep = gatewayOptions.sleep ?? defaultSleep;
  let budget: CallBudget = emptyBudget();

  async function call(path: string, options: TrustpilotCallOptions): Promise<TrustpilotResult<unknown>> {
    const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    // One retry after a 429 whose Retry-After is short enough; the budget keeps later calls away.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const waitMs = waitBeforeCall(budget, now(), gatewayOptions.limit);
      if (waitMs > maxWaitMs) return { ok: false, failure: { kind: 'rateLimited', retryAfterMs: waitMs } };
      if (waitMs > 0) {
        options.onWait?.(waitMs);
        await sleep(waitMs);
      }
      budget = recordCall(budget, now());
      const answer = await withTimeout(
        client.request(trustpilotRequest(path)).then(
          (value) => answerOf(value, true),
          (reason: unknown) => answerOf(reason, false),
        ),
        options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      );
      if (answer === TIMED_OUT) return { ok: false, failure: { kind: 'timeout' } };
      if (answer.status >= 200 && answer.status < 300) {
        return answer.body === undefined
          ? { ok: false, failure: { kind: 'invalid' } }
          : { ok: true, value: answer.body };
      }
      if (answer.status !== 429) return { ok: false, failure: failureFor(answer.status) };
      const retryAfterMs = parseRetryAfter(answer.retryAfter, now()) ?? 60_000;
      budget = pauseFor(budget, now(), retryAfterMs);
    }
    return {
      ok: false,
      failure: { kind: 'rateLimited', retryAfterMs: waitBeforeCall(budget, now(), gatewayOptions.limit) },
    };
  }

  return {
    async review(reviewId, options = {}) {
      const result = await call(`/reviews/${encodeURIComponent(reviewId)}`, options);
      if (!result.ok) return result;
      const review = parseTrustpilotReview(result.value);
      return review ? { ok: true, value: review } : { ok: false, failure: { kind: 'invalid' } };
    },
    async consumerReviews(consumerId, options = {}) {
      const result = await call(
        `/consumers/${encodeURIComponent(consumerId)}/reviews?perPage=20&orderBy=createdat.desc`,
        options,
      );
      if (!result.ok) return result;
      const reviews = parseConsumerReviews(result.value);
      return reviews ? { ok: true, value: reviews } : { ok: false, failure: { kind: 'invalid' } };
    },
  };
}
