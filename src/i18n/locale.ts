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
