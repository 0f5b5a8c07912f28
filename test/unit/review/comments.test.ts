import { describe, expect, it } from 'vitest';
import { commentsPath, fetchPublicReplies, nextCommentsPath } from '../../../src/api/comments';
import type { ZafRequestOptions } from '../../../src/zaf/types';
import { createFakeClient } from '../../component/fakeClient';

const REVIEW = { id: 1, author_id: 10, public: true, created_at: '2025-05-01T08:00:00Z', plain_body: 'Rating: 2/5 …' };
const USERS = [
  { id: 10, role: 'end-user' },
  { id: 99, role: 'agent' },
];

const noWait = { sleep: async () => undefined };

describe('fetchPublicReplies', () => {
  it('asks for the comments with their authors and finds no reply on a fresh review', async () => {
    const client = createFakeClient({ request: () => ({ comments: [REVIEW], users: USERS, next_page: null }) });
    expect(await fetchPublicReplies(client, 1001, 10)).toEqual({
      ok: true,
      value: { answered: false, count: 0, lastReplyAt: null },
    });
    expect(client.callsOf('request')).toEqual([
      [
        {
          url: '/api/v2/tickets/1001/comments.json?include=users&per_page=100',
          type: 'GET',
          dataType: 'json',
          httpCompleteResponse: true,
          autoRetry: false,
        },
      ],
    ]);
  });

  it('counts public agent replies only, not internal notes or the reviewer', async () => {
    const comments = [
      REVIEW,
      { id: 2, author_id: 99, public: false, created_at: '2025-05-01T09:00:00Z' },
      { id: 3, author_id: 10, public: true, created_at: '2025-05-01T10:00:00Z' },
      { id: 4, author_id: 99, public: true, created_at: '2025-05-01T11:00:00Z' },
    ];
    const client = createFakeClient({ request: () => ({ comments, users: USERS, next_page: null }) });
    const result = await fetchPublicReplies(client, 1001, 10);
    expect(result).toEqual({
      ok: true,
      value: { answered: true, count: 1, lastReplyAt: new Date('2025-05-01T11:00:00Z') },
    });
  });

  it('tells agents by not being the reviewer when Zendesk sends no roles', async () => {
    const comments = [REVIEW, { id: 4, author_id: 55, public: true, created_at: '2025-05-02T11:00:00Z' }];
    const client = createFakeClient({ request: () => ({ comments, next_page: null }) });
    expect(await fetchPublicReplies(client, 1001, 10)).toMatchObject({ ok: true, value: { answered: true, count: 1 } });
  });

  it('reads the next pages of this ticket only', async () => {
    const pages: Record<string, unknown> = {
      [commentsPath(1001)]: {
        comments: [REVIEW],
        users: USERS,
        next_page: 'https://acme.zendesk.com/api/v2/tickets/1001/comments.json?page=2',
      },
      '/api/v2/tickets/1001/comments.json?page=2': {
        comments: [{ id: 5, author_id: 99, public: true, created_at: '2025-05-03T08:00:00Z' }],
        users: USERS,
        next_page: 'https://acme.zendesk.com/api/v2/users.json?page=3',
      },
    };
    const client = createFakeClient({ request: (options: ZafRequestOptions) => pages[options.url] });
    expect(await fetchPublicReplies(client, 1001, 10)).toMatchObject({ ok: true, value: { answered: true, count: 1 } });
    expect(client.callsOf('request').map(([options]) => (options as ZafRequestOptions).url)).toEqual([
      commentsPath(1001),
      '/api/v2/tickets/1001/comments.json?page=2',
    ]);
  });

  it('waits out a 429 and tries again, a bounded number of times', async () => {
    let calls = 0;
    const client = createFakeClient({
      request: () => {
        calls += 1;
        if (calls === 1) throw { status: 429, headers: { 'Retry-After': '1' } };
        return { comments: [REVIEW], users: USERS, next_page: null };
      },
    });
    const waits: number[] = [];
    const result = await fetchPublicReplies(client, 1001, 10, { sleep: async (ms) => void waits.push(ms) });
    expect(result).toMatchObject({ ok: true });
    expect(waits).toEqual([1000]);

    const always = createFakeClient({ request: () => Promise.reject({ status: 429 }) });
    expect(await fetchPublicReplies(always, 1001, 10, noWait)).toMatchObject({
      ok: false,
      failure: { kind: 'rateLimited', status: 429 },
    });
    expect(always.callsOf('request')).toHaveLength(3);
  });

  it.each([
    [{ status: 403 }, { kind: 'forbidden', status: 403 }],
    [{ status: 404 }, { kind: 'other', status: 404 }],
    [{ status: 503 }, { kind: 'server', status: 503 }],
    [new Error('offline'), { kind: 'network' }],
  ])('answers a typed failure for %o, without throwing', async (rejection, failure) => {
    const client = createFakeClient({ request: () => Promise.reject(rejection) });
    expect(await fetchPublicReplies(client, 1001, 10, noWait)).toEqual({ ok: false, failure });
  });

  it('answers "invalid" for a body that is not a comments page', async () => {
    const client = createFakeClient({ request: () => '<html>oops</html>' });
    expect(await fetchPublicReplies(client, 1001, 10)).toEqual({ ok: false, failure: { kind: 'invalid' } });
  });
});

describe('nextCommentsPath', () => {
  it('follows only the same ticket’s comments endpoint', () => {
    expect(nextCommentsPath('https://x.zendesk.com/api/v2/tickets/7/comments.json?page=2', 7)).toBe(
      '/api/v2/tickets/7/comments.json?page=2',
    );
    expect(nextCommentsPath('https://x.zendesk.com/api/v2/tickets/8/comments.json?page=2', 7)).toBeNull();
    expect(nextCommentsPath('javascript:alert(1)', 7)).toBeNull();
  });
});
