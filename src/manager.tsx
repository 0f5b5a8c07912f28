import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import styled from 'styled-components';
import { ColorSchemeListener } from './app/ColorSchemeListener';
import { StatusMessage } from './app/StatusMessage';
import { ThemeRoot } from './app/ThemeRoot';
import { colorSchemeInUrl, type ColorScheme } from './app/theme';
import type { UiLocale } from './domain/types';
import { ManagerBoundary, TemplateManagerWindow } from './features/settings';
import { I18nProvider, useI18n } from './i18n/I18nProvider';
import { resolveLocale } from './i18n/locale';
import { englishMessages, loadMessages, type MessageTree } from './i18n/messages';
import { createSdkClient, loadSdk, type ZafSdk } from './zaf/sdk';
import type { ZafClient } from './zaf/types';
import { useZendesk, ZafProvider } from './zaf/ZafProvider';

// The template manager in Zendesk's modal location (opened from the sidebar with instances.create).

const Page = styled.main`
  box-sizing: border-box;
  margin: 0 auto;
  max-width: 960px;
  padding: ${({ theme }) => theme.space.md};
`;

const HiddenTitle = styled.h1`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

interface Strings {
  locale: UiLocale;
  messages: MessageTree;
  fallback: MessageTree;
}

/** Reads the admin's Zendesk locale, then loads the manager's strings in it (English for what is missing). */
function AdminStrings({ children }: { children: ReactNode }) {
  const zendesk = useZendesk();
  const [strings, setStrings] = useState<Strings | null>(null);
  useEffect(() => {
    let active = true;
    const load = async (): Promise<Strings> => {
      const { values } = await zendesk.readObjects(['currentUser'] as const).catch(() => ({ values: {} as const }));
      const user = values as { currentUser?: { locale?: unknown } };
      const locale = resolveLocale(typeof user.currentUser?.locale === 'string' ? user.currentUser.locale : null);
      const [core, tools, english] = await Promise.all([
        loadMessages(locale, 'core'),
        loadMessages(locale, 'tools'),
        loadMessages('en', 'tools'),
      ]);
      return { locale, messages: { ...core, ...tools }, fallback: { ...englishMessages, ...english } };
    };
    load().then(
      (loaded) => active && setStrings(loaded),
      (error: unknown) => {
        console.error('The template manager strings could not be loaded', error);
        if (active) setStrings({ locale: 'en', messages: englishMessages, fallback: englishMessages });
      },
    );
    return () => {
      active = false;
    };
  }, [zendesk]);
  if (!strings) return <StatusMessage kind="loading" messageKey="app.connecting" />;
  return (
    <I18nProvider locale={strings.locale} messages={strings.messages} fallback={strings.fallback}>
      {children}
    </I18nProvider>
  );
}

function Title() {
  const { t } = useI18n();
  return <HiddenTitle>{t('app.title')}</HiddenTitle>;
}

function Crashed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Notification type="error" role="alert">
      <Paragraph>{t('settings.loadFailed')}</Paragraph>
      <Button size="small" onClick={onRetry}>
        {t('settings.retry')}
      </Button>
    </Notification>
  );
}

function ManagerApp({
  client,
  initialScheme,
}: {
  client: ZafClient | false | null;
  initialScheme: ColorScheme | null;
}) {
  const [scheme, setScheme] = useState<ColorScheme>(initialScheme ?? 'light');
  return (
    <ThemeRoot scheme={scheme}>
      <I18nProvider locale={resolveLocale(navigator.language)}>
        <Page>
          <Title />
          <ManagerBoundary fallback={(retry) => <Crashed onRetry={retry} />}>
            <ZafProvider
              createClient={() => {
                if (client === null) throw new Error('the Zendesk Apps SDK could not be loaded');
                return client;
              }}
              connecting={<StatusMessage kind="loading" messageKey="app.connecting" />}
              outsideZendesk={
                <StatusMessage kind="info" titleKey="app.outsideZendeskTitle" messageKey="app.outsideZendeskBody" />
              }
              failed={<StatusMessage kind="error" messageKey="app.registerFailed" />}
            >
              <ColorSchemeListener onChange={setScheme} knownFromUrl={initialScheme !== null} />
              <AdminStrings>
                <TemplateManagerWindow />
              </AdminStrings>
            </ZafProvider>
          </ManagerBoundary>
        </Page>
      </I18nProvider>
    </ThemeRoot>
  );
}

function start(sdk: ZafSdk | null): void {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <ManagerApp
      client={sdk ? createSdkClient(sdk) : null}
      initialScheme={colorSchemeInUrl(window.location.search, window.location.hash)}
    />,
  );
}

loadSdk().then(start, (error: unknown) => {
  console.error('The Zendesk Apps SDK could not be loaded', error);
  start(null);
});
