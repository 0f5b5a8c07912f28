import { Tag } from '@zendeskgarden/react-tags';
import type { ResponseTime } from '../../domain/guidance/types';
import { useI18n } from '../../i18n/I18nProvider';
import { RESPONSE_HUES } from './ResponseTimeLine';

/** The response-time status beside the review's age ("Overdue", "Due soon", "On time"); nothing without a date. */
export function ResponseBadge({ time }: { time: ResponseTime }) {
  const { t } = useI18n();
  if (time.status === 'unknown') return null;
  return (
    <Tag hue={RESPONSE_HUES[time.status]} size="small">
      {t(`guidance.responseTime.status.${time.status}`)}
    </Tag>
  );
}
