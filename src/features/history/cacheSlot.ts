import { createContext } from 'react';
import type { HistoryCache } from './historyCache';

/** Where the session's history cache lives once a history panel first needs it. */
export interface CacheSlot {
  cache: HistoryCache | null;
}

export const HistoryCacheContext = createContext<CacheSlot | null>(null);
