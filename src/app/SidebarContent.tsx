import { lazy, Suspense, useMemo } from 'react';
import styled from 'styled-components';
import { zendeskPlaceholderValues } from '../domain/proofread/zendeskPlaceholders';
import { HistoryCacheProvider } from '../features/history';
import { ReviewCard } from '../features/review';
import { TrustpilotSection } from '../features/trustpilot';
import { I18nProvider } from '../i18n/I18nProvider';
import { StatusMessage } from './StatusMessage';
import type { StartupData } from './useStartup';
import { useNow } from './useNow';
import { useSidebarReview } from './useSidebarReview';
import { useSidebarSettings } from './useSidebarSettings';
import { useToolStrings } from './useToolStrings';

// Everything below the card is its own chunk (with its own strings), so the review paints first.
const loadReviewTools = () => import('./ReviewTools');
const ReviewTools = lazy(loadReviewTools);
// Only an installation with the Trustpilot connection on loads the card's Trustpilot part.

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.md};
`;

// While the tools load, the send gate holds public replies back with its "still loading" message.
const toolsLoading = <StatusMessage kind="loading" messageKey="startup.loadingPanel" />;

/** The review tools for a review ticket: card first, then scenario, guidance, templates, proofreading, history. */
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

  return (
    <HistoryCacheProvider>
      <Stack>
        <ReviewCard
          review={review}
          now={now}
          answeredCheck={answeredCheck}
          trustpilot={trustpilot}
          trustpilotSection={
            toolStrings && (publication || trustpilot.status !== 'off') ? (
              <I18nProvider locale={locale} messages={toolStrings.messages} fallback={toolStrings.fallback}>
                <Suspense fallback={null}>
                  <TrustpilotSection view={trustpilot} publication={publication} />
                </Suspense>
              </I18nProvider>
            ) : null
          }
        />
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
