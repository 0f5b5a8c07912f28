import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { MD, Paragraph } from '@zendeskgarden/react-typography';
import { useEffect, useId, type ReactNode } from 'react';
import { checklistFor } from '../../domain/proofread/checklist';
import { isStampCurrent } from '../../domain/proofread/stamp';
import { NO_ZENDESK_VALUES, type ZendeskValues } from '../../domain/proofread/zendeskPlaceholders';
import type { Review } from '../../domain/review/types';
import type { AppSettings } from '../../domain/settings';
import type { Recommendation, Scenario } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { StampRecheck } from '../trustpilot/StampRecheck';
import type { RecheckOutcome } from '../trustpilot/useTrustpilotReview';
import { ProofreadView } from './ProofreadView';
import type { StampState } from './ProofreadStatus';
import { useDraft, type DraftState } from './useDraft';
import { useProofreadStamp } from './useProofreadStamp';
import { useReplyCheck } from './useReplyCheck';
import { useReplyConfirmations } from './useReplyConfirmations';
import { useSendGate } from './useSendGate';
import { Row, Section, Subtle } from '../../ui';

export interface ProofreadPanelProps {
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
}

/**
 * Proofreading before a public reply goes out: shows the reply as it will be published with the
 * checks' findings, takes the agent's proofread stamp, and blocks Zendesk's save (`ticket.save`)
 * until exactly that text is stamped and nothing blocking remains.
 */
export function ProofreadPanel({
  review,
  isReview,
  scenario,
  settings,
  recommendation,
  zendeskValues = NO_ZENDESK_VALUES,
  recheck,
}: ProofreadPanelProps) {
  const { t } = useI18n();
  const headingId = useId();
  const { state, retry } = useDraft();
  const confirmations = useReplyConfirmations();
  const { secondReplyConfirmed, confirmedContacts } = confirmations;
  const draft = state.status === 'ready' ? state.draft : null;
  const reply = useReplyCheck(draft, zendeskValues, {
    review,
    scenario,
    settings,
    secondReplyConfirmed,
    confirmedContacts,
  });
  const { text } = reply;
  const { stamp, recheckState, onMark, clearStamp } = useProofreadStamp(text, recheck);
  useSendGate({
    review,
    isReview,
    scenario,
    stamp,
    secondReplyConfirmed,
    confirmedContacts,
    settings,
    recommendation,
    zendeskValues,
    checked: reply.checked,
  });

  // An emptied editor means the reply was sent or discarded: the next one starts from scratch.
  const emptied = draft !== null && reply.published === '';
  const { reset } = confirmations;
  useEffect(() => {
    if (!emptied) return;
    clearStamp();
    reset();
  }, [emptied, clearStamp, reset]);

  if (!isReview) return null;

  const stampState: StampState = stamp === null ? 'none' : isStampCurrent(stamp, text) ? 'current' : 'stale';

  return (
    <Section aria-labelledby={headingId} aria-busy={state.status === 'loading'}>
      <MD tag="h2" isBold id={headingId}>
        {t('proofread.heading')}
      </MD>
      <Subtle>{t('proofread.intro')}</Subtle>
      <DraftStatus state={state} text={text} retry={retry}>
        <ProofreadView
          text={text}
          check={reply.check}
          review={review}
          stamp={stampState}
          checklist={checklistFor(scenario)}
          ticked={confirmations.ticked}
          onTick={confirmations.onTick}
          secondReplyConfirmed={secondReplyConfirmed}
          onConfirmSecondReply={confirmations.setSecondReplyConfirmed}
          contacts={reply.contacts}
          confirmedContacts={confirmedContacts}
          onConfirmContact={confirmations.onConfirmContact}
          onMark={onMark}
        />
      </DraftStatus>
      <StampRecheck state={recheckState} />
    </Section>
  );
}

/** Why there is nothing to proofread (loading, unreadable, an internal note, empty), or `children`. */
function DraftStatus({
  state,
  text,
  retry,
  children,
}: {
  state: DraftState;
  text: string;
  retry: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  if (state.status === 'loading') {
    return (
      <Row role="status">
        <Dots aria-hidden="true" />
        <Paragraph>{t('proofread.loading')}</Paragraph>
      </Row>
    );
  }
  if (state.status === 'error') {
    return (
      <Alert type="error">
        <Alert.Paragraph>{t('proofread.readError')}</Alert.Paragraph>
        <Button size="small" onClick={retry}>
          {t('proofread.retry')}
        </Button>
      </Alert>
    );
  }
  if (state.draft.type === 'internalNote') return <Paragraph>{t('proofread.internalNote')}</Paragraph>;
  if (text === '') return <Paragraph>{t('proofread.emptyDraft')}</Paragraph>;
  return <>{children}</>;
}
