import { useMemo } from 'react';
import { parseReview } from '../domain/review/parseReview';
import type { AppSettings } from '../domain/settings';
import { withTrustpilot } from '../domain/trustpilot/compare';
import type { TicketSnapshot } from '../domain/types';
import { usePublicationStatus } from '../features/publication';
import { useAlreadyAnswered } from '../features/review';
import { useTrustpilotGateway, useTrustpilotReview } from '../features/trustpilot';

/**
 * The review the tools work with: read from the ticket, whether it was answered (the comments API
 * once it answers), and Trustpilot's current version when the connection is on.
 */
export function useSidebarReview(ticket: TicketSnapshot, settings: AppSettings) {
  const parsed = useMemo(() => parseReview(ticket, settings), [ticket, settings]);
  const answeredCheck = useAlreadyAnswered(ticket.id, parsed.reviewer.id);
  // The comments API knows which agent comments were public; until it answers, the ticket data decides.
  const answered = answeredCheck.status === 'ready' ? answeredCheck.data.answered : parsed.alreadyAnswered;
  const gateway = useTrustpilotGateway();
  const trustpilot = useTrustpilotReview(parsed, settings.trustpilotEnabled, gateway);
  // Trustpilot's current version (and a company reply already there) is what the tools work with.
  const publication = usePublicationStatus(ticket.id, trustpilot.reviewId);
  const comparison = trustpilot.status === 'ready' ? trustpilot.comparison : null;
  const current = trustpilot.status === 'ready' ? trustpilot.current : null;
  const consumerId = current?.consumer.id ?? '';
  const trustpilotHistory = useMemo(
    () =>
      consumerId === '' ? null : { load: () => gateway.consumerReviews(consumerId), reviewId: trustpilot.reviewId },
    [gateway, consumerId, trustpilot.reviewId],
  );
  const review = useMemo(() => {
    const known = { ...parsed, alreadyAnswered: answered };
    return comparison && current ? withTrustpilot(known, comparison, current) : known;
  }, [parsed, answered, comparison, current]);
  return { review, answeredCheck, trustpilot, publication, trustpilotHistory };
}
