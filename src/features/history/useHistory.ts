import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { looksShared, requesterKindOf } from '../../domain/history/requester';
import { summarizeHistory } from '../../domain/history/summary';
import { toHistoryEntries } from '../../domain/history/entries';
import type { HistoryEntry, HistorySummary, RequesterKind } from '../../domain/history/types';
import type { Review } from '../../domain/review/types';
import type { AppSettings } from '../../domain/settings';
import { useZendesk } from '../../zaf/ZafProvider';
import type { HistoryLoad, LoadOptions } from './historyCache';
import { useHistoryCache } from './useHistoryCache';

/**
 * Tickets asked for per request: enough for most customers' whole history in one request,
 * small enough to answer quickly (search results carry each ticket's full description).
 */
const HISTORY_PAGE_SIZE = 50;

/** Everything the history panel shows, and what the agent can do about it. */
export interface HistoryView {
  requester: RequesterKind;
  /** The requester's load state; undefined when no search is made. */
  load: HistoryLoad | undefined;
  entries: HistoryEntry[];
  summary: HistorySummary | null;
  /** Another page exists and the `historyLimit` setting allows it. */
  canLoadMore: boolean;
  /** Another page exists but `historyLimit` tickets are loaded already. */
  limitReached: boolean;
  loadMore: () => void;
  retry: () => void;
}

const NO_ENTRIES: HistoryEntry[] = [];

/** Loads (once per session and requester) and summarises the reviewer's other tickets. */
export function useHistory(review: Review, ticketId: number | null, settings: AppSettings): HistoryView {
  const client = useZendesk();
  const cache = useHistoryCache();
  const before = requesterKindOf(review.reviewer);
  const requesterId = before === 'person' ? review.reviewer.id : null;
  const limit = Math.max(1, settings.historyLimit);
  const options = useMemo<LoadOptions>(() => ({ perPage: Math.min(HISTORY_PAGE_SIZE, limit), limit }), [limit]);

  const load = useSyncExternalStore(cache.subscribe, () => (requesterId === null ? undefined : cache.get(requesterId)));

  useEffect(() => {
    if (requesterId !== null) cache.ensure(client, requesterId, options);
  }, [cache, client, requesterId, options]);

  const entries = useMemo(
    () =>
      load?.status === 'ready'
        ? toHistoryEntries(load.tickets, { reviewTags: settings.reviewTags, excludeTicketId: ticketId })
        : NO_ENTRIES,
    [load, settings.reviewTags, ticketId],
  );
  const requester: RequesterKind = before === 'person' && looksShared(entries) ? 'shared' : before;

  const { isReview, stars, createdAt } = review;
  const summary = useMemo(() => {
    if (load?.status !== 'ready') return null;
    const coverage = { loaded: load.tickets.length, total: load.total, complete: load.nextPath === null };
    return summarizeHistory(entries, { isReview, stars, createdAt }, coverage);
  }, [load, entries, isReview, stars, createdAt]);

  const hasNext = load?.status === 'ready' && load.nextPath !== null;
  const underLimit = load?.status === 'ready' && load.tickets.length < limit;

  const loadMore = useCallback(() => {
    if (requesterId !== null) cache.loadMore(client, requesterId, options);
  }, [cache, client, requesterId, options]);
  const retry = useCallback(() => {
    if (requesterId !== null) cache.retry(client, requesterId, options);
  }, [cache, client, requesterId, options]);

  return {
    requester,
    load,
    entries,
    summary,
    canLoadMore: hasNext && underLimit,
    limitReached: hasNext && !underLimit,
    loadMore,
    retry,
  };
}
