import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { MD, Paragraph } from '@zendeskgarden/react-typography';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { checklistFor } from '../../domain/proofread/checklist';
import { isStampCurrent } from '../../domain/proofread/stamp';
import type { Scenario } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { StampRecheck } from '../trustpilot';
import { ProofreadView } from './ProofreadView';
import type { StampState } from './ProofreadStatus';
import type { DraftState } from './useDraft';
import type { Proofreading } from './useProofreading';
import { Row, Section } from '../../ui';

export interface ProofreadPanelProps {
  /** The scenario in force: it decides the checklist. */
  scenario: Scenario;
  /** The draft, its checks, the confirmations and the stamp (`useProofreading`, held by the sidebar). */
  proofreading: Proofreading;
}

/**
 * Proofreading before a public reply goes out: the reply as it will be published with the checks'
 * findings, the checklist and the agent's proofread stamp. Once the exact text is stamped it says
 * "Ready to send", and focus moves to that status.
 */
export function ProofreadPanel({ scenario, proofreading }: ProofreadPanelProps) {
  const { t } = useI18n();
  const headingId = useId();
  const { state, retry, reply, confirmations, stamp, recheckState, onMark } = proofreading;
  const stampState: StampState = stamp === null ? 'none' : isStampCurrent(stamp, reply.text) ? 'current' : 'stale';
  const status = useRef<HTMLDivElement>(null);
  const marking = useRef(false);
  // The button that was clicked is gone once the text is stamped: focus goes to the new status.
  useEffect(() => {
    if (stampState === 'current' && marking.current) status.current?.focus();
    if (stampState === 'current') marking.current = false;
  }, [stampState]);

  return (
    <Section aria-labelledby={headingId} aria-busy={state.status === 'loading'} $gap="xs">
      <MD tag="h2" isBold id={headingId}>
        {t(stampState === 'current' ? 'proofread.readyHeading' : 'proofread.heading')}
      </MD>
      <DraftStatus state={state} text={reply.text} retry={retry}>
        <ProofreadView
          text={reply.text}
          check={reply.check}
          stamp={stampState}
          statusRef={status}
          checklist={checklistFor(scenario)}
          ticked={confirmations.ticked}
          onTick={confirmations.onTick}
          contacts={reply.contacts}
          confirmedContacts={confirmations.confirmedContacts}
          onConfirmContact={confirmations.onConfirmContact}
          onMark={() => {
            marking.current = true;
            onMark();
          }}
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
