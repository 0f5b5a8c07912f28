import { describe, expect, it } from 'vitest';
import { summarizeHistory, type CurrentReview } from '../../../src/domain/history/summary';
import type { HistoryCoverage } from '../../../src/domain/history/types';
import { reviewEntry, ticketEntry } from './factories';

const complete: HistoryCoverage = { loaded: 10, total: 10, complete: true };
const current = (stars: CurrentReview['stars'], createdAt = '2025-05-01T00:00:00Z'): CurrentReview => ({
  isReview: true,
  stars,
  createdAt: new Date(createdAt),
});

describe('summarizeHistory', () => {
  it('calls a review without earlier reviews the first one, with no trend', () => {
    const summary = summarizeHistory([ticketEntry(1, 'email', 'solved', '2024-01-01')], current(4), complete);
    expect(summary).toEqual({
      reviewNumber: 1,
      previousStars: null,
      currentStars: 4,
      trend: null,
      unresolvedCount: 0,
      unresolvedChannel: null,
      partial: null,
    });
  });

  it('counts earlier reviews and compares with the latest rated one (was 5★, now 2★)', () => {
    const entries = [
      reviewEntry(3, null, '2025-03-01'),
      reviewEntry(2, 5, '2025-02-01'),
      reviewEntry(1, 3, '2024-01-01'),
    ];
    expect(summarizeHistory(entries, current(2), complete)).toMatchObject({
      reviewNumber: 4,
      previousStars: 5,
      currentStars: 2,
      trend: 'down',
    });
  });

  it('reports a rising and an unchanged rating', () => {
    const entries = [reviewEntry(2, 3, '2025-02-01')];
    expect(summarizeHistory(entries, current(5), complete).trend).toBe('up');
    expect(summarizeHistory(entries, current(3), complete).trend).toBe('same');
    expect(summarizeHistory(entries, current(null), complete)).toMatchObject({ previousStars: 3, trend: null });
  });

  it('does not count reviews written after the one being viewed', () => {
    const entries = [reviewEntry(9, 1, '2025-09-01'), reviewEntry(2, 4, '2025-02-01')];
    expect(summarizeHistory(entries, current(5), complete)).toMatchObject({
      reviewNumber: 2,
      previousStars: 4,
      trend: 'up',
    });
  });

  it('counts every review as earlier when the current review has no date', () => {
    const entries = [reviewEntry(9, 1, '2025-09-01'), reviewEntry(2, 4, '2025-02-01')];
    const summary = summarizeHistory(entries, { isReview: true, stars: 2, createdAt: null }, complete);
    expect(summary).toMatchObject({ reviewNumber: 3, previousStars: 1, trend: 'up' });
  });

  it('counts unresolved tickets and names their channel when they share one', () => {
    const entries = [
      ticketEntry(5, 'email', 'open', '2025-04-01'),
      ticketEntry(4, 'email', 'solved', '2025-03-01'),
      ticketEntry(3, 'email', 'pending', '2025-02-01'),
    ];
    expect(summarizeHistory(entries, current(2), complete)).toMatchObject({
      unresolvedCount: 2,
      unresolvedChannel: 'email',
    });
  });

  it('gives no channel when unresolved tickets came in different ways', () => {
    const entries = [ticketEntry(5, 'email', 'new', '2025-04-01'), reviewEntry(3, 2, '2025-02-01', 'hold')];
    expect(summarizeHistory(entries, current(2), complete)).toMatchObject({
      unresolvedCount: 2,
      unresolvedChannel: null,
    });
  });

  it('says when it rests on part of the history only', () => {
    const entries = [ticketEntry(5, 'email', 'solved', '2025-04-01')];
    expect(summarizeHistory(entries, current(2), { loaded: 50, total: 120, complete: false }).partial).toEqual({
      loaded: 50,
      total: 120,
    });
    expect(summarizeHistory(entries, current(2), { loaded: 50, total: null, complete: false }).partial).toEqual({
      loaded: 50,
      total: null,
    });
    expect(summarizeHistory(entries, current(2), { loaded: 50, total: 50, complete: false }).partial).toBeNull();
  });

  it('has no review number or trend for a ticket that is not a review', () => {
    const summary = summarizeHistory([reviewEntry(2, 5, '2025-02-01')], { isReview: false, stars: 1, createdAt: null }, complete);
    expect(summary).toMatchObject({ reviewNumber: null, previousStars: null, currentStars: null, trend: null });
  });
});
