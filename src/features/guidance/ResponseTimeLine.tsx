import { Tag } from '@zendeskgarden/react-tags';
import { Paragraph } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { ResponseTime, ResponseTimeStatus } from '../../domain/guidance/types';
import { useI18n } from '../../i18n/I18nProvider';
import { durationText } from '../../i18n/timeText';

export const RESPONSE_HUES: Record<ResponseTimeStatus, string> = {
  onTime: 'green',
  dueSoon: 'yellow',
  overdue: 'red',
  unknown: 'grey',
};

// A div with the paragraph's look: the status Tag renders a div, which a <p> may not contain.
const Line = styled(Paragraph).attrs({ forwardedAs: 'div' })`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
`;

/** "Overdue · Age: 2 days · target: 24 hours", coloured by status. */
export function ResponseTimeLine({ time }: { time: ResponseTime }) {
  const { t, locale } = useI18n();
  const target = durationText(time.targetHours, locale);
  return (
    <Line>
      <Tag hue={RESPONSE_HUES[time.status]} size="small">
        {t(`guidance.responseTime.status.${time.status}`)}
      </Tag>
      <span>
        {time.ageHours === null
          ? t('guidance.responseTime.detailUnknown', { target })
          : t('guidance.responseTime.detail', { age: durationText(time.ageHours, locale), target })}
      </span>
    </Line>
  );
}
