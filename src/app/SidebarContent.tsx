import { lazy, Suspense, useMemo, useState } from 'react';
import styled from 'styled-components';
import { zendeskPlaceholderValues } from '../domain/proofread/zendeskPlaceholders';
import { HistoryCacheProvider } from '../features/history';
import { ReviewCard } from '../features/review';
import { I18nProvider } from '../i18n/I18nProvider';
import { StatusMessage } from './StatusMessage';
import type { StartupData } from './useStartup';
import { useNow } from './useNow';
import { useSidebarReview } from './useSidebarReview';
import { useSidebarSettings } from './useSidebarSettings';
import { useToolStrings } from './useToolStrings';

// Everything but the card is its own chunk (with its own strings), so the review paints first.
const loadReviewTools = () => import('./ReviewTools');
const ReviewTools = lazy(loadReviewTools);

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xs};
`;

// While the tools load, the send gate holds public replies back with its "still loading" message.
const toolsLoading = <StatusMessage kind="loading" messageKey="startup.loadingPanel" />;

/**
 * The sidebar for a review ticket: the review's header on top (the tools add the scenario, the
 * recommendation, the warning and the response-time badge to it), then the next step, then
 * everything else on demand.
 */
export function SidebarContent({ data }: { data: StartupData }) {
  const { ticket, currentUser, locale, messages } = data;
  const { settings, onTemplatesSaved } = useSidebarSettings(data.settings);
  const toolStrings = useToolStrings(locale, messages, loadReviewTools);
  const now = useNow(60_000);
  const { review, answeredCheck, trustpilot, publication, trustpilotHistory } = useSidebarReview(ticket, settings);
  const zendeskValues = useMemo(
    () => zendeskPlaceholderValues({ ticketId: ticket.id, requester: ticket.requester, currentUser }),
    [ticket, currentUser],
  );
  // The header's places for what the tools decide; elements, so the tools can render into them.
  const [glanceSlot, setGlanceSlot] = useState<HTMLDivElement | null>(null);
  const [badgeSlot, setBadgeSlot] = useState<HTMLSpanElement | null>(null);

  return (
    <HistoryCacheProvider>
      <Stack>
        <ReviewCard review={review} now={now} glanceSlot={setGlanceSlot} badgeSlot={setBadgeSlot} />
        {toolStrings ? (
          <I18nProvider locale={locale} messages={toolStrings.messages} fallback={toolStrings.fallback}>
            <Suspense fallback={toolsLoading}>
              <ReviewTools
                review={review}
                ticketId={ticket.id}
                settings={settings}
                currentUser={currentUser}
                now={now}
                onTemplatesSaved={onTemplatesSaved}
                zendeskValues={zendeskValues}
                answeredCheck={answeredCheck}
                glanceSlot={glanceSlot}
                badgeSlot={badgeSlot}
                trustpilot={trustpilot}
                publication={publication}
                recheckTrustpilot={trustpilot.status === 'off' ? undefined : trustpilot.recheck}
                trustpilotHistory={trustpilotHistory}
              />
            </Suspense>
          </I18nProvider>
        ) : (
          toolsLoading
        )}
      </Stack>
    </HistoryCacheProvider>
  );
}
