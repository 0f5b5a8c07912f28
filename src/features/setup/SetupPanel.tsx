import { Button } from '@zendeskgarden/react-buttons';
import { Notification, Title } from '@zendeskgarden/react-notifications';
import { MD, Paragraph } from '@zendeskgarden/react-typography';
import { useId, useMemo } from 'react';
import styled from 'styled-components';
import type { SetupRequestPolicy } from '../../api/setup';
import type { AppSettings } from '../../domain/settings';
import { useI18n } from '../../i18n/I18nProvider';
import { useZendesk } from '../../zaf/ZafProvider';
import { LoadingDots, Row, Section, Subtle } from '../../ui';
import { SetupItemRow } from './SetupItemRow';
import { SetupResult } from './SetupResult';
import { failureText, itemTexts } from './setupTexts';
import { useSetup } from './useSetup';

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
`;

const List = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Status = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
`;

export interface SetupPanelProps {
  settings: AppSettings;
  onClose: () => void;
  /** Request behaviour (tests replace the wait). */
  policy?: Omit<SetupRequestPolicy, 'onWait'>;
}

/**
 * For admins: the views and the reporting trigger the app sets up, whether each exists, and a
 * button that creates the missing ones through the Support API with the admin's session.
 */
export default function SetupPanel({ settings, onClose, policy }: SetupPanelProps) {
  const { t } = useI18n();
  const zendesk = useZendesk();
  const headingId = useId();
  const texts = useMemo(() => itemTexts(t, settings), [t, settings]);
  const { check, run, missingCount, recheck, createMissing } = useSetup(zendesk, settings, texts, policy);
  const running = run.status === 'running';
  const outcomes = run.status === 'idle' ? {} : run.outcomes;
  const progress = useMemo(() => {
    if (run.status !== 'running') return null;
    const all = Object.values(run.outcomes);
    const done = all.filter((outcome) => outcome.status === 'created' || outcome.status === 'failed').length;
    return { done: Math.min(done + 1, all.length), count: all.length };
  }, [run]);

  return (
    <Section $divided aria-labelledby={headingId}>
      <Row $wrap $spread>
        <MD tag="h2" isBold id={headingId}>
          {t('setup.heading')}
        </MD>
        <Button size="small" isBasic onClick={onClose} disabled={running}>
          {t('setup.close')}
        </Button>
      </Row>
      <Subtle>{t('setup.intro')}</Subtle>

      {check.status === 'loading' ? (
        <Status role="status">
          <LoadingDots />
          <Paragraph>{t('setup.checking')}</Paragraph>
        </Status>
      ) : null}

      {check.status === 'error' ? (
        <Notification type="error" role="alert">
          <Title>{t('setup.loadErrorTitle')}</Title>
          <Paragraph>{failureText(t, check.failure).message}</Paragraph>
          <Button size="small" onClick={recheck}>
            {t('setup.retry')}
          </Button>
        </Notification>
      ) : null}

      {check.status === 'ready' ? (
        <>
          <List aria-label={t('setup.listLabel')}>
            {check.items.map((state) => (
              <SetupItemRow key={state.item.key} state={state} outcome={outcomes[state.item.key]} />
            ))}
          </List>
          {progress ? (
            <Status role="status">
              <LoadingDots />
              <Paragraph>{t('setup.progress', progress)}</Paragraph>
            </Status>
          ) : null}
          {run.status === 'running' && run.waiting ? (
            <Notification type="info" role="status">
              <Paragraph>
                {t('setup.waiting', {
                  seconds: run.waiting.seconds,
                  attempt: run.waiting.attempt,
                  max: run.waiting.maxAttempts,
                })}
              </Paragraph>
            </Notification>
          ) : null}
          {run.status === 'finished' ? <SetupResult items={check.items} outcomes={run.outcomes} /> : null}
          {missingCount === 0 && !running && run.status !== 'finished' ? (
            <Notification type="success" role="status">
              <Paragraph>{t('setup.nothingMissing')}</Paragraph>
            </Notification>
          ) : null}
          <Buttons>
            <Button size="small" isPrimary onClick={createMissing} disabled={running || missingCount === 0}>
              {t('setup.createMissing', { count: missingCount })}
            </Button>
            <Button size="small" onClick={recheck} disabled={running}>
              {t('setup.recheck')}
            </Button>
          </Buttons>
          {check.items.some((state) => state.item.key === 'trigger-private-followup') ? null : (
            <Subtle>{t('setup.followUpNeedsContact')}</Subtle>
          )}
          <Subtle>{t('setup.removeHint')}</Subtle>
        </>
      ) : null}
    </Section>
  );
}
