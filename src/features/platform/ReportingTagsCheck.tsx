import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useZafEvent } from '../../zaf/useZafEvent';
import { useZaf } from '../../zaf/ZafProvider';
import { recordMissingTags } from './missingTagsLog';

type CheckState = { status: 'idle' } | { status: 'missing'; tags: string[] } | { status: 'unknown'; tags: string[] };

const tagsOf = (value: unknown): string[] | null =>
  Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : null;

/**
 * After Zendesk saved the ticket (`ticket.submit.done`), checks that the reporting tags the save
 * hook asked for are on it: tags changed inside the hook are not documented to persist. Where
 * some are missing the agent is told which, and the miss is recorded.
 */
export function ReportingTagsCheck() {
  const { zendesk, context } = useZaf();
  const { t } = useI18n();
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const active = useRef(true);
  useEffect(() => {
    active.current = true;
    return () => {
      active.current = false;
    };
  }, []);

  const check = useCallback(async () => {
    const intended = zendesk.takeRequestedTags();
    if (intended.length === 0) return;
    let current: string[] | null = null;
    try {
      const { values, failed } = await zendesk.readObjects(['ticket.tags']);
      current = failed.length === 0 ? tagsOf(values['ticket.tags']) : null;
    } catch (error) {
      console.warn('The ticket tags could not be read after the save', error);
    }
    const missing = current === null ? intended : intended.filter((tag) => !current.includes(tag));
    if (missing.length === 0) {
      if (active.current) setState({ status: 'idle' });
      return;
    }
    recordMissingTags({ ticketId: context.ticketId ?? null, tags: missing, verified: current !== null });
    if (active.current) setState({ status: current === null ? 'unknown' : 'missing', tags: missing });
  }, [zendesk, context.ticketId]);

  useZafEvent('ticket.submit.done', () => {
    void check();
  });

  if (state.status === 'idle') return null;
  return (
    <Notification type="warning" role="alert">
      <Notification.Title>{t('platform.tagsMissingTitle')}</Notification.Title>
      <Paragraph>
        {t(state.status === 'missing' ? 'platform.tagsMissingBody' : 'platform.tagsUnknownBody', {
          tags: state.tags.join(', '),
        })}
      </Paragraph>
      <Button size="small" isBasic onClick={() => setState({ status: 'idle' })}>
        {t('platform.tagsDismiss')}
      </Button>
    </Notification>
  );
}
