/**
 * A moment as the agent's clock shows it ("14:32" for en-GB, "02:32 PM" for en-US), in their
 * regional locale (`useI18n().locale`); an unusable tag or moment falls back rather than throwing.
 */
export function clockTime(epochMs: number, locale: string): string {
  const date = new Date(epochMs);
  try {
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  } catch {
    return Number.isNaN(date.getTime())
      ? ''
      : new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(date);
  }
}
