const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

type Unit = 'minute' | 'hour' | 'day';

/** The unit an agent reads a span of time in: minutes within the hour, hours within two days, then days. */
function unitFor(hours: number): { value: number; unit: Unit } {
  if (hours < 1) return { value: Math.floor(hours * 60), unit: 'minute' };
  if (hours < 48) return { value: Math.floor(hours), unit: 'hour' };
  return { value: Math.floor(hours / 24), unit: 'day' };
}

/** "5 hours", "3 days" in the agent's regional locale (`useI18n().locale`, the UI language). */
export function durationText(hours: number, locale: string): string {
  const { value, unit } = unitFor(Math.max(0, hours));
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 }).format(
      value,
    );
  } catch {
    return `${value} ${unit}`;
  }
}

/** "5 hours ago", "3 days ago" in the agent's regional locale (`useI18n().locale`). */
export function relativeAge(date: Date, now: Date, locale: string): string {
  const hours = Math.max(0, (now.getTime() - date.getTime()) / HOUR_MS);
  const { value, unit } = unitFor(hours);
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-value, unit);
  } catch {
    return durationText(hours, locale);
  }
}

/** A language's name in the UI language ("Swedish", "svenska"). */
export function languageName(language: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** A list in the UI language: "a, b and c". */
export function listText(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
