import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchPublicReplies, type CommentsFailure } from '../../api/comments';
import type { RequestPolicy } from '../../api/request';
import type { PublicReplies } from '../../domain/review/publicReplies';
import { useZafEvent } from '../../zaf/useZafEvent';
import { useZendesk } from '../../zaf/ZafProvider';

/** Whether the review already has a public agent reply, as the comments API tells. */
export type AlreadyAnsweredState =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: PublicReplies; error?: undefined }
  | { status: 'error'; data?: undefined; error: CommentsFailure };

export type AlreadyAnsweredView = AlreadyAnsweredState & { retry: () => void };

const NO_REPLIES: PublicReplies = { answered: false, count: 0, lastReplyAt: null };

/**
 * Asks Zendesk whether an agent already replied publicly to the review, and asks again after
 * the agent submits the ticket. A ticket not saved yet (no id) has no replies.
 */
export function useAlreadyAnswered(
  ticketId: number | null,
  requesterId: number | null,
  policy?: RequestPolicy,
): AlreadyAnsweredView {
  const zendesk = useZendesk();
  const [round, setRound] = useState(0);
  // Each answer remembers its ticket, so another ticket never shows this one's answer.
  const [state, setState] = useState<{ ticketId: number | null; value: AlreadyAnsweredState }>({
    ticketId,
    value: { status: 'loading' },
  });
  // The policy is a test seam: a new object on each render must not start a new request.
  const latestPolicy = useRef(policy);
  useEffect(() => {
    latestPolicy.current = policy;
  });

  useEffect(() => {
    if (ticketId === null) return undefined;
    let active = true;
    void fetchPublicReplies(zendesk, ticketId, requesterId, latestPolicy.current).then((result) => {
      if (!active) return;
      setState({
        ticketId,
        value: result.ok ? { status: 'ready', data: result.value } : { status: 'error', error: result.failure },
      });
    });
    return () => {
      active = false;
    };
  }, [zendesk, ticketId, requesterId, round]);

  const retry = useCallback(() => {
    setState({ ticketId, value: { status: 'loading' } });
    setRound((n) => n + 1);
  }, [ticketId]);
  // A reply sent from this ticket changes the answer; keep showing the last one meanwhile.
  useZafEvent('ticket.submit.done', () => setRound((n) => n + 1));

  if (ticketId === null) return { status: 'ready', data: NO_REPLIES, retry };
  if (state.ticketId !== ticketId) return { status: 'loading', retry };
  return { ...state.value, retry };
}
