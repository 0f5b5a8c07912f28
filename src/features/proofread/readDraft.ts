import { parseDraftText, parseDraftType } from '../../domain/proofread/draftValues';
import { toPublishedText } from '../../domain/proofread/publishedText';
import type { Draft } from '../../domain/types';
import { getPaths } from '../../zaf/calls';
import type { ZafClient } from '../../zaf/types';
import type { LatestDraft } from './useDraft';

/** Zendesk answers a `get` in milliseconds; past this, the draft counts as unreadable. */
export const READ_TIMEOUT_MS = 2000;

/** Rejects when `promise` has not settled within `ms`. */
export const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });

const NO_COMMENT: Draft = { text: '', type: 'publicReply' };

/** Without a fresh read, only what is known to be no public reply may pass. */
function fromMemory(latest: LatestDraft): Draft | null {
  if (latest.type === 'internalNote') return { text: latest.text ?? '', type: 'internalNote' };
  if (latest.text !== null && toPublishedText(latest.text) === '') return NO_COMMENT;
  return null;
}

/** The draft being saved, read fresh from Zendesk; null when it may be a public reply we cannot see. */
export async function readDraftForSave(client: ZafClient, latest: LatestDraft): Promise<Draft | null> {
  try {
    const { values, failed } = await withTimeout(getPaths(client, ['comment.text', 'comment.type']), READ_TIMEOUT_MS);
    const type = (failed.includes('comment.type') ? null : parseDraftType(values['comment.type'])) ?? latest.type;
    if (type === 'internalNote') return { text: '', type };
    const text = failed.includes('comment.text') ? null : parseDraftText(values['comment.text']);
    if (text === null) return fromMemory({ text: null, type });
    if (type === null) return toPublishedText(text) === '' ? NO_COMMENT : null;
    return { text, type };
  } catch {
    return fromMemory(latest);
  }
}
