import { useContext, useRef } from 'react';
import { HistoryCacheContext, type CacheSlot } from './cacheSlot';
import { createHistoryCache, type HistoryCache } from './historyCache';

/** The session's history cache, or the caller's own when no provider is mounted. */
export function useHistoryCache(): HistoryCache {
  const shared = useContext(HistoryCacheContext);
  // Without a provider the panel still works; it only forgets the history when it unmounts.
  const own = useRef<CacheSlot>({ cache: null });
  const slot = shared ?? own.current;
  slot.cache ??= createHistoryCache();
  return slot.cache;
}
