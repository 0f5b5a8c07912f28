import { toPublishedText } from '../proofread/publishedText';
import { isStampCurrent } from '../proofread/stamp';
import type { AnswerCheck, ReplyState } from './types';

/** The editor's content as far as it is known: null while it has not been read. */
export interface EditorReply {
  /** What `comment.text` holds (often HTML). */
  text: string;
  /** What `comment.type` holds: only `internalNote` is private, every other type is published. */
  type: string;
}

/**
 * The reply's state for the flow. A type Zendesk does not name yet counts as public, because a
 * public reply is the one that needs proofreading; the stamp must match the exact published text
 * after `resolve` (Zendesk's own placeholders, resolved as the proofreading resolves them).
 */
export function replyStateOf(
  reply: EditorReply | null,
  stamp: string | null,
  resolve: (published: string) => string = (published) => published,
): ReplyState {
  if (reply === null || typeof reply !== 'object') return 'unknown';
  if (reply.type === 'internalNote' || reply.type === 'internal') return 'internalNote';
  const published = resolve(toPublishedText(reply.text));
  if (published.length === 0) return 'empty';
  return isStampCurrent(stamp, published) ? 'proofread' : 'publicDraft';
}

/** The "already answered?" check from a fetch state (`loading | ready | error`). */
export function answerCheckOf(status: 'loading' | 'ready' | 'error', answered: boolean | undefined): AnswerCheck {
  if (status === 'loading') return 'checking';
  if (status === 'error') return 'failed';
  return answered === true ? 'answered' : 'notAnswered';
}
