import { Paragraph } from '@zendeskgarden/react-typography';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import type { Flow } from '../../domain/flow';
import type { Scenario } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { LoadingDots, Subtle } from '../../ui';
import { ProofreadPanel, type Proofreading } from '../proofread';
import { SpamFlow } from './SpamFlow';

const Waiting = styled(Paragraph)`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  padding: ${({ theme }) => theme.space.xs} 0;
`;

export interface NextStepProps {
  flow: Flow;
  scenario: Scenario;
  proofreading: Proofreading;
  /** The template picker with its fields, preview and "Use template". */
  templates: ReactNode;
}

/** What the agent does next, by the state of the reply: templates, proofreading, ready to send, or the spam flow. */
export function NextStep({ flow, scenario, proofreading, templates }: NextStepProps) {
  const { t } = useI18n();
  const { step } = flow;
  // An unreadable editor is shown by the proofreading view, with its retry.
  if (proofreading.state.status === 'error' && step.kind !== 'spamFlow') {
    return <ProofreadPanel scenario={scenario} proofreading={proofreading} />;
  }
  switch (step.kind) {
    case 'spamFlow':
      return <SpamFlow publicDraft={step.publicDraft} reviewLink={step.reviewLink} note={templates} />;
    case 'loading':
      return (
        <Waiting role="status">
          <LoadingDots />
          {t(step.waitingFor === 'reply' ? 'proofread.loading' : 'review.checkingReplies')}
        </Waiting>
      );
    case 'confirmSecondReply':
      // The confirmation above is the step; templates and proofreading wait for it.
      return null;
    case 'templates':
      return <>{templates}</>;
    case 'internalNote':
      return <Subtle role="status">{t('proofread.internalNote')}</Subtle>;
    case 'proofread':
    case 'readyToSend':
      return <ProofreadPanel scenario={scenario} proofreading={proofreading} />;
  }
}
