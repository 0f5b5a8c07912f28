import { Notification, Title } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useEffect, useRef, type ReactNode } from 'react';
import type { SetupItemState, SetupKey } from '../../domain/setup';
import { useI18n } from '../../i18n/I18nProvider';
import { failureText } from './setupTexts';
import type { ItemOutcome } from './useSetup';

export interface SetupResultProps {
  items: readonly SetupItemState[];
  outcomes: Partial<Record<SetupKey, ItemOutcome>>;
}

/**
 * Takes the keyboard focus when the run ends: the button that started it is disabled while it
 * runs, so focus would otherwise fall back to the page.
 */
function Focused({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1}>
      {children}
    </div>
  );
}

/** The outcome of a "create missing" run: all created, or which items were created and which not. */
export function SetupResult(props: SetupResultProps) {
  return (
    <Focused>
      <ResultNotice {...props} />
    </Focused>
  );
}

function ResultNotice({ items, outcomes }: SetupResultProps) {
  const { t } = useI18n();
  const ran = items.filter((state) => outcomes[state.item.key] !== undefined);
  const created = ran.filter((state) => outcomes[state.item.key]?.status === 'created');
  const failed = ran.filter((state) => outcomes[state.item.key]?.status === 'failed');
  const titles = (list: readonly SetupItemState[]): string => list.map((state) => state.item.title).join(', ');
  if (failed.length === 0) {
    return (
      <Notification type="success" role="status">
        <Paragraph>{t('setup.allCreated', { count: ran.length })}</Paragraph>
      </Notification>
    );
  }
  const firstFailure = failed.map((state) => outcomes[state.item.key]).find((outcome) => outcome?.status === 'failed');
  const reason = firstFailure?.status === 'failed' ? failureText(t, firstFailure.failure).message : null;
  return (
    <Notification type={created.length === 0 ? 'error' : 'warning'} role="alert">
      <Title>{t(created.length === 0 ? 'setup.noneCreatedTitle' : 'setup.partialTitle')}</Title>
      <Paragraph>
        {t('setup.partialBody', { created: created.length, count: ran.length, failed: titles(failed) })}
      </Paragraph>
      {created.length > 0 ? <Paragraph>{t('setup.createdList', { list: titles(created) })}</Paragraph> : null}
      {reason ? <Paragraph>{reason}</Paragraph> : null}
    </Notification>
  );
}
