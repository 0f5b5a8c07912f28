import { createContext, useContext, useRef, useState, type ReactNode } from 'react';
import { createHistoryCache, type HistoryCache } from './historyCache';

const HistoryCacheContext = createContext<HistoryCache | null>(null);

/**
 * Keeps requester histories for the session, so a remounted panel shows them without a new
 * request. Mount it once above every `HistoryPanel` (the ticket sidebar root); tests may pass a cache.
 */
export function HistoryCacheProvider({ cache, children }: { cache?: HistoryCache; children: ReactNode }) {
  const [value] = useState(() => cache ?? createHistoryCache());
  return <HistoryCacheContext.Provider value={value}>{children}</HistoryCacheContext.Provider>;
}

/** The session's history cache, or the caller's own when no provider is mounted. */
export function useHistoryCache(): HistoryCache {
  const shared = useContext(HistoryCacheContext);
  // Without a provider the panel still works; it only forgets the history when it unmounts.
  const own = useRef<HistoryCache | null>(null);
  if (shared) return shared;
  own.current ??= createHistoryCache();
  return own.current;
}
