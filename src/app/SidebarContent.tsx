import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import styled from 'styled-components';
import { zendeskPlaceholderValues } from '../domain/proofread/zendeskPlaceholders';
import { parseReview } from '../domain/review/parseReview';
import type { AppSettings } from '../domain/settings';
import { buildTemplateCatalog } from '../domain/templates/catalog';
import { HistoryCacheProvider } from '../features/history/HistoryCacheProvider';
import { ReviewCard } from '../features/review/ReviewCard';
import { useAlreadyAnswered } from '../features/review/useAlreadyAnswered';
import { usePublicationStatus } from '../features/publication/usePublicationStatus';
import { useTrustpilotGateway } from '../features/trustpilot/useTrustpilotGateway';
import { useTrustpilotReview } from '../features/trustpilot/useTrustpilotReview';
import { withTrustpilot } from '../domain/trustpilot/compare';
import { I18nProvider } from '../i18n/I18nProvider';
import { StatusMessage } from './StatusMessage';
import type { StartupData } from './useStartup';
import { useNow } from './useNow';
import { useToolStrings } from './useToolStrings';

// Everything below the card is its own chunk (with its own strings), so the review paints first.
const loadReviewTools = () => import('./ReviewTools');
const ReviewTools = lazy(loadReviewTools);
// Only an installation with the Trustpilot connection on loads the card's Trustpilot part.
const TrustpilotSection = lazy(() => import('../features/trustpilot/TrustpilotSection'));

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
  const [settings, setSettings] = useState(data.settings);
  const onTemplatesSaved = useCallback(
    (texts: AppSettings['templateTexts']) =>
      setSettings((current) => ({ ...current, templateTexts: { ...current.templateTexts, ...texts } })),
    [],
  );
  // The template settings are read once here, and again only when an admin saves new ones.
  const catalog = useMemo(() => buildTemplateCatalog(settings.templateTexts), [settings.templateTexts]);
  const toolStrings = useToolStrings(locale, messages, loadReviewTools);
  const now = useNow(60_000);
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
      consumerId === ''
        ? null
        : { load: () => gateway.consumerReviews(consumerId), reviewId: trustpilot.reviewId },
    [gateway, consumerId, trustpilot.reviewId],
  );
  const review = useMemo(() => {
    const known = { ...parsed, alreadyAnswered: answered };
    return comparison && current ? withTrustpilot(known, comparison, current) : known;
  }, [parsed, answered, comparison, current]);
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
                catalog={catalog}
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
