import { useEffect, useState } from 'react';
import { useZafEvent } from '../../zaf/useZafEvent';
import { useZendesk } from '../../zaf/ZafProvider';
import {
  FOLLOW_EVENT,
  parseUpdate,
  QUERY_EVENT,
  STATUS_EVENT,
  type FollowRequest,
  type PublicationUpdate,
} from './events';

/**
 * Hands each submitted reply on this ticket to the background location, which follows it until
 * Trustpilot shows it, and returns the latest status it reports (also one from before the
 * sidebar was opened). Null while nothing is being followed or the connection is off.
 */
export function usePublicationStatus(ticketId: number | null, reviewId: string | null): PublicationUpdate | null {
  const zendesk = useZendesk();
  const [update, setUpdate] = useState<PublicationUpdate | null>(null);
  const active = ticketId !== null && reviewId !== null;

  useEffect(() => {
    if (!active) return undefined;
    const stop = zendesk.onInstanceEvent(STATUS_EVENT, (data) => {
      const next = parseUpdate(data);
      if (next && next.ticketId === ticketId) setUpdate(next);
    });
    void zendesk.tellInstances('background', QUERY_EVENT, { ticketId });
    return stop;
  }, [zendesk, active, ticketId]);

  useZafEvent('ticket.submit.done', () => {
    if (ticketId === null || reviewId === null) return;
    const request: FollowRequest = { ticketId, reviewId, submittedAt: Date.now() };
    void zendesk.tellInstances('background', FOLLOW_EVENT, request);
  });

  return active ? update : null;
}
