import { useCallback, useRef, useState } from 'react';
import { stampFor } from '../../domain/proofread/stamp';
import { RECHECK_TIMEOUT_MS, type RecheckOutcome, type StampRecheckState } from '../trustpilot';

/** The proofread stamp, and reading the review on Trustpilot again before giving it. */
export interface ProofreadStamp {
  /** The stamp of the text the agent approved, or null. */
  stamp: string | null;
  recheckState: StampRecheckState;
  /** The agent approved `text` as shown now. */
  onMark: () => void;
  clearStamp: () => void;
}

/**
 * The stamp is given for the text shown when the agent clicked; when the Trustpilot connection is
 * on (`recheck`), the review is read again first and a changed review refuses the stamp.
 */
export function useProofreadStamp(
  text: string,
  recheck: ((timeoutMs: number) => Promise<RecheckOutcome>) | undefined,
): ProofreadStamp {
  const [stamp, setStamp] = useState<string | null>(null);
  const [recheckState, setRecheckState] = useState<StampRecheckState>({ status: 'idle' });
  const rechecking = useRef(false);

  // A refusal or note about the last stamp belongs to that text; a new text starts afresh.
  const [recheckText, setRecheckText] = useState(text);
  if (recheckText !== text) {
    setRecheckText(text);
    if (recheckState.status !== 'checking') setRecheckState({ status: 'idle' });
  }

  const onMark = useCallback(() => {
    const approved = stampFor(text);
    if (!recheck) {
      setStamp(approved);
      return;
    }
    if (rechecking.current) return;
    rechecking.current = true;
    setRecheckState({ status: 'checking' });
    void recheck(RECHECK_TIMEOUT_MS)
      .catch((): RecheckOutcome => ({ kind: 'unchecked' }))
      .then((outcome) => {
        rechecking.current = false;
        if (outcome.kind === 'changed') {
          setRecheckState({ status: 'refused', change: outcome.change });
          return;
        }
        setStamp(approved);
        setRecheckState(outcome.kind === 'unchecked' ? { status: 'unchecked' } : { status: 'idle' });
      });
  }, [recheck, text]);

  const clearStamp = useCallback(() => setStamp(null), []);
  return { stamp, recheckState, onMark, clearStamp };
}
