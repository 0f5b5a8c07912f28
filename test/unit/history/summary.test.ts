import { describe, expect, it } from 'vitest';
import { summarizeHistory, type CurrentReview } from '../../../src/domain/history/summary';
import type { HistoryCoverage } from '../../../src/domain/history/types';
import { makeHistoryEntry } from '../../factories';

const complete: HistoryCoverage = { loaded: 10, total: 10, complete: true };
const current = (stars: CurrentReview['stars'], createdAt = '2025-05-01T00:00:00Z'): CurrentReview => ({
  isReview: true,
  stars,
  createdAt: new Date(createdAt),
});

describe('summarizeHistory', () => {
  it('calls a review without earlier reviews the first one, with no trend', () => {
    const summary = summarizeHistory(
      [
        makeHistoryEntry({
          kind: 'ticket',
          ticketId: 1,
          channel: 'email',
          status: 'solved',
          createdAt: new Date('2024-01-01'),
        }),
      ],
      current(4),
      complete,
    );
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
      makeHistoryEntry({ ticketId: 3, stars: null, createdAt: new Date('2025-03-01') }),
      makeHistoryEntry({ ticketId: 2, stars: 5, createdAt: new Date('2025-02-01') }),
      makeHistoryEntry({ ticketId: 1, stars: 3, createdAt: new Date('2024-01-01') }),
    ];
    expect(summarizeHistory(entries, current(2), complete)).toMatchObject({
      reviewNumber: 4,
      previousStars: 5,
      currentStars: 2,
      trend: 'down',
    });
  });

  it('reports a rising and an unchanged rating', () => {
    const entries = [makeHistoryEntry({ ticketId: 2, stars: 3, createdAt: new Date('2025-02-01') })];
    expect(summarizeHistory(entries, current(5), complete).trend).toBe('up');
    expect(summarizeHistory(entries, current(3), complete).trend).toBe('same');
    expect(summarizeHistory(entries, current(null), complete)).toMatchObject({ previousStars: 3, trend: null });
  });

  it('does not count reviews written after the one being viewed', () => {
    const entries = [
      makeHistoryEntry({ ticketId: 9, stars: 1, createdAt: new Date('2025-09-01') }),
      makeHistoryEntry({ ticketId: 2, stars: 4, createdAt: new Date('2025-02-01') }),
    ];
    expect(summarizeHistory(entries, current(5), complete)).toMatchObject({
      reviewNumber: 2,
      previousStars: 4,
      trend: 'up',
    });
  });

  it('counts every review as earlier when the current review has no date', () => {
    const entries = [
      makeHistoryEntry({ ticketId: 9, stars: 1, createdAt: new Date('2025-09-01') }),
      makeHistoryEntry({ ticketId: 2, stars: 4, createdAt: new Date('2025-02-01') }),
    ];
    const summary = summarizeHistory(entries, { isReview: true, stars: 2, createdAt: null }, complete);
    expect(summary).toMatchObject({ reviewNumber: 3, previousStars: 1, trend: 'up' });
  });

  it('counts unresolved tickets and names their channel when they share one', () => {
    const entries = [
      makeHistoryEntry({
        kind: 'ticket',
        ticketId: 5,
        channel: 'email',
        status: 'open',
        createdAt: new Date('2025-04-01'),
      }),
      makeHistoryEntry({
        kind: 'ticket',
        ticketId: 4,
        channel: 'email',
        status: 'solved',
        createdAt: new Date('2025-03-01'),
      }),
      makeHistoryEntry({
        kind: 'ticket',
        ticketId: 3,
        channel: 'email',
        status: 'pending',
        createdAt: new Date('2025-02-01'),
      }),
    ];
    expect(summarizeHistory(entries, current(2), complete)).toMatchObject({
      unresolvedCount: 2,
      unresolvedChannel: 'email',
    });
  });

  it('gives no channel when unresolved tickets came in different ways', () => {
    const entries = [
      makeHistoryEntry({
        kind: 'ticket',
        ticketId: 5,
        channel: 'email',
        status: 'new',
        createdAt: new Date('2025-04-01'),
      }),
      makeHistoryEntry({ ticketId: 3, stars: 2, createdAt: new Date('2025-02-01'), status: 'hold' }),
    ];
    expect(summarizeHistory(entries, current(2), complete)).toMatchObject({
      unresolvedCount: 2,
      unresolvedChannel: null,
    });
  });

  it('says when it rests on part of the history only', () => {
    const entries = [
      makeHistoryEntry({
        kind: 'ticket',
        ticketId: 5,
        channel: 'email',
        status: 'solved',
        createdAt: new Date('2025-04-01'),
      }),
    ];
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
    const summary = summarizeHistory(
      [makeHistoryEntry({ ticketId: 2, stars: 5, createdAt: new Date('2025-02-01') })],
      { isReview: false, stars: 1, createdAt: null },
      complete,
    );
    expect(summary).toMatchObject({ reviewNumber: null, previousStars: null, currentStars: null, trend: null });
  });
});
