import { useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { resolveLocale } from '../i18n/locale';
import type { ZafClient } from '../zaf/types';
import { ZafProvider } from '../zaf/ZafProvider';
import { ColorSchemeListener } from './ColorSchemeListener';
import { ErrorBoundary } from './ErrorBoundary';
import { StatusMessage } from './StatusMessage';
import { ThemeRoot } from './ThemeRoot';
import type { ColorScheme } from './theme';
import type { StartupValues } from './startupRequest';
import { TicketSidebar } from './TicketSidebar';

export interface AppProps {
  /** Creates the ZAF client; returns `false` outside Zendesk. */
  createClient: () => ZafClient | false;
  /** The colour scheme from the iframe URL, known before the SDK answers; null when the URL had none. */
  initialScheme: ColorScheme | null;
  /** Used for messages shown before the agent's Zendesk locale is known. */
  browserLocale: string;
  /** The start-up `get`, when it was sent as soon as the client existed. */
  startup?: Promise<StartupValues> | null;
}

/** The app root: theme, translations, error boundary, ZAF session, then the ticket sidebar. */
export function App({ createClient, initialScheme, browserLocale, startup = null }: AppProps) {
  const [scheme, setScheme] = useState<ColorScheme>(initialScheme ?? 'light');
  return (
    <ThemeRoot scheme={scheme}>
      <I18nProvider locale={resolveLocale(browserLocale)}>
        <ErrorBoundary>
          <ZafProvider
            createClient={createClient}
            connecting={<StatusMessage kind="loading" messageKey="app.connecting" />}
            outsideZendesk={
              <StatusMessage kind="info" titleKey="app.outsideZendeskTitle" messageKey="app.outsideZendeskBody" />
            }
            failed={<StatusMessage kind="error" messageKey="app.registerFailed" />}
          >
            <ColorSchemeListener onChange={setScheme} knownFromUrl={initialScheme !== null} />
            <TicketSidebar startup={startup} />
          </ZafProvider>
        </ErrorBoundary>
      </I18nProvider>
    </ThemeRoot>
  );
}
