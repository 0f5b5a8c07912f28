import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useZafEvent } from '../../zaf/useZafEvent';
import { useZafClient } from '../../zaf/ZafProvider';
import { answerSave, type GateInputs } from './answerSave';
import type { LatestDraft } from './useDraft';

/**
 * Registers the `ticket.save` hook for as long as the component is mounted. Tickets that are not
 * reviews are let through at once; for a review the answer is a promise that rejects to block.
 */
export function useSendGate(inputs: GateInputs, latest: { readonly current: LatestDraft }): void {
  const client = useZafClient();
  const { t } = useI18n();
  const current = useRef({ inputs, t });
  // Layout effect: a click on "Mark as proofread" followed at once by Submit must see the new stamp.
  useLayoutEffect(() => {
    current.current = { inputs, t };
  });
  useZafEvent('ticket.save', () => {
    const { inputs: now, t: translate } = current.current;
    if (!now.isReview) return true;
    return answerSave(client, now, latest.current, translate);
  });
}
