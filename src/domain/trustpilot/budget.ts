/** Trustpilot's recommended ceiling: 833 calls in any 5 minutes. */
const TRUSTPILOT_CALLS_PER_WINDOW = 833;
const TRUSTPILOT_WINDOW_MS = 5 * 60_000;

/** Calls made (their times) and a pause Trustpilot asked for with `Retry-After`. Plain data. */
export interface CallBudget {
  calls: number[];
  pausedUntil: number;
}

export const emptyBudget = (): CallBudget => ({ calls: [], pausedUntil: 0 });

const recent = (budget: CallBudget, now: number, windowMs: number): number[] =>
  budget.calls.filter((at) => at > now - windowMs);

/**
 * How long to wait before the next call (0 = now): until a `Retry-After` pause ends, or until
 * the oldest call in the window leaves it when the window is full.
 */
export function waitBeforeCall(
  budget: CallBudget,
  now: number,
  limit = TRUSTPILOT_CALLS_PER_WINDOW,
  windowMs = TRUSTPILOT_WINDOW_MS,
): number {
  const pause = Math.max(0, budget.pausedUntil - now);
  const calls = recent(budget, now, windowMs);
  const full = calls.length >= limit ? (calls[calls.length - limit] ?? now) + windowMs - now : 0;
  return Math.max(pause, full);
}

/** The budget after a call at `now` (older calls outside the window are forgotten). */
export const recordCall = (budget: CallBudget, now: number, windowMs = TRUSTPILOT_WINDOW_MS): CallBudget => ({
  calls: [...recent(budget, now, windowMs), now],
  pausedUntil: budget.pausedUntil,
});

/** The budget after Trustpilot answered 429 with a `Retry-After` of `waitMs`. */
export const pauseFor = (budget: CallBudget, now: number, waitMs: number): CallBudget => ({
  calls: budget.calls,
  pausedUntil: Math.max(budget.pausedUntil, now + Math.max(0, waitMs)),
});

/** `Retry-After` as seconds or an HTTP date, in ms; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  const value = header?.trim() ?? '';
  if (value === '') return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}
