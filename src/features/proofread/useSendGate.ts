import { useEffect, useLayoutEffect } from 'react';
import type { GateInputs } from '../../domain/proofread/sendDecision';
import { useI18n } from '../../i18n/I18nProvider';
import { useSendGateControl } from '../../zaf/SendGateProvider';

export type { GateInputs } from '../../domain/proofread/sendDecision';

/**
 * Feeds the send gate (subscribed to `ticket.save` before the sidebar rendered) the panel's state:
 * the review, the stamp, the confirmations, the settings. When the panel goes away the gate falls
 * back to holding public replies until a panel reports again.
 */
export function useSendGate(inputs: GateInputs): void {
  const gate = useSendGateControl();
  const { t } = useI18n();
  // Layout effect: a click on "Mark as proofread" followed at once by Submit must see the new stamp.
  useLayoutEffect(() => {
    gate.setInputs(inputs);
    gate.setTranslate(t);
  });
  useEffect(() => () => gate.setInputs(null), [gate]);
}
