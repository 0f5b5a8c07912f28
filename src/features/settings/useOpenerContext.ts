import { useEffect, useState } from 'react';
import { normalizeUser } from '../../domain/ticket';
import type { UserSnapshot } from '../../domain/types';
import { useZaf } from '../../zaf/ZafProvider';
import { MANAGER_EVENTS, readContext, type ManagerContext } from './managerMessages';

/** How often the modal says hello until its sidebar answers, and how long it waits in all. */
const HELLO_EVERY_MS = 500;
const HELLO_TIMEOUT_MS = 15_000;

export type OpenerState =
  | { status: 'waiting' }
  | { status: 'ready'; context: ManagerContext; currentUser: UserSnapshot | null }
  | { status: 'lost' };

/**
 * In the modal: the review and template texts of the sidebar that opened it. The modal says hello
 * (with its guid) to the app's sidebars until the one that opened it answers; `lost` when none does.
 */
export function useOpenerContext(): OpenerState {
  const { zendesk, context: own } = useZaf();
  const [state, setState] = useState<OpenerState>({ status: 'waiting' });
  const guid = own.instanceGuid ?? '';

  useEffect(() => {
    let active = true;
    let answered: ManagerContext | null = null;
    const user = zendesk.readObjects(['currentUser'] as const).then(
      ({ values }) => normalizeUser(values.currentUser),
      () => null,
    );
    const stop = zendesk.onInstanceEvent(MANAGER_EVENTS.context, (data) => {
      const context = readContext(data);
      if (!context || answered) return;
      answered = context;
      finish();
      void user.then((currentUser) => {
        if (active) setState({ status: 'ready', context, currentUser });
      });
    });
    const hello = () => void zendesk.tellInstances('ticket_sidebar', MANAGER_EVENTS.hello, { guid });
    const timer = setInterval(hello, HELLO_EVERY_MS);
    const giveUp = setTimeout(() => {
      finish();
      if (active && !answered) setState({ status: 'lost' });
    }, HELLO_TIMEOUT_MS);
    function finish(): void {
      clearInterval(timer);
      clearTimeout(giveUp);
    }
    hello();
    return () => {
      active = false;
      finish();
      stop();
    };
  }, [zendesk, guid]);

  return state;
}
