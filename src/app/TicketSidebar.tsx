import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useEffect, useRef } from 'react';
import styled from 'styled-components';
import { isReviewTicket } from '../domain/review/parseReview';
import { ManagerViewHost } from '../features/settings';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { translate } from '../i18n/messages';
import { useOptionalSendGate } from '../zaf/SendGateProvider';
import { useZaf } from '../zaf/ZafProvider';
import { HiddenHeading } from '../ui';
import { StatusMessage } from './StatusMessage';
import { SidebarContent } from './SidebarContent';
import { useAutoResize } from './useAutoResize';
import type { StartupValues } from './startupRequest';
import { useStartup } from './useStartup';

const Root = styled.main`
  box-sizing: border-box;
  padding: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.xxs};
`;

function StartupError({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Notification type="error" role="alert">
      <Paragraph>{t('startup.error')}</Paragraph>
      <Button size="small" onClick={onRetry}>
        {t('startup.retry')}
      </Button>
    </Notification>
  );
}

/** Reads the ticket once, then shows the review tools, a notice, or hides itself on other tickets. */
export function TicketSidebar({ startup = null }: { startup?: Promise<StartupValues> | null }) {
  const { zendesk } = useZaf();
  const { t } = useI18n();
  const { state, retry } = useStartup(startup);
  const root = useRef<HTMLElement>(null);
  useAutoResize(zendesk, root);

  const isReview = state.status === 'ready' && isReviewTicket(state.data.ticket, state.data.settings);
  const hide = state.status === 'ready' && !isReview && !state.data.settings.showOnOtherTickets;
  useEffect(() => {
    if (hide) zendesk.hide().catch(() => undefined);
  }, [zendesk, hide]);

  // The gate learns what the ticket is as soon as it is read, and speaks the agent's language.
  const gate = useOptionalSendGate();
  const known = state.status === 'ready';
  useEffect(() => {
    if (gate && known) gate.setReview(isReview);
  }, [gate, known, isReview]);
  const ready = state.status === 'ready' ? state.data : null;
  useEffect(() => {
    if (gate && ready) gate.setTranslate((key, params) => translate(ready.messages, key, params));
  }, [gate, ready]);

  return (
    <Root ref={root}>
      {/* For assistive technology: Zendesk already shows the app's name above the iframe. */}
      <HiddenHeading as="h1">{t('app.title')}</HiddenHeading>
      {state.status === 'loading' ? <StatusMessage kind="loading" messageKey="startup.loading" /> : null}
      {state.status === 'error' ? <StartupError onRetry={retry} /> : null}
      {state.status === 'ready' ? (
        <I18nProvider locale={state.data.locale} formatLocale={state.data.formatLocale} messages={state.data.messages}>
          {isReview ? (
            // Where Zendesk cannot open the template manager in a modal, it takes this place instead.
            <ManagerViewHost>
              <SidebarContent data={state.data} />
            </ManagerViewHost>
          ) : (
            <StatusMessage kind="info" messageKey="notReview" />
          )}
        </I18nProvider>
      ) : null}
    </Root>
  );
}
