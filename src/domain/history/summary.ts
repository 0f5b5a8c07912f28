import type { Stars } from '../types';
import type { HistoryChannel, HistoryCoverage, HistoryEntry, HistorySummary } from './types';

/** What the summary needs to know about the review being viewed. */
export interface CurrentReview {
  isReview: boolean;
  stars: Stars | null;
  createdAt: Date | null;
}

// An entry without a date, or a current review without one, is counted as earlier: the list is
// newest first, so undated tickets are most likely old ones.
const isEarlier = (entry: HistoryEntry, current: Date | null): boolean =>
  current === null || entry.createdAt === null || entry.createdAt.getTime() < current.getTime();

const sharedChannel = (entries: readonly HistoryEntry[]): HistoryChannel | null => {
  const channels = new Set(entries.map((entry) => entry.channel));
  return channels.size === 1 ? ([...channels][0] ?? null) : null;
};

/**
 * Summarises a requester's other tickets for the review being viewed: which review this is,
 * how the rating moved since the last one, and what is still unresolved. Never throws.
 */
export function summarizeHistory(
  entries: readonly HistoryEntry[],
  current: CurrentReview,
  coverage: HistoryCoverage,
): HistorySummary {
  const earlierReviews = entries.filter((entry) => entry.kind === 'review' && isEarlier(entry, current.createdAt));
  let previousStars: Stars | null = null;
  for (const entry of earlierReviews) {
    // Entries are newest first, so the first rated one is the latest earlier rating.
    if (entry.kind === 'review' && entry.stars !== null) {
      previousStars = entry.stars;
      break;
    }
  }
  const currentStars = current.isReview ? current.stars : null;
  const trend =
    previousStars === null || currentStars === null
      ? null
      : currentStars > previousStars
        ? 'up'
        : currentStars < previousStars
          ? 'down'
          : 'same';
  const unresolved = entries.filter((entry) => entry.unresolved);
  const total = coverage.total !== null && coverage.total >= coverage.loaded ? coverage.total : null;
  const complete = coverage.complete || (total !== null && total <= coverage.loaded);
  return {
    reviewNumber: current.isReview ? earlierReviews.length + 1 : null,
    previousStars: current.isReview ? previousStars : null,
    currentStars,
    trend,
    unresolvedCount: unresolved.length,
    unresolvedChannel: sharedChannel(unresolved),
    partial: complete ? null : { loaded: coverage.loaded, total },
  };
}
