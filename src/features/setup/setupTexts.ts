import type { SetupFailure } from '../../api/setup';
import {
  SETUP_KEYS,
  wholeHours,
  type AcceptedTitles,
  type ItemText,
  type SetupDifference,
  type SetupKey,
} from '../../domain/setup';
import type { AppSettings } from '../../domain/settings';
import { UI_LOCALES } from '../../domain/types';
import type { Translate } from '../../i18n/I18nProvider';
import { loadMessages, translate } from '../../i18n/messages';

/** The titles and descriptions of the set-up's items in the admin's language. */
export function itemTexts(t: Translate, settings: AppSettings): Record<SetupKey, ItemText> {
  const hoursFor = (key: SetupKey): number | undefined => {
    if (key === 'view-overdue-negative') return wholeHours(settings.responseTargetNegativeHours);
    if (key === 'view-overdue-reviews') return wholeHours(settings.responseTargetOtherHours);
    return undefined;
  };
  const entries = SETUP_KEYS.map((key): [SetupKey, ItemText] => {
    const hours = hoursFor(key);
    const params = hours === undefined ? undefined : { hours };
    return [
      key,
      { title: t(`setup.items.${key}.title`, params), description: t(`setup.items.${key}.description`, params) },
    ];
  });
  return Object.fromEntries(entries) as Record<SetupKey, ItemText>;
}

/** A failure as one translated sentence, plus Zendesk's own explanations for a 422. */
export function failureText(t: Translate, failure: SetupFailure): { message: string; details: string[] } {
  switch (failure.kind) {
    case 'forbidden':
      return { message: t('setup.errors.forbidden'), details: [] };
    case 'invalid':
      return {
        message: t('setup.errors.invalid'),
        details: failure.details.map((detail) => t('setup.errors.invalidDetail', { detail })),
      };
    case 'rateLimited':
      return { message: t('setup.errors.rateLimited', { seconds: failure.retryAfterSeconds }), details: [] };
    case 'server':
      return { message: t('setup.errors.server', { status: failure.status }), details: [] };
    case 'other':
      return { message: t('setup.errors.other', { status: failure.status }), details: [] };
    case 'network':
      return { message: t('setup.errors.network'), details: [] };
    case 'timeout':
      return { message: t('setup.errors.timeout'), details: [] };
    case 'badResponse':
      return { message: t('setup.errors.badResponse'), details: [] };
  }
}

/** "title, conditions" in the admin's language. */
export const differencesText = (t: Translate, differences: readonly SetupDifference[]): string =>
  differences.map((difference) => t(`setup.difference.${difference}`)).join(', ');

/**
 * An item's title in every UI language, so a view created by an admin working in Swedish is not
 * reported as renamed to an admin working in German. Never rejects: a locale that fails to load
 * is left out.
 */
export async function titlesInAllLocales(settings: AppSettings): Promise<AcceptedTitles> {
  const trees = await Promise.all(UI_LOCALES.map((locale) => loadMessages(locale, 'tools').catch(() => null)));
  const accepted: Partial<Record<SetupKey, string[]>> = {};
  for (const tree of trees) {
    if (tree === null) continue;
    const texts = itemTexts((key, params) => translate(tree, key, params, tree), settings);
    for (const key of SETUP_KEYS) {
      const title = texts[key].title;
      if (title.startsWith('setup.')) continue;
      accepted[key] = [...(accepted[key] ?? []), title];
    }
  }
  return accepted;
}
