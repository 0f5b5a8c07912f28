import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createZendesk, type Zendesk } from './port';
import type { ZafClient, ZafContext, ZafMetadata } from './types';

export interface ZafSession {
  /** The app's named operations on Zendesk; the SDK client itself stays inside src/zaf. */
  zendesk: Zendesk;
  metadata: ZafMetadata;
  context: ZafContext;
}

type ProviderState =
  | { status: 'outside-zendesk' }
  | { status: 'unavailable' }
  | { status: 'connecting'; client: ZafClient }
  | { status: 'ready'; session: ZafSession }
  | { status: 'error'; client: ZafClient };

const SessionContext = createContext<ZafSession | null>(null);

/** How long to wait for `app.registered` before saying Zendesk did not answer. */
const REGISTER_TIMEOUT_MS = 15_000;

export interface ZafProviderProps {
  /**
   * Creates the client; called once per mounted provider. Returns `false` outside Zendesk and
   * throws when the SDK could not be loaded (then `failed` is shown).
   */
  createClient: () => ZafClient | false;
  /** Shown while waiting for `app.registered`. */
  connecting: ReactNode;
  /** Shown when the page runs outside Zendesk (`ZAFClient.init()` returned `false`). */
  outsideZendesk: ReactNode;
  /** Shown when Zendesk never registered the app. */
  failed: ReactNode;
  children: ReactNode;
}

/** Creates the ZAF client once, waits for `app.registered`, then provides the session. */
export function ZafProvider({ createClient, connecting, outsideZendesk, failed, children }: ZafProviderProps) {
  const [state, setState] = useState<ProviderState>(() => {
    let client: ZafClient | false;
    try {
      client = createClient();
    } catch (error) {
      console.error('The Zendesk Apps client could not be created', error);
      return { status: 'unavailable' };
    }
    return client === false ? { status: 'outside-zendesk' } : { status: 'connecting', client };
  });

  const client = state.status === 'connecting' ? state.client : null;
  useEffect(() => {
    if (!client) return undefined;
    let active = true;
    const timer = setTimeout(() => {
      if (active) setState({ status: 'error', client });
    }, REGISTER_TIMEOUT_MS);
    // metadata() and context() resolve on app.registered, or at once when it already happened.
    Promise.all([client.metadata(), client.context()]).then(
      ([metadata, context]) => {
        clearTimeout(timer);
        if (active) setState({ status: 'ready', session: { zendesk: createZendesk(client), metadata, context } });
      },
      () => {
        clearTimeout(timer);
        if (active) setState({ status: 'error', client });
      },
    );
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [client]);

  switch (state.status) {
    case 'outside-zendesk':
      return <>{outsideZendesk}</>;
    case 'connecting':
      return <>{connecting}</>;
    case 'unavailable':
    case 'error':
      return <>{failed}</>;
    case 'ready':
      return <SessionContext.Provider value={state.session}>{children}</SessionContext.Provider>;
  }
}

/** The registered ZAF session; only inside `ZafProvider`. */
export function useZaf(): ZafSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useZaf() must be used inside <ZafProvider> once the app is registered');
  return session;
}

/** Zendesk's operations, for code that only needs to make calls. */
export const useZendesk = (): Zendesk => useZaf().zendesk;
