import { describe, expect, it, vi } from 'vitest';
import {
  classifyFailure,
  fetchSearchPage,
  nextPagePath,
  requesterSearchPath,
  retryAfterMs,
  searchRequesterTickets,
} from '../../../src/api/search';
import type { ZafClient, ZafRequestOptions } from '../../../src/zaf/types';

const page = {
  results: [{ id: 5, subject: 'Hi', status: 'open', created_at: '2025-01-01T00:00:00Z' }],
  next_page: null,
  count: 1,
};

/** A client whose `request` answers from a queue: a value resolves, a function's result rejects. */
function queueClient(answers: Array<{ resolve: unknown } | { reject: unknown } | 'hang'>) {
  const requests: ZafRequestOptions[] = [];
  const request = vi.fn((options: ZafRequestOptions): Promise<unknown> => {
    requests.push(options);
    const next = answers.shift();
    if (next === undefined) return Promise.reject({ status: 500 });
    if (next === 'hang') return new Promise(() => undefined);
    return 'resolve' in next ? Promise.resolve(next.resolve) : Promise.reject(next.reject);
  });
  const client = { request } as unknown as ZafClient;
  return { client, requests };
}

const tooMany = (headers: Record<string, string> = {}) => ({
  reject: { status: 429, statusText: 'Too Many Requests', getResponseHeader: (name: string) => headers[name] ?? null },
});

describe('requesterSearchPath', () => {
  it('asks for the requester’s tickets, newest first', () => {
    const url = new URL(requesterSearchPath(77, 50), 'https://x.test');
    expect(url.pathname).toBe('/api/v2/search.json');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: 'type:ticket requester:77',
      sort_by: 'created_at',
      sort_order: 'desc',
      per_page: '50',
    });
  });

  it('keeps the page size within what Zendesk allows', () => {
    expect(requesterSearchPath(1, 500)).toContain('per_page=100');
    expect(requesterSearchPath(1, 0)).toContain('per_page=1');
  });
});

describe('nextPagePath', () => {
  it('follows Zendesk’s next_page as a path on the same account', () => {
    expect(nextPagePath('https://acme.zendesk.com/api/v2/search.json?page=2&query=x')).toBe(
      '/api/v2/search.json?page=2&query=x',
    );
  });

  it.each(['https://evil.example/steal', 'javascript:alert(1)', '/api/v2/users/me.json'])('refuses %s', (link) => {
    expect(nextPagePath(link)).toBeNull();
  });
});

describe('retryAfterMs', () => {
  it('reads seconds, a date, a lower-case header object or the body', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs({ status: 429, getResponseHeader: () => '7' })).toBe(7000);
    expect(retryAfterMs({ status: 429, getResponseHeader: () => 'Wed, 01 Jan 2025 00:00:04 GMT' }, now)).toBe(4000);
    expect(retryAfterMs({ status: 429, headers: { 'retry-after': '3' } })).toBe(3000);
    expect(retryAfterMs({ status: 429, responseJSON: { retry_after: 1.5 } })).toBe(1500);
  });

  it('waits 10 s when nothing says how long, and the whole wait however long it is', () => {
    expect(retryAfterMs({ status: 429 })).toBe(10_000);
    expect(retryAfterMs({ status: 429, getResponseHeader: () => 'soon' })).toBe(10_000);
    expect(
      retryAfterMs({
        status: 429,
        getResponseHeader: () => {
          throw new Error('refused');
        },
      }),
    ).toBe(10_000);
    expect(retryAfterMs({ status: 429, headers: { 'Retry-After': '93' } })).toBe(93_000);
    expect(retryAfterMs({ status: 429, getResponseHeader: () => '3600' })).toBe(3_600_000);
  });
});

describe('classifyFailure', () => {
  it.each([
    [{ status: 429 }, { kind: 'rateLimited', status: 429, retryAt: 1_000_000 + 10_000 }],
    [
      { status: 429, headers: { 'retry-after': '93' } },
      { kind: 'rateLimited', status: 429, retryAt: 1_000_000 + 93_000 },
    ],
    [{ status: 503 }, { kind: 'server', status: 503 }],
    [{ status: 403 }, { kind: 'forbidden', status: 403 }],
    [{ status: 422 }, { kind: 'other', status: 422 }],
    [{ status: 0 }, { kind: 'network' }],
    [new Error('offline'), { kind: 'network' }],
    ['boom', { kind: 'network' }],
  ])('%j → %j', (reason, failure) => {
    expect(classifyFailure(reason, 1_000_000)).toEqual(failure);
  });
});

describe('fetchSearchPage', () => {
  it('makes one GET and reads the page', async () => {
    const { client, requests } = queueClient([{ resolve: page }]);
    const result = await searchRequesterTickets(client, 77, 50);
    expect(requests).toEqual([
      { url: requesterSearchPath(77, 50), type: 'GET', dataType: 'json', httpCompleteResponse: true, autoRetry: false },
    ]);
    expect(result).toMatchObject({ ok: true, page: { tickets: [{ id: 5 }], nextPage: null, count: 1 } });
  });

  it('reads a body that arrives as JSON text', async () => {
    const { client } = queueClient([{ resolve: JSON.stringify(page) }]);
    expect(await fetchSearchPage(client, '/api/v2/search.json')).toMatchObject({ ok: true });
  });

  it('reports a body that is not a search page', async () => {
    const { client } = queueClient([{ resolve: '<html>' }]);
    expect(await fetchSearchPage(client, '/api/v2/search.json')).toEqual({ ok: false, failure: { kind: 'invalid' } });
  });

  it('waits out 429 as Retry-After asks, tells about each retry, then succeeds', async () => {
    const { client, requests } = queueClient([tooMany({ 'Retry-After': '5' }), tooMany(), { resolve: page }]);
    const sleep = vi.fn(async () => undefined);
    const onRetry = vi.fn();
    const now = () => 1_000_000;
    const result = await fetchSearchPage(client, '/api/v2/search.json', { sleep, onRetry, now });
    expect(result.ok).toBe(true);
    expect(requests).toHaveLength(3);
    expect(sleep.mock.calls).toEqual([[5000], [10_000]]);
    expect(onRetry.mock.calls).toEqual([
      [{ attempt: 2, maxAttempts: 3, waitMs: 5000, retryAt: 1_005_000 }],
      [{ attempt: 3, maxAttempts: 3, waitMs: 10_000, retryAt: 1_010_000 }],
    ]);
  });

  it('gives up after three tries of 429', async () => {
    const { client, requests } = queueClient([tooMany(), tooMany(), tooMany(), { resolve: page }]);
    const sleep = vi.fn(async () => undefined);
    const result = await fetchSearchPage(client, '/api/v2/search.json', { sleep, now: () => 0 });
    expect(result).toEqual({ ok: false, failure: { kind: 'rateLimited', status: 429, retryAt: 10_000 } });
    expect(requests).toHaveLength(3);
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('does not retry a server error by itself', async () => {
    const { client, requests } = queueClient([
      { reject: { status: 502, statusText: 'Bad Gateway' } },
      { resolve: page },
    ]);
    const sleep = vi.fn(async () => undefined);
    expect(await fetchSearchPage(client, '/api/v2/search.json', { sleep })).toEqual({
      ok: false,
      failure: { kind: 'server', status: 502 },
    });
    expect(requests).toHaveLength(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('gives up on a request that never answers', async () => {
    vi.useFakeTimers();
    try {
      const { client } = queueClient(['hang']);
      const pending = fetchSearchPage(client, '/api/v2/search.json', { timeoutMs: 1000 });
      await vi.advanceTimersByTimeAsync(1000);
      expect(await pending).toEqual({ ok: false, failure: { kind: 'timeout' } });
    } finally {
      vi.useRealTimers();
    }
  });
});
