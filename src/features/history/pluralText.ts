import type { MessageParams } from '../../i18n/messages';
import type { Translate } from '../../i18n/I18nProvider';

/**
 * Translates `key.<plural category>` for a count (cardinal "2 tickets" or ordinal "2nd"), falling
 * back to `key.other` when a locale has no string for that category. `locale` is the agent's
 * regional locale (`useI18n().locale`, e.g. `en-GB`): always in the strings' language, so its
 * plural categories are those the strings are written for.
 */
export function pluralText(
  t: Translate,
  locale: string,
  key: string,
  count: number,
  params: MessageParams,
  type: Intl.PluralRuleType = 'cardinal',
): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(locale, { type }).select(count);
  } catch {
    // An unknown locale tag falls back to the generic form.
  }
  const specific = `${key}.${category}`;
  const text = t(specific, params);
  return text === specific ? t(`${key}.other`, params) : text;
}
