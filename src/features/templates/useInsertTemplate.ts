import { useCallback, useEffect, useRef, useState } from 'react';
import { isEditorEmpty, looksLikeHtml, plainTextToHtml } from '../../domain/templates/editorText';
import type { DraftType } from '../../domain/types';
import { useZendesk } from '../../zaf/ZafProvider';
import { useOwnContacts } from '../proofread';

/** How a template joins a draft that is already in the editor. */
export type InsertMode = 'replace' | 'append';

interface Pending {
  text: string;
  type: DraftType;
  rich: boolean;
}

export type InsertState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'confirm'; pending: Pending }
  | { status: 'done'; type: DraftType; mode: InsertMode }
  | { status: 'error'; step: 'read' | 'write' };

/**
 * Reads the editor fresh, asks before touching a draft, then writes the template into Zendesk; the
 * contact values typed into the template's fields count as the company's own for that reply.
 */
export function useInsertTemplate(onInserted?: (info: { text: string; type: DraftType }) => void) {
  const zendesk = useZendesk();
  const [state, setState] = useState<InsertState>({ status: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const latestOnInserted = useRef(onInserted);
  useEffect(() => {
    latestOnInserted.current = onInserted;
  });
  const update = useCallback((next: InsertState) => {
    if (mounted.current) setState(next);
  }, []);

  const { beginInsert } = useOwnContacts();

  const write = useCallback(
    async ({ text, type, rich }: Pending, mode: InsertMode) => {
      update({ status: 'working' });
      // Recorded before the editor changes, so the proofreading never asks about them in between.
      const settle = beginInsert(text);
      try {
        if (mode === 'replace') await zendesk.writeDraft(rich ? plainTextToHtml(text) : text, type);
        else if (rich) await zendesk.appendToDraft(plainTextToHtml(text), 'html', type);
        else await zendesk.appendToDraft(`\n\n${text}`, 'text', type);
      } catch {
        settle(false);
        update({ status: 'error', step: 'write' });
        return;
      }
      settle(true);
      update({ status: 'done', type, mode });
      latestOnInserted.current?.({ text, type });
    },
    [zendesk, update, beginInsert],
  );

  const insert = useCallback(
    async (text: string, type: DraftType) => {
      update({ status: 'working' });
      let current: unknown;
      let rich = false;
      try {
        const { values, failed } = await zendesk.readObjects(['comment.text', 'comment.useRichText']);
        if (failed.includes('comment.text')) throw new Error('comment.text unreadable');
        current = values['comment.text'];
        rich = values['comment.useRichText'] === true || looksLikeHtml(current);
      } catch {
        // Without knowing what is in the editor, writing could destroy a draft.
        update({ status: 'error', step: 'read' });
        return;
      }
      const pending = { text, type, rich };
      if (isEditorEmpty(current)) await write(pending, 'replace');
      else update({ status: 'confirm', pending });
    },
    [zendesk, update, write],
  );

  const confirm = useCallback(
    (mode: InsertMode) => {
      if (state.status === 'confirm') void write(state.pending, mode);
    },
    [state, write],
  );
  const cancel = useCallback(() => update({ status: 'idle' }), [update]);
  const reset = useCallback(() => {
    setState((current) => (current.status === 'done' || current.status === 'error' ? { status: 'idle' } : current));
  }, []);

  return { state, insert, confirm, cancel, reset };
}
