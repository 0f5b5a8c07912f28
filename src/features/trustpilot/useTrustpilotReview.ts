import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TrustpilotFailure, TrustpilotGateway, TrustpilotResult } from '../../api/trustpilot';
import type { Review } from '../../domain/review/types';
import {
  changeSince,
  compareWithTicket,
  isEdited,
  type RecheckChange,
  type TrustpilotComparison,
} from '../../domain/trustpilot/compare';
import { reviewIdFromUrl } from '../../domain/trustpilot/reviewId';
import type { TrustpilotReview } from '../../domain/trustpilot/types';

/** What Trustpilot says about the ticket's review. */
export type TrustpilotCheck =
  | { status: 'off' }
  | { status: 'loading'; waitMs: number }
  | { status: 'ready'; current: TrustpilotReview; comparison: TrustpilotComparison }
  | { status: 'deleted' }
  | { status: 'error'; failure: TrustpilotFailure };

/** The outcome of reading the review again before a proofread stamp. */
export type RecheckOutcome = { kind: 'unchanged' } | { kind: 'changed'; change: RecheckChange } | { kind: 'unchecked' };

export type TrustpilotView = TrustpilotCheck & {
  reviewId: string | null;
  retry: () => void;
  /** Reads the review again (bounded by `timeoutMs`) and says whether it changed since it was shown. */
  recheck: (timeoutMs: number) => Promise<RecheckOutcome>;
};

type Loaded =
  | { status: 'ready'; current: TrustpilotReview }
  | { status: 'deleted' }
  | { status: 'error'; failure: TrustpilotFailure };

const loadedFrom = (result: TrustpilotResult<TrustpilotReview>): Loaded => {
  if (result.ok) return { status: 'ready', current: result.value };
  if (result.failure.kind === 'notFound') return { status: 'deleted' };
  return { status: 'error', failure: result.failure };
};

/** How long the proofread stamp may wait for Trustpilot. */
export const RECHECK_TIMEOUT_MS = 4_000;

/**
 * Reads the ticket's review from Trustpilot when an administrator turned the connection on and
 * the ticket links to the review. Without either, the state is `off` and nothing is requested.
 */
export function useTrustpilotReview(review: Review, enabled: boolean, gateway: TrustpilotGateway): TrustpilotView {
  const reviewId = enabled ? reviewIdFromUrl(review.reviewUrl) : null;
  const [round, setRound] = useState(0);
  const [loaded, setLoaded] = useState<{ reviewId: string; value: Loaded } | null>(null);
  const [waitMs, setWaitMs] = useState(0);
  const latest = useRef<Loaded | null>(null);
  const current = loaded !== null && loaded.reviewId === reviewId ? loaded.value : null;
  useEffect(() => {
    latest.current = current;
  });

  useEffect(() => {
    if (reviewId === null) return undefined;
    let active = true;
    setWaitMs(0);
    void gateway.review(reviewId, { onWait: (ms) => active && setWaitMs(ms) }).then((result) => {
      if (active) setLoaded({ reviewId, value: loadedFrom(result) });
    });
    return () => {
      active = false;
    };
  }, [gateway, reviewId, round]);

  const retry = useCallback(() => {
    setLoaded(null);
    setRound((n) => n + 1);
  }, []);

  const recheck = useCallback(
    async (timeoutMs: number): Promise<RecheckOutcome> => {
      if (reviewId === null) return { kind: 'unchecked' };
      const result = await gateway.review(reviewId, { timeoutMs, maxWaitMs: Math.min(timeoutMs, 2_000) });
      const fresh = loadedFrom(result);
      if (fresh.status === 'error') return { kind: 'unchecked' };
      const seen = latest.current;
      setLoaded({ reviewId, value: fresh });
      let change: RecheckChange | null;
      if (fresh.status === 'deleted') {
        // No reply can be published under a review that is gone.
        change = 'deleted';
      } else if (seen?.status === 'ready') {
        change = changeSince(seen.current, fresh.current);
      } else {
        // The agent proofread against the ticket's data: compare Trustpilot's version with that.
        const comparison = compareWithTicket(review, fresh.current);
        change = comparison.companyReply !== null ? 'replied' : isEdited(comparison) ? 'edited' : null;
      }
      return change === null ? { kind: 'unchanged' } : { kind: 'changed', change };
    },
    [gateway, reviewId, review],
  );

  const check = useMemo((): TrustpilotCheck => {
    if (reviewId === null) return { status: 'off' };
    if (current === null) return { status: 'loading', waitMs };
    if (current.status === 'ready') {
      return { status: 'ready', current: current.current, comparison: compareWithTicket(review, current.current) };
    }
    return current;
  }, [reviewId, current, waitMs, review]);

  return { ...check, reviewId, retry, recheck };
}
