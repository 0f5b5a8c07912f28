import { useState, type ReactNode } from 'react';
import { HistoryCacheContext, type CacheSlot } from './cacheSlot';
import type { HistoryCache } from './historyCache';

/**
 * Keeps requester histories for the session, so a remounted panel shows them without a new
 * request. Mount it once above every `HistoryPanel` (the ticket sidebar root); tests may pass a cache.
 * It holds only a slot: the first panel makes the cache, in the panel's own chunk.
 */
export function HistoryCacheProvider({ cache, children }: { cache?: HistoryCache; children: ReactNode }) {
  const [slot] = useState<CacheSlot>(() => ({ cache: cache ?? null }));
  return <HistoryCacheContext.Provider value={slot}>{children}</HistoryCacheContext.Provider>;
}
