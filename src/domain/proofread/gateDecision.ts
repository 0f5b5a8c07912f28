import { toPublishedText } from './publishedText';
import type { GateInputs, SendDecision } from './sendDecision';
import type { Draft } from '../types';

/**
 * What the send gate knows, for the life of the sidebar: `loading` until the proofreading tools
 * report, `ready` with their state, `failed` after the app hit a problem it cannot vouch for.
 * `isReview` is null while the ticket has not been read.
 */
export type GateState =
  | { phase: 'loading'; isReview: boolean | null }
  | { phase: 'failed'; isReview: boolean | null }
  | { phase: 'ready'; inputs: GateInputs };

const ALLOW: SendDecision = { allow: true, tags: [] };

const held = (code: 'appFailed' | 'loading' | 'unreadable' | 'checkFailed'): SendDecision => ({
  allow: false,
  reasons: [{ code }],
  messageKey: `gate.${code}`,
});

/**
 * The decision while the proofreading tools are not there (still loading, or the app failed): a
 * non-empty public reply on a review, or on a ticket not read yet, is held back with a message
 * saying why; internal notes, saves without a comment and other tickets pass. Kept apart from the
 * checks so the start-up bundle stays small. Never throws.
 */
export function decideWithoutTools(state: Exclude<GateState, { phase: 'ready' }>, draft: Draft | null): SendDecision {
  try {
    if (state.isReview === false) return ALLOW;
    if (draft === null) return held(state.phase === 'failed' ? 'appFailed' : 'unreadable');
    if (draft.type !== 'publicReply' || toPublishedText(draft.text) === '') return ALLOW;
    return held(state.phase === 'failed' ? 'appFailed' : 'loading');
  } catch {
    return held('checkFailed');
  }
}
