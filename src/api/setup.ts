import { readRulePage, triggerRequestBody, viewRequestBody } from '../domain/setup';
import type { DesiredItem, ExistingRule, SetupKind } from '../domain/setup';
import type { Requester } from '../zaf/port';
import type { ZafRequestOptions } from '../zaf/types';
import { isRequestFailure, REQUEST_TIMEOUT_MS } from './request';
import { TIMED_OUT, withTimeout } from '../lib/timeout';

/** Why reading or creating views and triggers failed, in the terms the admin is told. */
export type SetupFailure =
  /** 401/403: only Zendesk admins may list or create triggers and shared views. */
  | { kind: 'forbidden' }
  /** 422: Zendesk refused the definition; its own explanations, as untrusted text. */
  | { kind: 'invalid'; details: string[] }
  /** 429 after every retry: how long Zendesk last asked to wait. */
  | { kind: 'rateLimited'; retryAfterSeconds: number }
  | { kind: 'server'; status: number }
  | { kind: 'other'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout' }
  /** A 2xx answer the app could not read. */
  | { kind: 'badResponse' };

/** Told before waiting out a 429, so the panel can say how long. */
export interface WaitNotice {
  seconds: number;
  attempt: number;
  maxAttempts: number;
}

export interface SetupRequestPolicy {
  sleep?: (ms: number) => Promise<void>;
  onWait?: (notice: WaitNotice) => void;
  /** Tries per request, the first included. */
  maxAttempts?: number;
  timeoutMs?: number;
}

const SETUP_MAX_ATTEMPTS = 3;
/** Zendesk's `Retry-After` is honoured in full up to this long (its docs show waits of 93 s). */
const SETUP_MAX_WAIT_SECONDS = 300;
const DEFAULT_WAIT_SECONDS = 2;
const MAX_PAGES = 50;

const VIEWS_PATH = '/api/v2/views.json';
const TRIGGERS_PATH = '/api/v2/triggers.json';

const pathOf = (kind: SetupKind): string => (kind === 'view' ? VIEWS_PATH : TRIGGERS_PATH);

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const parse = (text: unknown): unknown => {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

const headersOf = (value: Json): Record<string, string> => {
  const headers: Record<string, string> = {};
  if (isObject(value.headers)) {
    for (const [name, header] of Object.entries(value.headers)) {
      if (typeof header === 'string') headers[name.toLowerCase()] = header;
    }
  }
  const getter = value.getResponseHeader;
  if (headers['retry-after'] === undefined && typeof getter === 'function') {
    try {
      const header: unknown = getter.call(value, 'Retry-After');
      if (typeof header === 'string') headers['retry-after'] = header;
    } catch {
      // Some XHR stand-ins throw for headers they do not expose.
    }
  }
  return headers;
};

/** Whatever `client.request` resolved or rejected with, as status + parsed body + headers. */
function answerOf(value: unknown, resolved: boolean): Answer {
  if (!isObject(value)) return { status: resolved ? 200 : 0, body: value, headers: {} };
  const status = typeof value.status === 'number' ? value.status : resolved ? 200 : 0;
  const complete = 'responseText' in value || 'responseJSON' in value;
  if (!complete) return { status: resolved ? 200 : status, body: value, headers: {} };
  const body =
    value.responseJSON !== undefined && value.responseJSON !== null ? value.responseJSON : parse(value.responseText);
  return { status, body, headers: headersOf(value) };
}

/** Seconds a 429 asks to wait: `Retry-After` in seconds or as a date, else the body's `retry_after`. */
export function retryAfterSeconds(
  answer: { headers: Record<string, string>; body: unknown },
  now = Date.now(),
): number {
  const header = (answer.headers['retry-after'] ?? '').trim();
  let seconds = Number.NaN;
  if (/^\d+(\.\d+)?$/.test(header)) seconds = Number(header);
  else if (header !== '') seconds = (Date.parse(header) - now) / 1000;
  else if (isObject(answer.body) && typeof answer.body.retry_after === 'number') seconds = answer.body.retry_after;
  if (!Number.isFinite(seconds) || seconds < 0) return DEFAULT_WAIT_SECONDS;
  return Math.min(Math.ceil(seconds), SETUP_MAX_WAIT_SECONDS);
}

/** Zendesk's 422 explanations: `details.<field>[].description`, else `description`. */
function validationDetails(body: unknown): string[] {
  if (!isObject(body)) return [];
  const details: string[] = [];
  if (isObject(body.details)) {
    for (const list of Object.values(body.details)) {
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        if (isObject(entry) && typeof entry.description === 'string' && entry.description.trim() !== '') {
          details.push(entry.description.trim());
        }
      }
    }
  }
  if (details.length === 0 && typeof body.description === 'string' && body.description.trim() !== '') {
    details.push(body.description.trim());
  }
  return details;
}

const failureOf = (answer: Answer): SetupFailure => {
  const { status } = answer;
  if (status <= 0) return { kind: 'network' };
  if (status === 401 || status === 403) return { kind: 'forbidden' };
  if (status === 422) return { kind: 'invalid', details: validationDetails(answer.body) };
  if (status === 429) return { kind: 'rateLimited', retryAfterSeconds: retryAfterSeconds(answer) };
  if (status >= 500) return { kind: 'server', status };
  return { kind: 'other', status };
};

async function once(
  client: Requester,
  options: ZafRequestOptions,
  timeoutMs: number,
): Promise<Answer | typeof TIMED_OUT> {
  const sent = client.request({ ...options, httpCompleteResponse: true }).then(
    (value) => answerOf(value, true),
    (reason: unknown) =>
      isRequestFailure(reason) || isObject(reason)
        ? answerOf(reason, false)
        : { status: 0, body: undefined, headers: {} },
  );
  return withTimeout(sent, timeoutMs);
}

type SendResult = { ok: true; body: unknown } | { ok: false; failure: SetupFailure };

/** One request, waiting out 429s as Zendesk asks, up to `maxAttempts` tries. Never rejects. */
async function send(client: Requester, options: ZafRequestOptions, policy: SetupRequestPolicy): Promise<SendResult> {
  const sleep = policy.sleep ?? defaultSleep;
  const maxAttempts = Math.max(1, policy.maxAttempts ?? SETUP_MAX_ATTEMPTS);
  for (let attempt = 1; ; attempt += 1) {
    const answer = await once(client, options, policy.timeoutMs ?? REQUEST_TIMEOUT_MS);
    if (answer === TIMED_OUT) return { ok: false, failure: { kind: 'timeout' } };
    if (answer.status >= 200 && answer.status < 300) return { ok: true, body: answer.body };
    const failure = failureOf(answer);
    if (failure.kind !== 'rateLimited' || attempt >= maxAttempts) return { ok: false, failure };
    policy.onWait?.({ seconds: failure.retryAfterSeconds, attempt: attempt + 1, maxAttempts });
    await sleep(failure.retryAfterSeconds * 1000);
  }
}

/** A next-page URL as a path on the account (Zendesk gives absolute URLs). */
const nextPath = (next: string): string | null => {
  try {
    const url = new URL(next, 'https://account.invalid');
    return url.pathname.startsWith('/api/v2/') ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
};

export type ListResult = { ok: true; rules: ExistingRule[] } | { ok: false; failure: SetupFailure };

/** Every view or trigger of the account, following Zendesk's pages (100 a page). */
export async function listRules(
  client: Requester,
  kind: SetupKind,
  policy: SetupRequestPolicy = {},
): Promise<ListResult> {
  const rules: ExistingRule[] = [];
  let path: string | null = `${pathOf(kind)}?per_page=100`;
  for (let page = 0; path !== null && page < MAX_PAGES; page += 1) {
    const result = await send(client, { url: path, type: 'GET', dataType: 'json' }, policy);
    if (!result.ok) return result;
    const read = readRulePage(kind, result.body);
    if (read === null) return { ok: false, failure: { kind: 'badResponse' } };
    rules.push(...read.rules);
    path = read.next === null ? null : nextPath(read.next);
  }
  return { ok: true, rules };
}

/** The account's views and triggers together. */
export async function listViewsAndTriggers(client: Requester, policy: SetupRequestPolicy = {}): Promise<ListResult> {
  const views = await listRules(client, 'view', policy);
  if (!views.ok) return views;
  const triggers = await listRules(client, 'trigger', policy);
  if (!triggers.ok) return triggers;
  return { ok: true, rules: [...views.rules, ...triggers.rules] };
}

/** The request that creates an item: `POST /api/v2/views` or `POST /api/v2/triggers`. */
export function createRequest(item: DesiredItem): ZafRequestOptions {
  const body = item.kind === 'view' ? viewRequestBody(item) : triggerRequestBody(item);
  return {
    url: pathOf(item.kind),
    type: 'POST',
    contentType: 'application/json',
    data: JSON.stringify(body),
    dataType: 'json',
  };
}

export type CreateResult = { ok: true; id: number | null } | { ok: false; failure: SetupFailure };

/** Creates one view or trigger. Never rejects. */
export async function createRule(
  client: Requester,
  item: DesiredItem,
  policy: SetupRequestPolicy = {},
): Promise<CreateResult> {
  const result = await send(client, createRequest(item), policy);
  if (!result.ok) return result;
  const record = isObject(result.body) ? result.body[item.kind] : undefined;
  const id = isObject(record) && typeof record.id === 'number' ? record.id : null;
  return { ok: true, id };
}
