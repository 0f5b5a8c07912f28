import { useCallback, useEffect, useRef, useState } from 'react';
import { parseDraftText, parseDraftType } from '../../domain/proofread/draftValues';
import type { Draft, DraftType } from '../../domain/types';
import { useZafEvent } from '../../zaf/useZafEvent';
import { useZendesk } from '../../zaf/ZafProvider';

/** The editor's draft as the panel shows it. */
export type DraftState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; draft: Draft };

/** The latest values Zendesk reported, each null until known. */
export interface LatestDraft {
  text: string | null;
  type: DraftType | null;
}

export interface DraftSource {
  state: DraftState;
  /** Read by the save hook, which must answer from memory even when a read fails. */
  latest: { readonly current: LatestDraft };
  retry: () => void;
}

const PATHS = ['comment.text', 'comment.type'] as const;

/**
 * Follows Zendesk's reply editor: one batched read at start, then `comment.text.changed` and
 * `comment.type.changed`. A value from an event is newer than a read still in flight, so the
 * read never overwrites it.
 */
export function useDraft(): DraftSource {
  const zendesk = useZendesk();
  const latest = useRef<LatestDraft>({ text: null, type: null });
  const changedDuringRead = useRef({ text: false, type: false });
  const [state, setState] = useState<DraftState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const show = useCallback((fallback: DraftState | null) => {
    const { text, type } = latest.current;
    if (text !== null && type !== null) setState({ status: 'ready', draft: { text, type } });
    else if (fallback !== null) setState(fallback);
  }, []);

  useZafEvent('comment.text.changed', (data) => {
    const text = parseDraftText(data);
    if (text === null) return undefined;
    latest.current = { ...latest.current, text };
    changedDuringRead.current.text = true;
    show(null);
    return undefined;
  });

  useZafEvent('comment.type.changed', (data) => {
    const type = parseDraftType(data);
    if (type === null) return undefined;
    latest.current = { ...latest.current, type };
    changedDuringRead.current.type = true;
    show(null);
    return undefined;
  });

  useEffect(() => {
    let active = true;
    changedDuringRead.current = { text: false, type: false };
    zendesk.readObjects(PATHS).then(
      ({ values, failed }) => {
        if (!active) return;
        const text = failed.includes('comment.text') ? null : parseDraftText(values['comment.text']);
        const type = failed.includes('comment.type') ? null : parseDraftType(values['comment.type']);
        latest.current = {
          text: changedDuringRead.current.text || text === null ? latest.current.text : text,
          type: changedDuringRead.current.type || type === null ? latest.current.type : type,
        };
        show({ status: 'error' });
      },
      () => {
        if (active) show({ status: 'error' });
      },
    );
    return () => {
      active = false;
    };
  }, [zendesk, attempt, show]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, latest, retry };
}
