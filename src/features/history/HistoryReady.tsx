import { Button } from '@zendeskgarden/react-buttons';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import type { HistoryEntry, HistorySummary } from '../../domain/history/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { MoreLoad } from './historyCache';
import { HistoryList } from './HistoryList';
import { HistoryError, HistoryLoading } from './HistoryStatus';
import { summaryText } from './summaryText';
import { Subtle } from '../../ui';
import { Disclosure } from '../../ui/Disclosure';

/** Rows shown before "Show all": the sidebar is short and the latest tickets matter most. */
const INITIAL_VISIBLE = 10;

const Summary = styled(Paragraph)`
  margin-bottom: ${({ theme }) => theme.space.xxs};
`;

/** Right under the summary, as one block with it: no paragraph spacing between them. */
const Empty = styled(Subtle)`
  && {
    margin-top: 0;
  }
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
  margin-top: ${({ theme }) => theme.space.xs};
`;

export interface HistoryReadyProps {
  entries: HistoryEntry[];
  summary: HistorySummary;
  more: MoreLoad;
  canLoadMore: boolean;
  limitReached: boolean;
  limit: number;
  onLoadMore: () => void;
  onOpen: (ticketId: number) => void;
}

/** The summary line and the list, with "show all" and "load more". */
export function HistoryReady({
  entries,
  summary,
  more,
  canLoadMore,
  limitReached,
  limit,
  onLoadMore,
  onOpen,
}: HistoryReadyProps) {
  const { t, locale } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  // After revealing rows, keyboard focus moves to the first new one instead of falling to the page.
  const focusRow = useRef<number | null>(null);
  const visible = expanded ? entries : entries.slice(0, INITIAL_VISIBLE);
  const hidden = entries.length - visible.length;

  useEffect(() => {
    const index = focusRow.current;
    if (index === null) return;
    const rows = list.current?.querySelectorAll('button');
    const row = rows?.[index];
    if (row) {
      row.focus();
      focusRow.current = null;
    }
  }, [visible.length]);

  const showAll = () => {
    focusRow.current = visible.length;
    setExpanded(true);
  };
  const loadMore = () => {
    focusRow.current = entries.length;
    setExpanded(true);
    onLoadMore();
  };

  return (
    <>
      <Summary>{summaryText(summary, t, locale)}</Summary>
      {entries.length === 0 ? (
        <Empty>{t('history.empty')}</Empty>
      ) : (
        <Disclosure name="historyList" label={t('history.listToggle', { count: entries.length })} level={3}>
          <HistoryList ref={list} entries={visible} onOpen={onOpen} />
          {more.status === 'loading' ? <HistoryLoading retry={more.retry} messageKey="history.loadingMore" /> : null}
          {more.status === 'error' ? <HistoryError failure={more.failure} onRetry={loadMore} /> : null}
          <Actions>
            {hidden > 0 ? (
              <Button size="small" isBasic onClick={showAll}>
                {t('history.showAll', { count: entries.length })}
              </Button>
            ) : null}
            {hidden === 0 && canLoadMore && more.status === 'idle' ? (
              <Button size="small" isBasic onClick={loadMore}>
                {t('history.loadMore')}
              </Button>
            ) : null}
          </Actions>
          {limitReached ? <Subtle>{t('history.limitReached', { limit })}</Subtle> : null}
        </Disclosure>
      )}
    </>
  );
}
