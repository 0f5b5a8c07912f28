import { describe, expect, it, vi } from 'vitest';
import { createTrustpilotGateway } from '../../../src/api/trustpilot';
import type { ZafClient, ZafRequestOptions } from '../../../src/zaf/types';
import { makeTrustpilotReview } from '../../factories';
import { apiBody, LOST_PARCEL, REVIEW_ID } from './fixtures';

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

/** A client whose `request` answers from a queue, like Zendesk with `httpCompleteResponse`. */
function clientAnswering(...answers: Answer[]) {
  const requests: ZafRequestOptions[] = [];
  const request = vi.fn((options: ZafRequestOptions): Promise<unknown> => {
    requests.push(options);
    const answer = answers.shift() ?? { status: 500 };
    if (answer === 'hang') return new Promise(() => undefined);
    const response = {
      status: answer.status,
      headers: answer.headers ?? {},
      responseText: JSON.stringify(answer.body ?? {}),
    };
    return answer.status < 400 ? Promise.resolve(response) : Promise.reject(response);
  });
  const client = { request } as unknown as ZafClient;
  return { client, requests };
}

const noSleep = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

describe('Trustpilot gateway', () => {
  it('asks through Zendesk with the secure key placeholder and reads the review', async () => {
    const { client, requests } = clientAnswering({ status: 200, body: apiBody() });
    const result = await createTrustpilotGateway(client).review(REVIEW_ID);
    expect(result).toEqual({ ok: true, value: makeTrustpilotReview(LOST_PARCEL) });
    expect(requests).toEqual([
      {
        url: `https://api.trustpilot.com/v1/reviews/${REVIEW_ID}`,
        type: 'GET',
        dataType: 'json',
        secure: true,
        headers: { apikey: '{{setting.trustpilotApiKey}}' },
        httpCompleteResponse: true,
        autoRetry: false,
      },
    ]);
  });

  it.each([
    [401, { kind: 'unauthorized', status: 401 }],
    [403, { kind: 'unauthorized', status: 403 }],
    [404, { kind: 'notFound' }],
    [503, { kind: 'server', status: 503 }],
  ])('tells HTTP %i apart', async (status, failure) => {
    const { client } = clientAnswering({ status });
    expect(await createTrustpilotGateway(client).review(REVIEW_ID)).toEqual({ ok: false, failure });
  });

  it('waits out a short Retry-After once and then reads the review', async () => {
    const { client, requests } = clientAnswering(
      { status: 429, headers: { 'Retry-After': '3' } },
      { status: 200, body: apiBody() },
    );
    const { waits, sleep } = noSleep();
    let clock = 0;
    const gateway = createTrustpilotGateway(client, {
      sleep: async (ms) => {
        clock += ms;
        await sleep(ms);
      },
      now: () => clock,
    });
    const result = await gateway.review(REVIEW_ID);
    expect(result.ok).toBe(true);
    expect(waits).toEqual([3_000]);
    expect(requests).toHaveLength(2);
  });

  it('does not call again inside a long Retry-After pause', async () => {
    const { client, requests } = clientAnswering({ status: 429, headers: { 'retry-after': '120' } });
    const clock = 5_000;
    const gateway = createTrustpilotGateway(client, { sleep: noSleep().sleep, now: () => clock });
    expect(await gateway.review(REVIEW_ID)).toEqual({
      ok: false,
      failure: { kind: 'rateLimited', retryAfterMs: 120_000 },
    });
    expect(await gateway.review(REVIEW_ID)).toEqual({
      ok: false,
      failure: { kind: 'rateLimited', retryAfterMs: 120_000 },
    });
    expect(requests).toHaveLength(1);
  });

  it('keeps within the budget: the call over the limit is not made', async () => {
    const { client, requests } = clientAnswering({ status: 200, body: apiBody() }, { status: 200, body: apiBody() });
    const gateway = createTrustpilotGateway(client, { limit: 1, now: () => 1_000, sleep: noSleep().sleep });
    expect((await gateway.review(REVIEW_ID)).ok).toBe(true);
    expect(await gateway.review(REVIEW_ID)).toEqual({
      ok: false,
      failure: { kind: 'rateLimited', retryAfterMs: 300_000 },
    });
    expect(requests).toHaveLength(1);
  });

  it('gives up after the timeout', async () => {
    vi.useFakeTimers();
    try {
      const { client } = clientAnswering('hang');
      const pending = createTrustpilotGateway(client).review(REVIEW_ID, { timeoutMs: 1_000 });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await pending).toEqual({ ok: false, failure: { kind: 'timeout' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it("reads a reviewer's other reviews", async () => {
    const { client, requests } = clientAnswering({
      status: 200,
      body: { reviews: [{ id: 'x1', stars: 4, title: 'Nice', businessUnit: { displayName: 'Shop' } }] },
    });
    const result = await createTrustpilotGateway(client).consumerReviews('c0ffee');
    expect(result).toEqual({
      ok: true,
      value: [{ id: 'x1', stars: 4, title: 'Nice', createdAt: null, businessUnitName: 'Shop', answered: false }],
    });
    expect(requests[0]?.url).toBe(
      'https://api.trustpilot.com/v1/consumers/c0ffee/reviews?perPage=20&orderBy=createdat.desc',
    );
  });
});
