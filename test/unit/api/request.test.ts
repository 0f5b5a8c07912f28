import { describe, expect, it, vi } from 'vitest';
import { getJson } from '../../../src/api/request';
import { fetchPublicReplies } from '../../../src/api/comments';
import type { ZafRequestOptions } from '../../../src/zaf/types';
import { createFakeClient } from '../../component/fakeClient';

const clientAnswering = (answer: (options: ZafRequestOptions) => Promise<unknown>) => {
  const request = vi.fn(answer);
  return { client: createFakeClient({ request }), request };
};

describe('getJson', () => {
  it('parses a body Zendesk hands over as text', async () => {
    const { client } = clientAnswering(async () => '{"count":1}');
    await expect(getJson(client, '/api/v2/search.json')).resolves.toEqual({ ok: true, body: { count: 1 } });
  });

  it('calls a body that is not JSON invalid', async () => {
    const { client } = clientAnswering(async () => '<html>maintenance</html>');
    await expect(getJson(client, '/api/v2/search.json')).resolves.toEqual({ ok: false, failure: { kind: 'invalid' } });
  });

  it('waits out a 429 for Retry-After, then answers', async () => {
    let calls = 0;
    const { client, request } = clientAnswering(async () => {
      calls += 1;
      if (calls === 1) throw { status: 429, headers: { 'retry-after': '3' } };
      return { ok: 'yes' };
    });
    const sleep = vi.fn(async () => undefined);
    const onRetry = vi.fn();
    await expect(getJson(client, '/p', { sleep, onRetry, now: () => 0 })).resolves.toEqual({
      ok: true,
      body: { ok: 'yes' },
    });
    expect(sleep).toHaveBeenCalledWith(3000);
    expect(onRetry).toHaveBeenCalledWith({ attempt: 2, maxAttempts: 3, waitMs: 3000, retryAt: 3000 });
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('asks Zendesk for the complete response and runs its own retry loop', async () => {
    const { client, request } = clientAnswering(async () => ({
      status: 200,
      headers: {},
      responseText: '{"count":2}',
    }));
    await expect(getJson(client, '/api/v2/search.json')).resolves.toEqual({ ok: true, body: { count: 2 } });
    expect(request).toHaveBeenCalledWith({
      url: '/api/v2/search.json',
      type: 'GET',
      dataType: 'json',
      httpCompleteResponse: true,
      autoRetry: false,
    });
  });

  it('honours the whole Retry-After of a complete 429 response, however long', async () => {
    let calls = 0;
    const { client } = clientAnswering(async () => {
      calls += 1;
      if (calls === 1)
        throw { status: 429, statusText: 'Too Many Requests', headers: { 'retry-after': '93' }, responseText: '{}' };
      return { status: 200, headers: {}, responseJSON: { ok: true } };
    });
    const sleep = vi.fn(async () => undefined);
    const onRetry = vi.fn();
    await expect(getJson(client, '/p', { sleep, onRetry, now: () => 5_000 })).resolves.toEqual({
      ok: true,
      body: { ok: true },
    });
    expect(sleep).toHaveBeenCalledWith(93_000);
    expect(onRetry).toHaveBeenCalledWith({ attempt: 2, maxAttempts: 3, waitMs: 93_000, retryAt: 98_000 });
  });

  it('reads a failure that arrives as a resolved complete response', async () => {
    const { client } = clientAnswering(async () => ({
      status: 403,
      headers: {},
      responseText: '{"error":"Forbidden"}',
    }));
    await expect(getJson(client, '/p')).resolves.toEqual({ ok: false, failure: { kind: 'forbidden', status: 403 } });
  });

  it('gives up when Zendesk does not answer in time', async () => {
    vi.useFakeTimers();
    try {
      const { client } = clientAnswering(() => new Promise(() => undefined));
      const result = getJson(client, '/p', { timeoutMs: 1000 });
      await vi.advanceTimersByTimeAsync(1000);
      await expect(result).resolves.toEqual({ ok: false, failure: { kind: 'timeout' } });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('fetchPublicReplies through getJson', () => {
  it('reports a timeout instead of waiting for ever', async () => {
    vi.useFakeTimers();
    try {
      const { client } = clientAnswering(() => new Promise(() => undefined));
      const result = fetchPublicReplies(client, 501, 9, { timeoutMs: 500 });
      await vi.advanceTimersByTimeAsync(500);
      await expect(result).resolves.toEqual({ ok: false, failure: { kind: 'timeout' } });
    } finally {
      vi.useRealTimers();
    }
  });
});
