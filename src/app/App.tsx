import { useEffect, useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { resolveLocale } from '../i18n/locale';
import { startSendGate, type SendGate } from '../zaf/sendGate';
import { SendGateProvider } from '../zaf/SendGateProvider';
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
  /** The send gate started with the client; without one, the app starts its own for the client. */
  gate?: SendGate | null;
}

interface Session {
  /** Hands the provider the client made at start, or throws what making it threw. */
  create: () => ZafClient | false;
  gate: SendGate | null;
}

/** The app root: theme, translations, error boundary, ZAF session, then the ticket sidebar. */
export function App({ createClient, initialScheme, browserLocale, startup = null, gate = null }: AppProps) {
  const [scheme, setScheme] = useState<ColorScheme>(initialScheme ?? 'light');
  const [session] = useState<Session>(() => {
    try {
      const client = createClient();
      return { create: () => client, gate: gate ?? (client === false ? null : startSendGate(client)) };
    } catch (error) {
      // The SDK could not be loaded: the provider shows why.
      return {
        create: () => {
          throw error;
        },
        gate,
      };
    }
  });
  // A chunk that fails to load outside React's view (Vite's preload) leaves the tools incomplete.
  useEffect(() => {
    const { gate: active } = session;
    if (!active) return undefined;
    const onPreloadError = (event: Event) => active.fail(event);
    window.addEventListener('vite:preloadError', onPreloadError);
    return () => window.removeEventListener('vite:preloadError', onPreloadError);
  }, [session]);
  const content = (
    <ErrorBoundary onFailure={(error) => session.gate?.fail(error)} onReset={() => session.gate?.recover()}>
      <ZafProvider
        createClient={session.create}
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
  );
  return (
    <ThemeRoot scheme={scheme}>
      <I18nProvider locale={resolveLocale(browserLocale)}>
        {session.gate ? <SendGateProvider gate={session.gate}>{content}</SendGateProvider> : content}
      </I18nProvider>
    </ThemeRoot>
  );
}
