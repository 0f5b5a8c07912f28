import { parseDraftText, parseDraftType } from '../domain/proofread/draftValues';
import { toPublishedText } from '../domain/proofread/publishedText';
import { decideWithoutTools, type GateState } from '../domain/proofread/gateDecision';
import type { GateInputs, SendDecision, SendDecisionInput } from '../domain/proofread/sendDecision';
import { parseSettings } from '../domain/settings';
import type { Draft } from '../domain/types';
import { englishMessages, translate, type MessageParams } from '../i18n/messages';
import { createZendesk, type Zendesk } from './port';
import type { ZafClient, ZafHandler } from './types';
import { TIMED_OUT, withTimeout } from '../lib/timeout';

/** Zendesk answers a `get` in milliseconds; past this, the draft counts as unreadable. */
const READ_TIMEOUT_MS = 2000;
/** Tags only feed reporting: never hold a save longer than this for them. */
const TAG_TIMEOUT_MS = 1000;

export type GateTranslate = (key: string, params?: MessageParams) => string;

/** What the sidebar tells the gate; the gate never needs the sidebar to be alive to answer. */
export interface SendGate {
  /** The ticket was read: a review, or not (then every save passes). */
  setReview(isReview: boolean): void;
  /** The proofreading tools' state at this moment, or null when they are not (or no longer) shown. */
  setInputs(inputs: GateInputs | null): void;
  /** The translator of the agent's language, once loaded. */
  setTranslate(t: GateTranslate): void;
  /** The app hit a problem (render error, failed chunk): hold public replies back until `recover`. */
  fail(error: unknown): void;
  /** The agent reloaded the panel after a failure. */
  recover(): void;
  /** The current state, for the sidebar and tests. */
  state(): GateState;
  /** Unsubscribes from Zendesk (the iframe is going away). */
  dispose(): void;
}

/**
 * The editor text Zendesk last reported through `comment.text.changed`, null until known. The type
 * is never remembered: a remembered internal note could let a public reply through.
 */
interface Remembered {
  text: string | null;
}

/** Rejects when `promise` has not settled within `ms`: an answer that late counts as none. */
async function inTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  const value = await withTimeout(promise, ms);
  if (value === TIMED_OUT) throw new Error(`no answer within ${ms} ms`);
  return value;
}

const NO_COMMENT: Draft = { text: '', type: 'internalNote' };

/** Without a fresh answer from Zendesk, only an editor last seen empty may pass (a status change). */
const fromMemory = (remembered: Remembered): Draft | null =>
  remembered.text !== null && toPublishedText(remembered.text) === '' ? NO_COMMENT : null;

interface ReadResult {
  draft: Draft | null;
  tags: unknown;
}

/**
 * The draft being saved, read fresh from Zendesk. The type always comes from this answer: a type
 * Zendesk could not give is unknown, and an unknown type with text counts as a public reply.
 */
async function readDraft(zendesk: Zendesk, remembered: Remembered, withTags: boolean): Promise<ReadResult> {
  const paths = withTags ? ['comment.text', 'comment.type', 'ticket.tags'] : ['comment.text', 'comment.type'];
  try {
    const { values, failed } = await inTime(zendesk.readObjects(paths), READ_TIMEOUT_MS);
    const tags = failed.includes('ticket.tags') ? undefined : values['ticket.tags'];
    const type = failed.includes('comment.type') ? null : parseDraftType(values['comment.type']);
    if (type === 'internalNote') return { draft: { text: '', type }, tags };
    const text = failed.includes('comment.text') ? null : parseDraftText(values['comment.text']);
    if (text === null) return { draft: fromMemory(remembered), tags };
    return { draft: { text, type: 'publicReply' }, tags };
  } catch {
    return { draft: fromMemory(remembered), tags: undefined };
  }
}

/** Whether `tags` holds one of the configured review tags; null when the tags are unknown. */
function hasReviewTag(tags: unknown, settings: Record<string, unknown> | null): boolean | null {
  if (!Array.isArray(tags)) return null;
  const wanted = new Set(parseSettings(settings).reviewTags);
  return tags.some((tag) => typeof tag === 'string' && wanted.has(tag.trim().toLowerCase()));
}

const englishTranslate: GateTranslate = (key, params) => translate(englishMessages, key, params);

/**
 * Subscribes `ticket.save` (and the editor's change events) at once and answers every save for
 * the life of the iframe. The sidebar feeds it state; until it has, and after the sidebar failed,
 * a non-empty public reply on a review is held back, so the gate never fails open.
 */
export function startSendGate(client: ZafClient): SendGate {
  const zendesk = createZendesk(client);
  let isReview: boolean | null = null;
  let inputs: GateInputs | null = null;
  let failed = false;
  let t: GateTranslate = englishTranslate;
  let settings: Record<string, unknown> | null = null;
  const remembered: Remembered = { text: null };
  // The full decision (every check) comes with the proofreading tools, so the start-up bundle stays
  // small; until it has loaded the tools count as not there, and a failed load fails closed.
  let decideSend: ((input: SendDecisionInput) => SendDecision) | null = null;
  let loadingDecision = false;
  const loadDecision = (): void => {
    if (decideSend !== null || loadingDecision) return;
    loadingDecision = true;
    import('../domain/proofread/sendDecision').then(
      (module) => {
        decideSend = module.decideSend;
      },
      (error: unknown) => {
        // Held back until the agent reloads the panel, which reports again and retries the load.
        failed = true;
        loadingDecision = false;
        console.error('Trustpilot send gate: the checks could not be loaded', error);
      },
    );
  };

  const state = (): GateState => {
    if (failed) return { phase: 'failed', isReview };
    if (inputs !== null && isReview !== false && decideSend !== null) return { phase: 'ready', inputs };
    return { phase: 'loading', isReview };
  };

  const addTags = async (decision: SendDecision): Promise<void> => {
    if (!decision.allow || decision.tags.length === 0) return;
    try {
      await inTime(zendesk.addTags(decision.tags), TAG_TIMEOUT_MS);
    } catch (error) {
      // The reply matters more than the report: send it untagged rather than not at all.
      console.warn('Trustpilot reply tags were not added', error);
    }
  };

  // Resolves to let the save through, rejects with the translated reason to block it.
  const answer = async (): Promise<void> => {
    const now = state();
    let decision: SendDecision;
    try {
      const { draft, tags } = await readDraft(zendesk, remembered, now.phase !== 'ready' && isReview === null);
      const known = isReview ?? hasReviewTag(tags, settings);
      const current = state();
      decision =
        current.phase === 'ready' && decideSend !== null
          ? decideSend({ ...current.inputs, draft })
          : decideWithoutTools(
              current.phase === 'ready' ? { phase: 'loading', isReview: known } : { ...current, isReview: known },
              draft,
            );
    } catch {
      decision = decideWithoutTools({ phase: 'failed', isReview }, null);
    }
    if (!decision.allow) throw new Error(t(decision.messageKey));
    await addTags(decision);
  };

  const onSave: ZafHandler = () => {
    // Another ticket: answer at once, without a round trip to Zendesk.
    if (!failed && (isReview === false || inputs?.isReview === false)) return true;
    return answer();
  };
  const onText: ZafHandler = (data) => {
    const text = parseDraftText(data);
    if (text !== null) remembered.text = text;
    return undefined;
  };

  client.on('ticket.save', onSave);
  client.on('comment.text.changed', onText);
  // The review tags are configurable; until the sidebar knows the ticket, the gate reads them itself.
  client.metadata().then(
    (metadata) => {
      settings = metadata.settings;
    },
    () => undefined,
  );

  return {
    setReview(value) {
      isReview = value;
    },
    setInputs(value) {
      inputs = value;
      if (value !== null) loadDecision();
    },
    setTranslate(value) {
      t = (key, params) => {
        try {
          return value(key, params);
        } catch {
          return englishTranslate(key, params);
        }
      };
    },
    fail(error) {
      failed = true;
      console.error('Trustpilot send gate: public replies are held back after an error', error);
    },
    recover() {
      failed = false;
    },
    state,
    dispose() {
      client.off('ticket.save', onSave);
      client.off('comment.text.changed', onText);
    },
  };
}
