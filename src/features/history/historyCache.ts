import {
  fetchSearchPage,
  nextPagePath,
  requesterSearchPath,
  type RequestPolicy,
  type RetryNotice,
  type SearchFailure,
} from '../../api/search';
import type { HistoryTicket } from '../../domain/history/types';
import type { Requester } from '../../zaf/port';

/** Loading further pages, after the first one arrived. */
export type MoreLoad =
  { status: 'idle' } | { status: 'loading'; retry: RetryNotice | null } | { status: 'error'; failure: SearchFailure };

/** What is known about one requester's tickets. */
export type HistoryLoad =
  | { status: 'loading'; retry: RetryNotice | null }
  | { status: 'error'; failure: SearchFailure }
  | {
      status: 'ready';
      tickets: HistoryTicket[];
      /** Path of the next page, null on the last page. */
      nextPath: string | null;
      /** Zendesk's count of all the requester's tickets. */
      total: number | null;
      more: MoreLoad;
    };

/** How to load: the page size, the cap on tickets kept, and the request policy (tests replace sleep). */
export interface LoadOptions {
  perPage: number;
  limit: number;
  policy?: RequestPolicy;
}

/** Requester histories loaded during one session, shared by every panel that shows one. */
export interface HistoryCache {
  get(requesterId: number): HistoryLoad | undefined;
  subscribe: (listener: () => void) => () => void;
  /** Loads the first page unless it is loaded, loading, or failed (failures wait for `retry`). */
  ensure(client: Requester, requesterId: number, options: LoadOptions): void;
  /** Tries the first page again after a failure. */
  retry(client: Requester, requesterId: number, options: LoadOptions): void;
  /** Loads the next page, if there is one and the cap allows. */
  loadMore(client: Requester, requesterId: number, options: LoadOptions): void;
}

/** A fresh, empty cache; one per provider (or per panel without one), never a module global. */
export function createHistoryCache(): HistoryCache {
  const loads = new Map<number, HistoryLoad>();
  const listeners = new Set<() => void>();

  const put = (requesterId: number, load: HistoryLoad): void => {
    loads.set(requesterId, load);
    for (const listener of [...listeners]) listener();
  };

  // The search functions answer failures as values; these only catch a bug, so nothing hangs in "loading".
  const failFirst = (requesterId: number): void => put(requesterId, { status: 'error', failure: { kind: 'network' } });
  const failMore = (requesterId: number): void => {
    const current = loads.get(requesterId);
    if (current?.status === 'ready')
      put(requesterId, { ...current, more: { status: 'error', failure: { kind: 'network' } } });
  };

  const loadFirst = async (client: Requester, requesterId: number, options: LoadOptions): Promise<void> => {
    put(requesterId, { status: 'loading', retry: null });
    const result = await fetchSearchPage(
      client,
      requesterSearchPath(requesterId, Math.min(options.perPage, options.limit)),
      {
        ...options.policy,
        onRetry: (retry) => put(requesterId, { status: 'loading', retry }),
      },
    );
    if (!result.ok) {
      put(requesterId, { status: 'error', failure: result.failure });
      return;
    }
    const { tickets, nextPage, count } = result.page;
    put(requesterId, {
      status: 'ready',
      tickets: tickets.slice(0, options.limit),
      nextPath: nextPage === null ? null : nextPagePath(nextPage),
      total: count,
      more: { status: 'idle' },
    });
  };

  const loadNext = async (client: Requester, requesterId: number, options: LoadOptions): Promise<void> => {
    const start = loads.get(requesterId);
    if (start?.status !== 'ready' || start.nextPath === null || start.more.status === 'loading') return;
    if (start.tickets.length >= options.limit) return;
    const path = start.nextPath;
    const withMore = (more: MoreLoad): void => {
      const current = loads.get(requesterId);
      if (current?.status === 'ready') put(requesterId, { ...current, more });
    };
    withMore({ status: 'loading', retry: null });
    const result = await fetchSearchPage(client, path, {
      ...options.policy,
      onRetry: (retry) => withMore({ status: 'loading', retry }),
    });
    const current = loads.get(requesterId);
    if (current?.status !== 'ready') return;
    if (!result.ok) {
      put(requesterId, { ...current, more: { status: 'error', failure: result.failure } });
      return;
    }
    const { tickets, nextPage, count } = result.page;
    put(requesterId, {
      status: 'ready',
      tickets: [...current.tickets, ...tickets].slice(0, options.limit),
      nextPath: nextPage === null ? null : nextPagePath(nextPage),
      total: count ?? current.total,
      more: { status: 'idle' },
    });
  };

  return {
    get: (requesterId) => loads.get(requesterId),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    ensure(client, requesterId, options) {
      if (!loads.has(requesterId)) loadFirst(client, requesterId, options).catch(() => failFirst(requesterId));
    },
    retry(client, requesterId, options) {
      if (loads.get(requesterId)?.status === 'error') {
        loadFirst(client, requesterId, options).catch(() => failFirst(requesterId));
      }
    },
    loadMore(client, requesterId, options) {
      loadNext(client, requesterId, options).catch(() => failMore(requesterId));
    },
  };
}
