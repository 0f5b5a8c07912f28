import { parseDraftText, parseDraftType } from '../domain/proofread/draftValues';
import { toPublishedText } from '../domain/proofread/publishedText';
import { useI18n } from '../i18n/I18nProvider';
import { getPaths } from '../zaf/calls';
import { useZafEvent } from '../zaf/useZafEvent';
import { useZafClient } from '../zaf/ZafProvider';

/**
 * Holds the send gate closed while the proofreading tools are still loading: a public reply on a
 * review cannot have been proofread yet; internal notes and saves without a comment pass.
 */
export function PendingGate() {
  const client = useZafClient();
  const { t } = useI18n();
  useZafEvent('ticket.save', async () => {
    const { values, failed } = await getPaths(client, ['comment.text', 'comment.type']).catch(() => ({
      values: { 'comment.text': undefined, 'comment.type': undefined },
      failed: ['comment.text', 'comment.type'],
    }));
    const type = failed.includes('comment.type') ? null : parseDraftType(values['comment.type']);
    if (type === 'internalNote') return true;
    const text = failed.includes('comment.text') ? null : parseDraftText(values['comment.text']);
    if (text === null) throw t('gate.unreadable');
    if (toPublishedText(text) !== '') throw t('gate.notProofread');
    return true;
  });
  return null;
}
