import { lazy, Suspense, useMemo } from 'react';
import styled from 'styled-components';
import { parseReview } from '../domain/review/parseReview';
import { HistoryCacheProvider } from '../features/history/HistoryCacheProvider';
import { ReviewCard } from '../features/review/ReviewCard';
import { useAlreadyAnswered } from '../features/review/useAlreadyAnswered';
import { PendingGate } from './PendingGate';
import { StatusMessage } from './StatusMessage';
import type { StartupData } from './useStartup';
import { useNow } from './useNow';

// Everything below the card is its own chunk, so the review paints first.
const ReviewTools = lazy(() => import('./ReviewTools'));

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.md};
`;

/** The review tools for a review ticket: card first, then scenario, guidance, templates, proofreading, history. */
export function SidebarContent({ data }: { data: StartupData }) {
  const { ticket, settings, currentUser } = data;
  const now = useNow(60_000);
  const parsed = useMemo(() => parseReview(ticket, settings), [ticket, settings]);
  const answeredCheck = useAlreadyAnswered(ticket.id, parsed.reviewer.id);
  // The comments API knows which agent comments were public; until it answers, the ticket data decides.
  const answered = answeredCheck.status === 'ready' ? answeredCheck.data.answered : parsed.alreadyAnswered;
  const review = useMemo(() => ({ ...parsed, alreadyAnswered: answered }), [parsed, answered]);

  return (
    <HistoryCacheProvider>
      <Stack>
        <ReviewCard review={review} now={now} answeredCheck={answeredCheck} />
        <Suspense
          fallback={
            <>
              <PendingGate />
              <StatusMessage kind="loading" messageKey="startup.loadingPanel" />
            </>
          }
        >
          <ReviewTools review={review} ticketId={ticket.id} settings={settings} currentUser={currentUser} now={now} />
        </Suspense>
      </Stack>
    </HistoryCacheProvider>
  );
}
