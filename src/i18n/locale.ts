import { UI_LOCALES, type UiLocale } from '../domain/types';

/**
 * Picks the UI locale for a Zendesk locale tag: exact match, then its language, then English
 * (`sv-SE` → `sv` → `en`). Zendesk also uses tags like `en-US`, `fr-ca`, `pt-BR`.
 */
export function resolveLocale(
  requested: string | null | undefined,
  available: readonly string[] = UI_LOCALES,
): UiLocale {
  const tag = (requested ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (available.includes(tag) && (UI_LOCALES as readonly string[]).includes(tag)) return tag as UiLocale;
  const language = tag.split('-')[0] ?? '';
  // Norwegian Bokmål/Nynorsk read Danish more easily than English.
  const alias = language === 'nb' || language === 'nn' || language === 'no' ? 'da' : language;
  if (available.includes(alias) && (UI_LOCALES as readonly string[]).includes(alias)) return alias as UiLocale;
  return 'en';
}

/** The agent's tag in canonical form (`en-gb` → `en-GB`), or null when it is no valid BCP 47 tag. */
function canonicalTag(requested: string | null | undefined): string | null {
  if (typeof requested !== 'string') return null;
  const tag = requested.trim().replace(/_/g, '-');
  if (tag === '') return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The locale dates, times and numbers are written in: the agent's full Zendesk tag (`en-GB` writes
 * 2 May 2024, `en-US` May 2, 2024, `de-CH` 1’234.5) while the strings use its language
 * (`resolveLocale`). When the strings fell back to another language (`pt-BR` reads English), the
 * formats keep the strings' language with the agent's region, so a sentence never mixes two
 * languages. An invalid tag gives the UI locale.
 */
export function formatLocaleFor(requested: string | null | undefined, uiLocale: UiLocale): string {
  const tag = canonicalTag(requested);
  if (tag === null) return uiLocale;
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(tag);
  } catch {
    return uiLocale;
  }
  if (parsed.language === uiLocale) return tag;
  return parsed.region === undefined ? uiLocale : (canonicalTag(`${uiLocale}-${parsed.region}`) ?? uiLocale);
}
