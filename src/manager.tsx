import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useEffect, useState, type ReactNode } from 'react';
import styled from 'styled-components';

import { ThemeRoot } from './app/ThemeRoot';
import { COLOR_SCHEME_PATH, parseColorScheme, type ColorScheme } from './app/theme';
import type { UiLocale } from './domain/types';
import { ManagerBoundary, TemplateManagerWindow } from './features/settings';
import { LoadingDots } from './ui/LoadingDots';
import { Row } from './ui/layout';
import { I18nProvider, useI18n } from './i18n/I18nProvider';
import { HiddenHeading } from './ui';
import { formatLocaleFor, resolveLocale } from './i18n/locale';
import { englishMessages, loadMessages, type MessageTree } from './i18n/messages';
import type { ZafClient } from './zaf/types';
import { useZendesk, ZafProvider } from './zaf/ZafProvider';

// The template manager in Zendesk's modal location (opened from the sidebar with instances.create);
// its own chunk, loaded by main.tsx on manager.html.

const Page = styled.main`
  box-sizing: border-box;
  margin: 0 auto;
  max-width: 960px;
  padding: ${({ theme }) => theme.space.md};
`;

interface Strings {
  locale: UiLocale;
  /** The admin's full Zendesk locale, for dates, times and numbers (en-GB: day before month). */
  formatLocale: string;
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
      const requested = typeof user.currentUser?.locale === 'string' ? user.currentUser.locale : null;
      const locale = resolveLocale(requested);
      const [core, tools, english] = await Promise.all([
        loadMessages(locale, 'core'),
        loadMessages(locale, 'tools'),
        loadMessages('en', 'tools'),
      ]);
      return {
        locale,
        formatLocale: formatLocaleFor(requested, locale),
        messages: { ...core, ...tools },
        fallback: { ...englishMessages, ...english },
      };
    };
    load().then(
      (loaded) => active && setStrings(loaded),
      (error: unknown) => {
        console.error('The template manager strings could not be loaded', error);
        if (active)
          setStrings({ locale: 'en', formatLocale: 'en', messages: englishMessages, fallback: englishMessages });
      },
    );
    return () => {
      active = false;
    };
  }, [zendesk]);
  if (!strings) return <Notice kind="loading" messageKey="app.connecting" />;
  return (
    <I18nProvider
      locale={strings.locale}
      formatLocale={strings.formatLocale}
      messages={strings.messages}
      fallback={strings.fallback}
    >
      {children}
    </I18nProvider>
  );
}

/**
 * Follows the admin's colour scheme: asks Zendesk once when the URL had none, then its change event.
 * (The sidebar's ColorSchemeListener does the same; sharing it would split the sidebar's start-up chunk.)
 */
function SchemeFollower({ onChange, ask }: { onChange: (scheme: ColorScheme) => void; ask: boolean }) {
  const zendesk = useZendesk();
  useEffect(() => {
    let active = true;
    const follow = (value: unknown) => {
      const scheme = parseColorScheme(value);
      if (active && scheme) onChange(scheme);
    };
    const stop = zendesk.on('colorScheme.changed', follow);
    if (ask)
      zendesk.readObjects([COLOR_SCHEME_PATH]).then(
        ({ values, failed }) => failed.length === 0 && follow(values[COLOR_SCHEME_PATH]),
        (error: unknown) => console.warn('Zendesk did not answer the colour scheme', error),
      );
    return () => {
      active = false;
      stop();
    };
  }, [zendesk, ask, onChange]);
  return null;
}

/**
 * A loading line or a notice before the manager can show. (Like the sidebar's StatusMessage, kept
 * here so the two pages' shared modules stay in the sidebar's one start-up chunk.)
 */
function Notice({ kind, messageKey }: { kind: 'loading' | 'info' | 'error'; messageKey: string }) {
  const { t } = useI18n();
  if (kind === 'loading')
    return (
      <Row role="status">
        <LoadingDots />
        <Paragraph>{t(messageKey)}</Paragraph>
      </Row>
    );
  return (
    <Notification type={kind} role={kind === 'error' ? 'alert' : 'status'}>
      <Paragraph>{t(messageKey)}</Paragraph>
    </Notification>
  );
}

function Title() {
  const { t } = useI18n();
  return <HiddenHeading as="h1">{t('app.title')}</HiddenHeading>;
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
              connecting={<Notice kind="loading" messageKey="app.connecting" />}
              outsideZendesk={<Notice kind="info" messageKey="app.outsideZendeskBody" />}
              failed={<Notice kind="error" messageKey="app.registerFailed" />}
            >
              <SchemeFollower onChange={setScheme} ask={initialScheme === null} />
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

/** What main.tsx hands the manager's page (its own imports, so the two share one start-up chunk). */
export interface ManagerStart {
  /** The SDK client, `false` outside Zendesk, null when the SDK could not be loaded. */
  client: ZafClient | false | null;
  initialScheme: ColorScheme | null;
  render: (page: ReactNode) => void;
}

/** Renders the template manager's modal page (called by the shared entry, main.tsx, on manager.html). */
export function startManager({ client, initialScheme, render }: ManagerStart): void {
  render(<ManagerApp client={client} initialScheme={initialScheme} />);
}
