import { useCallback, useEffect, useRef, useState } from 'react';
import type { Review } from '../../domain/review/types';
import { useZaf } from '../../zaf/ZafProvider';
import { MANAGER_EVENTS, MANAGER_PAGE, MANAGER_SIZE, packReview, readHello, readTexts } from './managerMessages';
import type { TemplateTexts } from './useTemplateDrafts';

/** Where the manager is: closed, being opened, in Zendesk's modal, or in the sidebar itself. */
export type ManagerPlace =
  { kind: 'closed' } | { kind: 'opening' } | { kind: 'modal'; guid: string } | { kind: 'inline' };

export interface ManagerWindowOptions {
  review: Review;
  templateTexts: TemplateTexts;
  onSaved?: (texts: TemplateTexts) => void;
  /** Called when the manager closes (to give focus back to what opened it). */
  onClosed: () => void;
}

/**
 * Opens the template manager in Zendesk's modal and answers it: the review and the texts in force
 * here when it says hello, the saved texts when it sends them. Where Zendesk cannot create the
 * modal, the manager opens in the sidebar instead (`inline`).
 */
export function useManagerWindow({ review, templateTexts, onSaved, onClosed }: ManagerWindowOptions) {
  const { zendesk, context } = useZaf();
  const [place, setPlace] = useState<ManagerPlace>({ kind: 'closed' });
  const mounted = useRef(true);
  // Stops listening for the open modal's close (a new modal replaces it; unmounting ends it).
  const stopClose = useRef<() => void>(() => undefined);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stopClose.current();
    };
  }, []);
  const latest = useRef({ review, templateTexts, onSaved, onClosed });
  useEffect(() => {
    latest.current = { review, templateTexts, onSaved, onClosed };
  });

  const open = useCallback(() => {
    setPlace({ kind: 'opening' });
    zendesk.openModal(MANAGER_PAGE, MANAGER_SIZE).then(
      (modal) => {
        if (!mounted.current) return;
        stopClose.current();
        setPlace({ kind: 'modal', guid: modal.guid });
        stopClose.current = modal.onClose(() => {
          stopClose.current();
          stopClose.current = () => undefined;
          if (!mounted.current) return;
          setPlace({ kind: 'closed' });
          latest.current.onClosed();
        });
      },
      (error: unknown) => {
        console.warn('Zendesk could not open the template manager in a modal; it opens in the sidebar', error);
        if (mounted.current) setPlace({ kind: 'inline' });
      },
    );
  }, [zendesk]);

  const closeInline = useCallback(() => {
    setPlace({ kind: 'closed' });
    latest.current.onClosed();
  }, []);

  const modalGuid = place.kind === 'modal' ? place.guid : null;
  const opener = context.instanceGuid ?? '';
  useEffect(() => {
    if (modalGuid === null) return undefined;
    const stopHello = zendesk.onInstanceEvent(MANAGER_EVENTS.hello, (data) => {
      if (readHello(data) !== modalGuid) return;
      const { review: current, templateTexts: texts } = latest.current;
      zendesk.tellInstance(modalGuid, MANAGER_EVENTS.context, {
        opener,
        review: packReview(current),
        templateTexts: texts,
      });
    });
    const stopSaved = zendesk.onInstanceEvent(MANAGER_EVENTS.saved, (data) => {
      const from = data !== null && typeof data === 'object' ? (data as { from?: unknown }).from : null;
      const texts = readTexts(data !== null && typeof data === 'object' ? (data as { texts?: unknown }).texts : null);
      if (from === modalGuid && texts) latest.current.onSaved?.(texts);
    });
    return () => {
      stopHello();
      stopSaved();
    };
  }, [zendesk, modalGuid, opener]);

  return { place, open, closeInline };
}
