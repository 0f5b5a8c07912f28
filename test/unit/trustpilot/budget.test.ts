import { describe, expect, it } from 'vitest';
import {
  emptyBudget,
  parseRetryAfter,
  pauseFor,
  recordCall,
  waitBeforeCall,
} from '../../../src/domain/trustpilot/budget';

describe('Trustpilot call budget', () => {
  it('allows calls until the window is full, then waits for the oldest to leave it', () => {
    let budget = emptyBudget();
    for (let i = 0; i < 3; i += 1) budget = recordCall(budget, 1_000 + i * 1_000, 10_000);
    expect(waitBeforeCall(budget, 4_000, 4, 10_000)).toBe(0);
    budget = recordCall(budget, 4_000, 10_000);
    expect(waitBeforeCall(budget, 5_000, 4, 10_000)).toBe(6_000);
    expect(waitBeforeCall(budget, 11_001, 4, 10_000)).toBe(0);
  });

  it('keeps at most 833 calls in 5 minutes by default', () => {
    let budget = emptyBudget();
    for (let i = 0; i < 833; i += 1) budget = recordCall(budget, i);
    expect(waitBeforeCall(budget, 1_000)).toBe(299_000);
  });

  it('waits out a Retry-After pause', () => {
    const budget = pauseFor(emptyBudget(), 10_000, 30_000);
    expect(waitBeforeCall(budget, 20_000)).toBe(20_000);
    expect(waitBeforeCall(budget, 40_000)).toBe(0);
  });

  it('reads Retry-After in seconds or as a date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('93', now)).toBe(93_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
