import { useCallback, useEffect, useState } from 'react';
import { parseSettings, type AppSettings } from '../domain/settings';
import { normalizeTicket, normalizeUser } from '../domain/ticket';
import type { TicketSnapshot, UiLocale, UserSnapshot } from '../domain/types';
import { formatLocaleFor, resolveLocale } from '../i18n/locale';
import { loadMessages, type MessageTree } from '../i18n/messages';
import { useZaf } from '../zaf/ZafProvider';
import { requestStartup, type StartupValues } from './startupRequest';

/** Everything the sidebar needs before it can show the review. */
export interface StartupData {
  ticket: TicketSnapshot;
  currentUser: UserSnapshot | null;
  settings: AppSettings;
  /** The language of the strings (`en` for an `en-GB` agent). */
  locale: UiLocale;
  /** The agent's full Zendesk locale for dates, times and numbers (`en-GB`), validated. */
  formatLocale: string;
  messages: MessageTree;
}

export type StartupState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: StartupData };

/**
 * Reads the ticket and the current user in a single round trip, then loads the agent's locale.
 * `early` is that round trip already under way (see `requestStartup`); if it failed, for example
 * because Zendesk took long to register the app, the first attempt asks once more.
 */
export function useStartup(early: Promise<StartupValues> | null = null): { state: StartupState; retry: () => void } {
  const { zendesk, metadata } = useZaf();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<StartupState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    setState({ status: 'loading' });
    (async () => {
      const fresh = () => requestStartup(zendesk);
      const { values, failed } = await (attempt === 0 && early ? early.catch(fresh) : fresh());
      if (failed.includes('ticket') || values.ticket === undefined) throw new Error('ticket unreadable');
      const currentUser = normalizeUser(values.currentUser);
      const locale = resolveLocale(currentUser?.locale);
      const messages = await loadMessages(locale);
      return {
        ticket: normalizeTicket(values.ticket),
        currentUser,
        settings: parseSettings(metadata.settings),
        locale,
        formatLocale: formatLocaleFor(currentUser?.locale, locale),
        messages,
      };
    })().then(
      (data) => active && setState({ status: 'ready', data }),
      () => active && setState({ status: 'error' }),
    );
    return () => {
      active = false;
    };
  }, [zendesk, metadata, attempt, early]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
