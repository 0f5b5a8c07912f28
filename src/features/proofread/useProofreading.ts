import { useEffect } from 'react';
import { NO_ZENDESK_VALUES, type ZendeskValues } from '../../domain/proofread/zendeskPlaceholders';
import type { Review } from '../../domain/review/types';
import type { AppSettings } from '../../domain/settings';
import type { Recommendation, Scenario } from '../../domain/types';
import type { RecheckOutcome } from '../trustpilot';
import { useOwnContacts } from './OwnContactsProvider';
import { useDraft } from './useDraft';
import { useProofreadStamp } from './useProofreadStamp';
import { useReplyCheck } from './useReplyCheck';
import { useReplyConfirmations } from './useReplyConfirmations';
import { useSendGate } from './useSendGate';

/** What the proofreading panel works from. */
export interface ProofreadingInputs {
  /** The review being answered. */
  review: Review;
  /** Whether the ticket is a Trustpilot review; if not, nothing is shown and every save passes. */
  isReview: boolean;
  /** The scenario in force (detected or chosen by the agent). */
  scenario: Scenario;
  settings: AppSettings;
  /** The guidance; a private follow-up adds its reporting tag when the reply is sent. */
  recommendation: Recommendation;
  /** Zendesk's own placeholders (`{{ticket.requester.first_name}}`…) as Zendesk will render them. */
  zendeskValues?: ZendeskValues;
  /** Reads the review on Trustpilot again before the stamp (when the connection is on). */
  recheck?: (timeoutMs: number) => Promise<RecheckOutcome>;
  /** The check for an earlier public reply failed: a reply needs an explicit confirmation. */
  answerUnknown?: boolean;
}

/** The proofreading state the sidebar's flow and the proofreading view share. */
export type Proofreading = ReturnType<typeof useProofreading>;

/**
 * The draft, its check, the agent's confirmations and stamp, fed to the send gate on every render;
 * an emptied editor (the reply was sent or discarded) makes the next reply start from scratch.
 */
export function useProofreading({
  review,
  isReview,
  scenario,
  settings,
  recommendation,
  zendeskValues = NO_ZENDESK_VALUES,
  recheck,
  answerUnknown = false,
}: ProofreadingInputs) {
  const { state, retry } = useDraft();
  const confirmations = useReplyConfirmations();
  const { secondReplyConfirmed, confirmedContacts, reset } = confirmations;
  const { values: ownContacts, clear: clearOwnContacts } = useOwnContacts();
  const draft = state.status === 'ready' ? state.draft : null;
  const context = {
    review,
    scenario,
    settings,
    secondReplyConfirmed,
    confirmedContacts,
    answerUnknown,
    ownContacts,
  };
  const reply = useReplyCheck(draft, zendeskValues, context);
  const { stamp, recheckState, onMark, clearStamp } = useProofreadStamp(reply.text, recheck);
  useSendGate({ ...context, isReview, stamp, recommendation, zendeskValues, checked: reply.checked });

  const emptied = draft !== null && reply.published === '';
  useEffect(() => {
    if (!emptied) return;
    clearStamp();
    reset();
    clearOwnContacts();
  }, [emptied, clearStamp, reset, clearOwnContacts]);

  return { state, retry, reply, confirmations, stamp, recheckState, onMark };
}
