import { useMemo } from 'react';
import { checkReply } from '../../domain/proofread/checkReply';
import { confirmableContacts, type ContactValue } from '../../domain/proofread/confirmableContacts';
import { toPublishedText } from '../../domain/proofread/publishedText';
import { resolveZendeskPlaceholders, type ZendeskValues } from '../../domain/proofread/zendeskPlaceholders';
import type { CheckContext, ReplyCheck } from '../../domain/proofread/types';
import type { Draft } from '../../domain/types';
import type { GateInputs } from './useSendGate';

/** The reply as it will be published, and the checks' findings on it. */
export interface CheckedReply {
  /** The draft's text as published (whatever its type); empty when there is no draft. */
  published: string;
  /** The public reply's published text; empty for an internal note. */
  text: string;
  check: ReplyCheck;
  /** The findings the gate reuses when Zendesk hands over exactly this draft at save time. */
  checked: GateInputs['checked'];
  /**
   * E-mail addresses and phone numbers in the reply the agent may confirm as the company's own (not
   * those typed into a template's contact field for this reply: they are the company's already).
   */
  contacts: ContactValue[];
}

/**
 * Runs the proofreading checks on the draft. Zendesk's own placeholders are shown resolved: the
 * agent proofreads the reply exactly as it will appear.
 */
export function useReplyCheck(
  draft: Draft | null,
  zendeskValues: ZendeskValues,
  {
    review,
    scenario,
    settings,
    secondReplyConfirmed,
    confirmedContacts,
    answerUnknown,
    ownContacts,
  }: Required<CheckContext>,
): CheckedReply {
  const published = useMemo(
    () => (draft === null ? '' : resolveZendeskPlaceholders(toPublishedText(draft.text), zendeskValues)),
    [draft, zendeskValues],
  );
  // The stamp is bound to the text, not the type: a proofread reply switched to an internal note
  // and back, unchanged, stays proofread.
  const text = draft?.type === 'publicReply' ? published : '';
  const check = useMemo(
    () =>
      checkReply(text, {
        review,
        scenario,
        settings,
        secondReplyConfirmed,
        confirmedContacts,
        answerUnknown,
        ownContacts,
      }),
    [text, review, scenario, settings, secondReplyConfirmed, confirmedContacts, answerUnknown, ownContacts],
  );
  // Only for a public reply: then `text` is the published text of exactly `draft.text`.
  const checked = useMemo(
    () => (draft?.type === 'publicReply' ? { raw: draft.text, text, blocking: check.blocking } : undefined),
    [draft, text, check],
  );
  const contacts = useMemo(
    () => confirmableContacts(text, { review, scenario, settings, secondReplyConfirmed, ownContacts }),
    [text, review, scenario, settings, secondReplyConfirmed, ownContacts],
  );
  return { published, text, check, checked, contacts };
}
