import { decideSend, type SendDecisionInput } from '../../domain/proofread/sendDecision';
import type { Translate } from '../../i18n/I18nProvider';
import { invokeAction } from '../../zaf/calls';
import type { ZafClient } from '../../zaf/types';
import { readDraftForSave, withTimeout } from './readDraft';
import type { LatestDraft } from './useDraft';

/** Tags only feed reporting: never hold a save longer than this for them. */
export const TAG_TIMEOUT_MS = 1000;

/** Everything the decision needs besides the draft, as the panel holds it at save time. */
export type GateInputs = Omit<SendDecisionInput, 'draft'>;

/**
 * Answers Zendesk's `ticket.save` hook for a review: resolves to let the save through (after
 * asking Zendesk to add the reporting tags), rejects with the translated reason to block it.
 */
export async function answerSave(client: ZafClient, inputs: GateInputs, latest: LatestDraft, t: Translate): Promise<void> {
  const draft = await readDraftForSave(client, latest);
  const decision = decideSend({ ...inputs, draft });
  if (!decision.allow) throw new Error(t(decision.messageKey));
  if (decision.tags.length === 0) return;
  try {
    await withTimeout(invokeAction(client, 'ticket.tags.add', decision.tags), TAG_TIMEOUT_MS);
  } catch (error) {
    // The reply matters more than the report: send it untagged rather than not at all.
    console.warn('Trustpilot reply tags were not added', error);
  }
}
