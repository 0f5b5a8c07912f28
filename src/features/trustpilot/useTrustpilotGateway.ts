import { useMemo } from 'react';
import type { TrustpilotGateway, TrustpilotResult } from '../../api/trustpilot';
import { useZendesk } from '../../zaf/ZafProvider';

const unreachable = { ok: false, failure: { kind: 'network' } } as const;

/**
 * The frame's Trustpilot reader (one budget per frame), created once per client. Its code loads
 * on the first call, so an installation without the connection never downloads it.
 */
export function useTrustpilotGateway(): TrustpilotGateway {
  const zendesk = useZendesk();
  return useMemo(() => {
    let loaded: Promise<TrustpilotGateway> | null = null;
    const gateway = () =>
      (loaded ??= import('../../api/trustpilot').then((module) => module.createTrustpilotGateway(zendesk)));
    const call = async <T>(
      run: (ready: TrustpilotGateway) => Promise<TrustpilotResult<T>>,
    ): Promise<TrustpilotResult<T>> => {
      try {
        return await run(await gateway());
      } catch {
        loaded = null;
        return unreachable;
      }
    };
    return {
      review: (reviewId, options) => call((ready) => ready.review(reviewId, options)),
      consumerReviews: (consumerId, options) => call((ready) => ready.consumerReviews(consumerId, options)),
    };
  }, [zendesk]);
}
