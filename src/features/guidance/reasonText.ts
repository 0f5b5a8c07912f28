import type { GuidanceReason } from '../../domain/guidance/types';
import type { Translate } from '../../i18n/I18nProvider';
import { listText } from '../../i18n/timeText';

/** A reason as a sentence, its details listed in the UI language ("order number and payment details"). */
export function reasonText(t: Translate, locale: string, reason: GuidanceReason): string {
  const details = listText(
    reason.details.map((detail) => t(`guidance.details.${detail}`, { count: reason.wordCount ?? 0 })),
    locale,
  );
  if (reason.code === 'spam' && reason.details.length === 0) return t('guidance.reasons.spamNoDetails');
  return t(`guidance.reasons.${reason.code}`, { details });
}
