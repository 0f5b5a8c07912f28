import { describe, expect, it, vi } from 'vitest';
import { createRequest, createRule, listRules, listViewsAndTriggers, retryAfterSeconds } from '../../../src/api/setup';
import type { ZafRequestOptions } from '../../../src/zaf/types';
import { createFakeClient } from '../../component/fakeClient';
import { itemsFor } from '../setup/factories';

const clientAnswering = (answer: (options: ZafRequestOptions) => Promise<unknown>) => {
  const request = vi.fn(answer);
  return { client: createFakeClient({ request }), request };
};

/** What `client.request` gives with `httpCompleteResponse: true`. */
const complete = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  responseText: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

const noWait = { sleep: vi.fn(async () => undefined) };

describe('listRules', () => {
  it('follows next_page as a path on the account until the last page', async () => {
    const { client, request } = clientAnswering(async (options) =>
      options.url.includes('page=2')
        ? complete(200, { views: [{ id: 2, title: 'B' }], next_page: null })
        : complete(200, {
            views: [{ id: 1, title: 'A' }],
            next_page: 'https://acme.zendesk.com/api/v2/views.json?page=2&per_page=100',
          }),
    );
    const result = await listRules(client, 'view', noWait);
    expect(result.ok && result.rules.map((rule) => rule.id)).toEqual([1, 2]);
    expect(request.mock.calls.map(([options]) => [options.type, options.url, options.httpCompleteResponse])).toEqual([
      ['GET', '/api/v2/views.json?per_page=100', true],
      ['GET', '/api/v2/views.json?page=2&per_page=100', true],
    ]);
  });

  it('maps a 403 (rejected as Zendesk does) to forbidden, without listing triggers', async () => {
    const { client, request } = clientAnswering(async () => {
      throw { status: 403, responseText: '{"error":"Forbidden"}', headers: {} };
    });
    await expect(listViewsAndTriggers(client, noWait)).resolves.toEqual({ ok: false, failure: { kind: 'forbidden' } });
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('calls a list it cannot read a bad response', async () => {
    const { client } = clientAnswering(async () => complete(200, { tickets: [] }));
    await expect(listRules(client, 'trigger', noWait)).resolves.toEqual({
      ok: false,
      failure: { kind: 'badResponse' },
    });
  });

  it('reports a connection failure', async () => {
    const { client } = clientAnswering(async () => {
      throw new Error('offline');
    });
    await expect(listRules(client, 'view', noWait)).resolves.toEqual({ ok: false, failure: { kind: 'network' } });
  });
});

describe('createRule', () => {
  const [view] = itemsFor();
  const trigger = itemsFor().at(-1);
  if (!view || !trigger) throw new Error('items');

  it('POSTs the Support API body and reads the new id', async () => {
    const { client, request } = clientAnswering(async () => complete(201, { view: { id: 360001 } }));
    await expect(createRule(client, view, noWait)).resolves.toEqual({ ok: true, id: 360001 });
    const [options] = request.mock.calls[0] ?? [];
    expect(options).toMatchObject({
      url: '/api/v2/views.json',
      type: 'POST',
      contentType: 'application/json',
      httpCompleteResponse: true,
    });
    expect(JSON.parse(String(options?.data))).toEqual(JSON.parse(String(createRequest(view).data)));
    expect(createRequest(trigger)).toMatchObject({ url: '/api/v2/triggers.json', type: 'POST' });
    expect(JSON.parse(String(createRequest(trigger).data)).trigger.actions).toEqual([
      { field: 'current_tags', value: 'trustpilot_replied' },
    ]);
  });

  it("gives Zendesk's 422 explanations", async () => {
    const { client } = clientAnswering(async () => {
      throw complete(422, {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { base: [{ description: 'Title: cannot be blank' }] },
      });
    });
    await expect(createRule(client, view, noWait)).resolves.toEqual({
      ok: false,
      failure: { kind: 'invalid', details: ['Title: cannot be blank'] },
    });
  });

  it('honours the whole Retry-After of a 429, then creates', async () => {
    let calls = 0;
    const { client, request } = clientAnswering(async () => {
      calls += 1;
      if (calls === 1) throw complete(429, { error: 'APIRateLimitExceeded' }, { 'Retry-After': '93' });
      return complete(201, { trigger: { id: 5 } });
    });
    const sleep = vi.fn(async () => undefined);
    const onWait = vi.fn();
    await expect(createRule(client, trigger, { sleep, onWait })).resolves.toEqual({ ok: true, id: 5 });
    expect(sleep).toHaveBeenCalledWith(93_000);
    expect(onWait).toHaveBeenCalledWith({ seconds: 93, attempt: 2, maxAttempts: 3 });
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('gives up after three 429s and says how long Zendesk asked to wait', async () => {
    const { client, request } = clientAnswering(async () => {
      throw complete(429, {}, { 'retry-after': '7' });
    });
    await expect(createRule(client, view, noWait)).resolves.toEqual({
      ok: false,
      failure: { kind: 'rateLimited', retryAfterSeconds: 7 },
    });
    expect(request).toHaveBeenCalledTimes(3);
  });

  it('treats a resolved answer with an error status as the failure it is', async () => {
    const { client } = clientAnswering(async () => complete(500, { error: 'InternalServerError' }));
    await expect(createRule(client, view, noWait)).resolves.toEqual({
      ok: false,
      failure: { kind: 'server', status: 500 },
    });
  });

  it('gives up when Zendesk does not answer in time', async () => {
    vi.useFakeTimers();
    try {
      const { client } = clientAnswering(() => new Promise(() => undefined));
      const pending = createRule(client, view, { ...noWait, timeoutMs: 1000 });
      await vi.advanceTimersByTimeAsync(1000);
      await expect(pending).resolves.toEqual({ ok: false, failure: { kind: 'timeout' } });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds, an HTTP date or the body, and caps absurd waits', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds({ headers: { 'retry-after': '12' }, body: null })).toBe(12);
    expect(retryAfterSeconds({ headers: { 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }, body: null }, now)).toBe(
      30,
    );
    expect(retryAfterSeconds({ headers: {}, body: { retry_after: 4 } })).toBe(4);
    expect(retryAfterSeconds({ headers: {}, body: null })).toBe(2);
    expect(retryAfterSeconds({ headers: { 'retry-after': '86400' }, body: null })).toBe(300);
  });
});
