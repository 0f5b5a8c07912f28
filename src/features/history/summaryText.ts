import type { HistorySummary } from '../../domain/history/types';
import type { Translate } from '../../i18n/I18nProvider';
import { pluralText } from './pluralText';

/** The summary as one translated line: "3rd review · was 5★, now 2★ · 1 open ticket (e-mail)". */
export function summaryText(summary: HistorySummary, t: Translate, locale: string): string {
  const parts: string[] = [];
  if (summary.reviewNumber === 1) parts.push(t('history.summary.firstReview'));
  else if (summary.reviewNumber !== null) {
    parts.push(
      pluralText(t, locale, 'history.summary.nthReview', summary.reviewNumber, { n: summary.reviewNumber }, 'ordinal'),
    );
  }
  if (summary.previousStars !== null && summary.currentStars !== null) {
    parts.push(
      summary.trend === 'same'
        ? t('history.summary.sameStars', { stars: summary.currentStars })
        : t('history.summary.starsChanged', { before: summary.previousStars, now: summary.currentStars }),
    );
  }
  const count = summary.unresolvedCount;
  if (count === 0) parts.push(t('history.summary.nothingOpen'));
  else if (summary.unresolvedChannel !== null) {
    const channel = t(`history.channel.${summary.unresolvedChannel}`);
    parts.push(pluralText(t, locale, 'history.summary.unresolvedVia', count, { count, channel }));
  } else parts.push(pluralText(t, locale, 'history.summary.unresolved', count, { count }));
  if (summary.partial) {
    const { loaded, total } = summary.partial;
    parts.push(
      total === null
        ? t('history.summary.partialUnknown', { loaded })
        : t('history.summary.partial', { loaded, total }),
    );
  }
  return parts.join(' · ');
}
