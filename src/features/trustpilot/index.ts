import { lazy } from 'react';

export { StampRecheck, type StampRecheckState } from './StampRecheck';
export { TrustpilotHistory, type TrustpilotHistoryProps } from './TrustpilotHistory';
export { useTrustpilotGateway } from './useTrustpilotGateway';
export {
  RECHECK_TIMEOUT_MS,
  useTrustpilotReview,
  type RecheckOutcome,
  type TrustpilotCheck,
  type TrustpilotView,
} from './useTrustpilotReview';

/** What Trustpilot says about the review, on the card; its own chunk, loaded when the connection is on. */
export const TrustpilotSection = lazy(() => import('./TrustpilotSection'));
