import { toPublishedText } from '../domain/proofread/publishedText';
import { readDraftForSave } from '../features/proofread/readDraft';
import { useI18n } from '../i18n/I18nProvider';
import { useZafEvent } from '../zaf/useZafEvent';
import { useZafClient } from '../zaf/ZafProvider';

/** Nothing is known about the draft before the proofreading tools have followed the editor. */
const UNKNOWN_DRAFT = { text: null, type: null };

/**
 * Holds the send gate closed while the proofreading tools are still loading: a public reply on a
 * review cannot have been proofread yet; internal notes and saves without a comment pass.
 */
export function PendingGate() {
  const client = useZafClient();
  const { t } = useI18n();
  useZafEvent('ticket.save', async () => {
    const draft = await readDraftForSave(client, UNKNOWN_DRAFT);
    if (draft === null) throw t('gate.unreadable');
    if (draft.type === 'publicReply' && toPublishedText(draft.text) !== '') throw t('gate.notProofread');
    return true;
  });
  return null;
}
