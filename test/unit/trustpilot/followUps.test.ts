import { describe, expect, it } from 'vitest';
import type { TrustpilotGateway, TrustpilotResult } from '../../../src/api/trustpilot';
import type { TrustpilotReview } from '../../../src/domain/trustpilot/types';
import { FOLLOW_EVENT } from '../../../src/features/publication/events';
import { startFollowUps } from '../../../src/features/publication/followUps';
import type { ZafRequestOptions } from '../../../src/zaf/types';
import { createZendesk } from '../../../src/zaf/port';
import { createFakeClient } from '../../component/fakeClient';
import { makeTrustpilotReview } from '../../factories';
import { REVIEW_ID } from './fixtures';

const SENT_AT = Date.parse('2026-01-01T14:00:00Z');
const AGENT = 9001;
const REPLY = 'Hi Sarah,\n\nSorry about the parcel.\n\nAlex';

/** A background frame with a fake clock: timers run when the test advances time. */
function setUp(answers: TrustpilotResult<TrustpilotReview>[]) {
  let clock = SENT_AT;
  const timers: { at: number; run: () => void }[] = [];
  const looks: number[] = [];
  const client = createFakeClient({
    request: async (options: ZafRequestOptions) => {
      if (options.type === 'PUT') return { ticket: {} };
      return {
        comments: [
          { id: 1, public: true, author_id: 5001, plain_body: 'The review', created_at: '2025-06-02T09:12:00Z' },
          { id: 2, public: true, author_id: AGENT, plain_body: REPLY, created_at: new Date(SENT_AT).toISOString() },
        ],
      };
    },
  });
  const gateway: TrustpilotGateway = {
    review: async () => {
      looks.push(clock - SENT_AT);
      return answers.shift() ?? { ok: false, failure: { kind: 'server', status: 503 } };
    },
    consumerReviews: async () => ({ ok: true, value: [] }),
  };
  startFollowUps(createZendesk(client), {
    gateway,
    agentId: AGENT,
    t: (key, params) => `${key} ${JSON.stringify(params ?? {})}`,
    formatTime: (date) => date.toISOString().slice(11, 16),
    now: () => clock,
    setTimer: (run, ms) => void timers.push({ at: clock + ms, run }),
  });
  const advanceTo = async (ms: number) => {
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > SENT_AT + ms) break;
      timers.shift();
      clock = next.at;
      next.run();
      for (let i = 0; i < 20; i += 1) await Promise.resolve();
    }
    clock = SENT_AT + ms;
  };
  const follow = async () => {
    client.emit(FOLLOW_EVENT, { ticketId: 48213, reviewId: REVIEW_ID, submittedAt: SENT_AT });
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
  };
  const puts = () =>
    client
      .callsOf('request')
      .map(([options]) => options as ZafRequestOptions)
      .filter((o) => o.type === 'PUT');
  return { client, follow, advanceTo, looks, puts };
}

/** The body of a ticket update the follow-up sends. */
type TicketPut = { ticket: { additional_tags?: string[]; comment?: { body: string } } };

const noReply = { ok: true, value: makeTrustpilotReview() } as const;
const replied = (text: string) =>
  ({
    ok: true,
    value: makeTrustpilotReview({ companyReply: { text, createdAt: new Date(SENT_AT + 90_000) } }),
  }) as const;

describe('the background follow-up of a sent reply', () => {
  it('looks with backoff until the reply appears, then tags the ticket and adds an internal note', async () => {
    const { follow, advanceTo, looks, puts, client } = setUp([
      noReply,
      noReply,
      replied('<p>Hi Sarah,</p><p>Sorry about the parcel.</p><p>Alex</p>'),
    ]);
    await follow();
    await advanceTo(10 * 60_000);
    expect(looks).toEqual([30_000, 60_000, 120_000]);
    expect(puts()).toEqual([
      expect.objectContaining({
        url: '/api/v2/tickets/48213.json',
        data: JSON.stringify({
          ticket: {
            comment: { body: 'trustpilot.notePublished {"time":"14:02","text":""}', public: false },
            additional_tags: ['trustpilot_reply_published'],
          },
        }),
      }),
    ]);
    expect(client.callsOf('invoke')).toEqual([]);
  });

  it('notifies the agent and records the reply as missing after the last look at 10 minutes', async () => {
    const { follow, advanceTo, looks, puts, client } = setUp([noReply, noReply, noReply, noReply, noReply]);
    await follow();
    await advanceTo(11 * 60_000);
    expect(looks).toEqual([30_000, 60_000, 120_000, 300_000, 600_000]);
    expect(client.callsOf('invoke')).toEqual([['notify', 'trustpilot.notifyMissing {"ticketId":48213}', 'error']]);
    expect((JSON.parse(String(puts()[0]?.data)) as TicketPut).ticket.additional_tags).toEqual([
      'trustpilot_reply_missing',
    ]);
  });

  it('reports a different reply with its text', async () => {
    const { follow, advanceTo, puts, client } = setUp([replied('Thanks for your feedback!')]);
    await follow();
    await advanceTo(60_000);
    expect(client.callsOf('invoke')).toEqual([['notify', 'trustpilot.notifyDifferent {"ticketId":48213}', 'error']]);
    expect((JSON.parse(String(puts()[0]?.data)) as TicketPut).ticket.comment?.body).toContain(
      'Thanks for your feedback!',
    );
  });

  it('follows nothing when no public reply of the agent was saved', async () => {
    const { client, advanceTo, looks } = setUp([noReply]);
    client.emit(FOLLOW_EVENT, { ticketId: 48213, reviewId: REVIEW_ID, submittedAt: SENT_AT + 3_600_000 });
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
    await advanceTo(11 * 60_000);
    expect(looks).toEqual([]);
  });
});
