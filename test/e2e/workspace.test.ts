import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, probeId, rawRequest } from './support/rawProtocol';
import { openFixture, startSession, waitForQuiet, type E2eSession } from './support/session';

// The imitation itself, spoken to with raw protocol messages from the app's origin: if it
// answered differently from Zendesk, every other e2e test would prove nothing.

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

interface XhrLike {
  status: number;
  responseJSON: { error?: string };
  headers: Record<string, string>;
}

describe('the agent workspace imitation', () => {
  it('answers a batched get from the ticket fixture, with an error for a path Zendesk does not have', async () => {
    const ticket = await openFixture(session, 'negative-en');
    try {
      const reply = await ask(ticket.frame, {
        id: probeId(),
        request: 'get',
        params: ['ticket.subject', 'ticket.requester.name', 'currentUser.role', 'comment.type', 'ticket.nonsense'],
      });
      expect(reply.result).toMatchObject({
        'ticket.subject': 'Parcel lost and nobody answers my emails',
        'ticket.requester.name': 'Sarah Mitchell',
        'currentUser.role': 'agent',
        'comment.type': 'publicReply',
      });
      expect(reply.result?.errors?.['ticket.nonsense']?.message).toBe('"ticket.nonsense" is not a valid path');
      expect(reply.result).not.toHaveProperty('ticket.nonsense');
    } finally {
      await ticket.close();
    }
  });

  it('gives the draft as the rich-text editor does and applies set and invoke to the editor and tags', async () => {
    const ticket = await openFixture(session, 'negative-en');
    try {
      await ticket.page.getByLabel('Reply editor').fill('Hi Sarah,\n\nSorry <3 & thanks');
      const text = await ask(ticket.frame, { id: probeId(), request: 'get', params: ['comment.text'] });
      expect(text.result?.['comment.text']).toBe('<p>Hi Sarah,</p><p>Sorry &lt;3 &amp; thanks</p>');

      await ask(ticket.frame, {
        id: probeId(),
        request: 'set',
        params: { 'comment.text': '<p>Dear Sarah,</p><p>We are sorry.<br>Truly.</p>' },
      });
      await ask(ticket.frame, { id: probeId(), request: 'invoke', params: { 'comment.appendText': [' Really'] } });
      await ask(ticket.frame, {
        id: probeId(),
        request: 'invoke',
        params: { 'comment.appendHtml': ['<p>Kind regards,<br>Alex</p>'] },
      });
      await ask(ticket.frame, { id: probeId(), request: 'set', params: { 'comment.type': 'internalNote' } });
      await ask(ticket.frame, {
        id: probeId(),
        request: 'invoke',
        params: { 'ticket.tags.add': [['trustpilot_replied']] },
      });
      const state = await ticket.state();
      expect(state.commentText).toBe('Dear Sarah,\n\nWe are sorry.\nTruly. Really\n\nKind regards,\nAlex');
      expect(state.commentHtml).toBe(
        '<p>Dear Sarah,</p><p>We are sorry.<br>Truly. Really</p><p>Kind regards,<br>Alex</p>',
      );
      expect(state.commentType).toBe('internalNote');
      expect(state.tags).toEqual(['trustpilot', 'rating_1', 'trustpilot_negative', 'trustpilot_replied']);
      await expect(ticket.page.getByLabel('Internal note').isChecked()).resolves.toBe(true);

      const bad = await ask(ticket.frame, { id: probeId(), request: 'set', params: { 'comment.type': 'shout' } });
      expect(bad.result?.errors?.['comment.type']?.name).toBe('InvalidValueError');
      const unknown = await ask(ticket.frame, { id: probeId(), request: 'invoke', params: { 'ticket.explode': [] } });
      expect(unknown.result?.errors?.['ticket.explode']?.message).toBe('"ticket.explode" is not a valid action');
    } finally {
      await ticket.close();
    }
  });

  it('serves the search API page by page for the requester', async () => {
    const ticket = await openFixture(session, 'long-history-en', { params: { restDelay: '0' } });
    try {
      const query = encodeURIComponent('type:ticket requester:5013');
      const first = await rawRequest(ticket.frame, {
        url: `/api/v2/search.json?query=${query}&sort_by=created_at&sort_order=desc`,
      });
      expect(first.outcome).toBe('done');
      const body = first.responseArgs[0] as {
        results: { id: number; created_at: string }[];
        count: number;
        next_page: string | null;
      };
      expect(body.count).toBe(251);
      expect(body.results).toHaveLength(100);
      expect(body.results[0]?.id).toBe(48333);
      expect(Date.parse(body.results[0]?.created_at ?? '')).toBeGreaterThan(
        Date.parse(body.results[99]?.created_at ?? ''),
      );
      expect(body.next_page).toMatch(/^https:\/\/nordlyshome\.zendesk\.com\/api\/v2\/search\.json\?.*page=2/);

      const last = await rawRequest(ticket.frame, { url: (body.next_page ?? '').replace('page=2', 'page=3') });
      const lastBody = last.responseArgs[0] as { results: unknown[]; next_page: string | null };
      expect(lastBody.results).toHaveLength(51);
      expect(lastBody.next_page).toBeNull();
    } finally {
      await ticket.close();
    }
  });

  it("fails requests with Zendesk's 403, 429 with Retry-After, 500 and 404 answers", async () => {
    const ticket = await openFixture(session, 'negative-en', { params: { restDelay: '0' } });
    try {
      const search = { url: '/api/v2/search.json?query=type%3Aticket%20requester_id%3A5001' };
      // The app's own start-up searches must not take the faults meant for these requests.
      await waitForQuiet(ticket.page);
      await ticket.page.evaluate(() => {
        window.workspace.failNext('search', 429, { retryAfter: 7 });
        window.workspace.failNext('search', 429, { retryAfter: 7 });
        window.workspace.failNext('search', 403);
        window.workspace.failNext('search', 500);
      });
      // As in Zendesk: status and headers only with httpCompleteResponse; a plain rejection is a
      // postMessage copy without them. autoRetry: false keeps the host from retrying the 429.
      const limited = await rawRequest(ticket.frame, { ...search, httpCompleteResponse: true, autoRetry: false });
      expect(limited.outcome).toBe('fail');
      expect(limited.responseArgs[0]).toMatchObject({
        status: 429,
        headers: { 'retry-after': '7' },
        responseJSON: { error: 'APIRateLimitExceeded' },
      });
      const plain = await rawRequest(ticket.frame, { ...search, autoRetry: false });
      expect(plain.responseArgs[0]).toMatchObject({ status: 429 });
      expect(plain.responseArgs[0]).not.toHaveProperty('headers');
      const forbidden = (await rawRequest(ticket.frame, search)).responseArgs[0] as XhrLike;
      expect(forbidden.status).toBe(403);
      const broken = (await rawRequest(ticket.frame, search)).responseArgs[0] as XhrLike;
      expect(broken.status).toBe(500);
      const recovered = await rawRequest(ticket.frame, search);
      expect(recovered.outcome).toBe('done');

      const missing = await rawRequest(ticket.frame, { url: '/api/v2/made_up.json' });
      expect(missing.outcome).toBe('fail');
      expect(missing.responseArgs[0]).toMatchObject({ status: 404, responseJSON: { error: 'InvalidEndpoint' } });
    } finally {
      await ticket.close();
    }
  });

  it('serves the ticket comments with the public flag and dates ZAF leaves out', async () => {
    const ticket = await openFixture(session, 'already-answered-en', { params: { restDelay: '0' } });
    try {
      const reply = await rawRequest(ticket.frame, { url: '/api/v2/tickets/48150/comments.json' });
      const { comments } = reply.responseArgs[0] as {
        comments: { author_id: number; public: boolean; created_at: string }[];
      };
      expect(comments.map((c) => [c.author_id, c.public])).toEqual([
        [5011, true],
        [9006, true],
        [9006, false],
      ]);
      expect(Number.isNaN(Date.parse(comments[1]?.created_at ?? ''))).toBe(false);
    } finally {
      await ticket.close();
    }
  });

  it('lets an admin update the installation settings and refuses an agent with 403', async () => {
    const agent = await openFixture(session, 'negative-en', { params: { restDelay: '0' } });
    const admin = await openFixture(session, 'negative-en', { role: 'admin', params: { restDelay: '0' } });
    try {
      const update = {
        url: '/api/v2/apps/installations/4207731.json',
        type: 'PUT',
        contentType: 'application/json',
        data: JSON.stringify({ settings: { companyName: 'Nordlys' } }),
      };
      const refused = await rawRequest(agent.frame, update);
      expect(refused.responseArgs[0]).toMatchObject({ status: 403, responseJSON: { error: 'Forbidden' } });
      const saved = await rawRequest(admin.frame, update);
      expect(saved.outcome).toBe('done');
      expect(saved.responseArgs[0]).toMatchObject({ id: 4207731, settings: { companyName: 'Nordlys' } });
      expect((await admin.state()).settings.companyName).toBe('Nordlys');
    } finally {
      await agent.close();
      await admin.close();
    }
  });
});
