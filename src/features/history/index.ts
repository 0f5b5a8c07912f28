import { lazy } from 'react';

export { HistoryCacheProvider } from './HistoryCacheProvider';

/** The reviewer's history, in its own chunk: it loads when the panel is first shown. */
export const HistoryPanel = lazy(() => import('./HistoryPanel').then((module) => ({ default: module.HistoryPanel })));
