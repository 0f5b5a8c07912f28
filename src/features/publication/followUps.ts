import { fetchSavedReply, recordOutcome } from '../../api/publication';
import type { TrustpilotGateway } from '../../api/trustpilot';
import {
  FOLLOW_UP_SCHEDULE_MS,
  outcomeTag,
  publicationStatus,
  type PublicationCheck,
  type PublicationStatus,
} from '../../domain/trustpilot/publication';
import type { MessageParams } from '../../i18n/messages';
import type { Zendesk } from '../../zaf/port';
import {
  FOLLOW_EVENT,
  parseFollowRequest,
  QUERY_EVENT,
  STATUS_EVENT,
  updateFor,
  type FollowRequest,
  type PublicationUpdate,
} from './events';

export interface FollowUpOptions {
  gateway: TrustpilotGateway;
  /** The signed-in agent: only their own replies are followed. */
  agentId: number;
  t: (key: string, params?: MessageParams) => string;
  formatTime: (date: Date) => string;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => void;
  schedule?: readonly number[];
}

interface Job {
  ticketId: number;
  reviewId: string;
  text: string;
  sentAt: number;
  index: number;
}

const NOTIFY_KEYS: Partial<Record<PublicationStatus['kind'], string>> = {
  missing: 'trustpilot.notifyMissing',
  different: 'trustpilot.notifyDifferent',
  reviewGone: 'trustpilot.notifyGone',
  unverified: 'trustpilot.notifyUnverified',
};

const NOTE_KEYS: Partial<Record<PublicationStatus['kind'], string>> = {
  published: 'trustpilot.notePublished',
  missing: 'trustpilot.noteMissing',
  different: 'trustpilot.noteDifferent',
  reviewGone: 'trustpilot.noteGone',
  unverified: 'trustpilot.noteUnverified',
};

/**
 * The background location's work: follows each reply the agent sends on a review until
 * Trustpilot shows it (looks at 30 s, 1, 2, 5 and 10 minutes, within the call budget), tells the
 * open sidebars how it stands, notifies the agent when it does not appear, and records the
 * outcome on the ticket (tag and internal note). Returns a function that stops listening.
 */
export function startFollowUps(zendesk: Zendesk, options: FollowUpOptions): () => void {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => void setTimeout(run, ms));
  const schedule = options.schedule ?? FOLLOW_UP_SCHEDULE_MS;
  const jobs = new Map<number, Job>();
  const latest = new Map<number, PublicationUpdate>();

  const publish = (update: PublicationUpdate) => {
    latest.set(update.ticketId, update);
    void zendesk.tellInstances('ticket_sidebar', STATUS_EVENT, update);
  };

  const plan = (job: Job) => {
    const due = job.sentAt + (schedule[job.index] ?? 0);
    setTimer(() => void look(job), Math.max(0, due - now()));
  };

  async function finish(job: Job, status: PublicationStatus) {
    jobs.delete(job.ticketId);
    const time = options.formatTime(new Date(now()));
    const notifyKey = NOTIFY_KEYS[status.kind];
    if (notifyKey) {
      zendesk.notify(options.t(notifyKey, { ticketId: job.ticketId }), 'error').catch(() => undefined);
    }
    const noteKey = NOTE_KEYS[status.kind];
    if (noteKey) {
      const text = status.kind === 'different' ? status.text : '';
      await recordOutcome(zendesk, job.ticketId, options.t(noteKey, { time, text }), outcomeTag(status));
    }
  }

  async function look(job: Job) {
    const result = await options.gateway.review(job.reviewId, { timeoutMs: 10_000, maxWaitMs: 60_000 });
    const check: PublicationCheck = result.ok
      ? { kind: 'review', review: result.value }
      : result.failure.kind === 'notFound'
        ? { kind: 'gone' }
        : { kind: 'failed' };
    const status = publicationStatus(job.text, job.sentAt, job.index, check, schedule);
    publish(updateFor(job.ticketId, status));
    if (status.kind === 'waiting') {
      job.index += 1;
      plan(job);
    } else {
      await finish(job, status);
    }
  }

  async function follow(request: FollowRequest) {
    if (jobs.has(request.ticketId)) return;
    const saved = await fetchSavedReply(zendesk, request.ticketId, options.agentId, request.submittedAt);
    // An internal note or a save without a reply: nothing was sent to Trustpilot.
    if (saved === null || jobs.has(request.ticketId)) return;
    const job: Job = {
      ticketId: request.ticketId,
      reviewId: request.reviewId,
      text: saved.text,
      sentAt: saved.createdAt,
      index: 0,
    };
    jobs.set(job.ticketId, job);
    publish({ ticketId: job.ticketId, kind: 'following' });
    plan(job);
  }

  const stopFollow = zendesk.onInstanceEvent(FOLLOW_EVENT, (data) => {
    const request = parseFollowRequest(data);
    if (request) void follow(request);
  });
  const stopQuery = zendesk.onInstanceEvent(QUERY_EVENT, (data) => {
    const ticketId = data !== null && typeof data === 'object' ? (data as { ticketId?: unknown }).ticketId : undefined;
    const update = typeof ticketId === 'number' ? latest.get(ticketId) : undefined;
    if (update) publish(update);
  });
  return () => {
    stopFollow();
    stopQuery();
  };
}
