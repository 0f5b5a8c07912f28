import { Paragraph, SM } from '@zendeskgarden/react-typography';
import { useCallback, useId, useState } from 'react';
import type { Review } from '../../domain/review/types';
import type { AppSettings } from '../../domain/settings';
import { useI18n } from '../../i18n/I18nProvider';
import { useZendesk } from '../../zaf/ZafProvider';
import { HistoryBoundary } from './HistoryBoundary';
import { HistoryReady } from './HistoryReady';
import { HistoryError, HistoryLoading } from './HistoryStatus';
import { useHistory } from './useHistory';
import { Section, Subtle } from '../../ui';

export interface HistoryPanelProps {
  /** The review being viewed; its reviewer is the requester whose history is shown. */
  review: Review;
  /** The current ticket, left out of its own history; null for a ticket not yet saved. */
  ticketId: number | null;
  settings: AppSettings;
}

function HistoryContent({ review, ticketId, settings }: HistoryPanelProps) {
  const { t } = useI18n();
  const zendesk = useZendesk();
  const view = useHistory(review, ticketId, settings);
  const [openFailed, setOpenFailed] = useState<number | null>(null);
  const open = useCallback(
    (id: number) => {
      setOpenFailed(null);
      zendesk.openTicket(id).catch(() => setOpenFailed(id));
    },
    [zendesk],
  );

  if (view.requester === 'anonymous') return <Subtle>{t('history.anonymous')}</Subtle>;
  if (view.requester === 'none') return <Subtle>{t('history.noRequester')}</Subtle>;
  const { load } = view;
  if (load === undefined || load.status === 'loading') {
    return <HistoryLoading retry={load?.retry ?? null} messageKey="history.loading" />;
  }
  if (load.status === 'error') return <HistoryError failure={load.failure} onRetry={view.retry} />;
  if (view.requester === 'shared') {
    const count = view.entries.filter((entry) => entry.kind === 'review').length;
    return <Subtle>{t('history.shared', { count })}</Subtle>;
  }
  if (view.summary === null) return null;
  return (
    <>
      <HistoryReady
        key={review.reviewer.id ?? 'none'}
        entries={view.entries}
        summary={view.summary}
        more={load.more}
        canLoadMore={view.canLoadMore}
        limitReached={view.limitReached}
        limit={settings.historyLimit}
        onLoadMore={view.loadMore}
        onOpen={open}
      />
      {openFailed !== null ? <Paragraph role="alert">{t('history.openFailed', { id: openFailed })}</Paragraph> : null}
    </>
  );
}

/**
 * The reviewer's other tickets: a summary line and a list that opens them in Zendesk. Failures
 * stay inside this panel. Mount `HistoryCacheProvider` above it to keep histories for the session.
 */
export function HistoryPanel(props: HistoryPanelProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <Section aria-labelledby={headingId} $gap="xxs">
      <SM tag="h2" isBold id={headingId}>
        {t('history.title')}
      </SM>
      <HistoryBoundary>
        <HistoryContent {...props} />
      </HistoryBoundary>
    </Section>
  );
}
