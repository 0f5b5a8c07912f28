import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { MD, Paragraph } from '@zendeskgarden/react-typography';
import { useId, type ReactNode } from 'react';
import { checklistFor } from '../../domain/proofread/checklist';
import { isStampCurrent } from '../../domain/proofread/stamp';
import { useI18n } from '../../i18n/I18nProvider';
import { StampRecheck } from '../trustpilot';
import { ProofreadView } from './ProofreadView';
import type { StampState } from './ProofreadStatus';
import type { DraftState } from './useDraft';
import { useProofreading, type ProofreadingInputs } from './useProofreading';
import { Row, Section, Subtle } from '../../ui';

/** What the panel shows and checks; see `ProofreadingInputs`. */
export type ProofreadPanelProps = ProofreadingInputs;

/**
 * Proofreading before a public reply goes out: shows the reply as it will be published with the
 * checks' findings, takes the agent's proofread stamp, and blocks Zendesk's save (`ticket.save`)
 * until exactly that text is stamped and nothing blocking remains.
 */
export function ProofreadPanel(props: ProofreadPanelProps) {
  const { review, isReview, scenario } = props;
  const { t } = useI18n();
  const headingId = useId();
  const { state, retry, reply, confirmations, stamp, recheckState, onMark } = useProofreading(props);
  if (!isReview) return null;

  const stampState: StampState = stamp === null ? 'none' : isStampCurrent(stamp, reply.text) ? 'current' : 'stale';
  return (
    <Section aria-labelledby={headingId} aria-busy={state.status === 'loading'}>
      <MD tag="h2" isBold id={headingId}>
        {t('proofread.heading')}
      </MD>
      <Subtle>{t('proofread.intro')}</Subtle>
      <DraftStatus state={state} text={reply.text} retry={retry}>
        <ProofreadView
          text={reply.text}
          check={reply.check}
          review={review}
          stamp={stampState}
          checklist={checklistFor(scenario)}
          ticked={confirmations.ticked}
          onTick={confirmations.onTick}
          secondReplyConfirmed={confirmations.secondReplyConfirmed}
          onConfirmSecondReply={confirmations.setSecondReplyConfirmed}
          contacts={reply.contacts}
          confirmedContacts={confirmations.confirmedContacts}
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
