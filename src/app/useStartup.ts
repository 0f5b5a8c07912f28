import { useCallback, useEffect, useState } from 'react';
import { parseSettings, type AppSettings } from '../domain/settings';
import { normalizeTicket, normalizeUser } from '../domain/ticket';
import type { TicketSnapshot, UiLocale, UserSnapshot } from '../domain/types';
import { resolveLocale } from '../i18n/locale';
import { loadMessages, type MessageTree } from '../i18n/messages';
import { getPaths } from '../zaf/calls';
import { useZaf } from '../zaf/ZafProvider';

/** Everything the sidebar needs before it can show the review. */
export interface StartupData {
  ticket: TicketSnapshot;
  currentUser: UserSnapshot | null;
  settings: AppSettings;
  locale: UiLocale;
  messages: MessageTree;
}

export type StartupState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; data: StartupData };

/** The ticket and the agent, read in one batched `get`, plus the agent's UI strings. */
const STARTUP_PATHS = ['ticket', 'currentUser'] as const;

/** Reads the ticket and the current user in a single round trip, then loads the agent's locale. */
export function useStartup(): { state: StartupState; retry: () => void } {
  const { client, metadata } = useZaf();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<StartupState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    setState({ status: 'loading' });
    (async () => {
      const { values, failed } = await getPaths(client, STARTUP_PATHS);
      if (failed.includes('ticket') || values.ticket === undefined) throw new Error('ticket unreadable');
      const currentUser = normalizeUser(values.currentUser);
      const locale = resolveLocale(currentUser?.locale);
      const messages = await loadMessages(locale);
      return {
        ticket: normalizeTicket(values.ticket),
        currentUser,
        settings: parseSettings(metadata.settings),
        locale,
        messages,
      };
    })().then(
      (data) => active && setState({ status: 'ready', data }),
      () => active && setState({ status: 'error' }),
    );
    return () => {
      active = false;
    };
  }, [client, metadata, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
