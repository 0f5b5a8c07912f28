import type { AppSettings } from '../settings';
import { DEFAULT_SETTINGS } from '../settings';
import type { ResponseTime } from './types';

/** From this share of the target on, the answer is "due soon". */
const DUE_SOON_SHARE = 0.75;

const HOUR_MS = 3_600_000;

const validHours = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

/** The review's age against the target for negative (1–2★) or other reviews; never throws. */
export function responseTime(
  createdAt: Date | null,
  negative: boolean,
  settings: AppSettings,
  now: Date,
): ResponseTime {
  const targetHours = negative
    ? validHours(settings?.responseTargetNegativeHours, DEFAULT_SETTINGS.responseTargetNegativeHours)
    : validHours(settings?.responseTargetOtherHours, DEFAULT_SETTINGS.responseTargetOtherHours);
  const created = createdAt instanceof Date ? createdAt.getTime() : Number.NaN;
  const current = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(created) || !Number.isFinite(current)) return { status: 'unknown', ageHours: null, targetHours };
  // A clock a little ahead of Zendesk's must not give a negative age.
  const ageHours = Math.max(0, (current - created) / HOUR_MS);
  const status = ageHours > targetHours ? 'overdue' : ageHours >= targetHours * DUE_SOON_SHARE ? 'dueSoon' : 'onTime';
  return { status, ageHours, targetHours };
}
