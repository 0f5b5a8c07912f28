import { TrustpilotStatus } from './TrustpilotStatus';
import type { TrustpilotView } from './useTrustpilotReview';
import { PublicationStatus, type PublicationUpdate } from '../publication';

export interface TrustpilotSectionProps {
  view: TrustpilotView;
  publication: PublicationUpdate | null;
}

/** The card's Trustpilot part: a sent reply's status and what Trustpilot says about the review. Loaded only when the connection is on. */
export default function TrustpilotSection({ view, publication }: TrustpilotSectionProps) {
  return (
    <>
      {publication ? <PublicationStatus update={publication} /> : null}
      <TrustpilotStatus view={view} />
    </>
  );
}
