import { getColor } from '@zendeskgarden/react-theming';
import { LG, MD, Paragraph, SM } from '@zendeskgarden/react-typography';
import { useId } from 'react';
import styled from 'styled-components';
import type { Guidance } from '../../domain/guidance/types';
import type { Recommendation } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { reasonText } from './reasonText';
import { ResponseTimeLine } from './ResponseTimeLine';
import { Section } from '../../ui';

const BORDERS: Record<Recommendation, string> = {
  publicReply: 'border.successEmphasis',
  publicThenPrivate: 'border.warningEmphasis',
  noPublicReply: 'border.dangerEmphasis',
};

const Verdict = styled.div<{ $recommendation: Recommendation }>`
  border-inline-start: ${({ theme }) => theme.borderWidths.md} solid
    ${({ theme, $recommendation }) => getColor({ theme, variable: BORDERS[$recommendation] })};
  padding-inline-start: ${({ theme }) => theme.space.sm};
`;

const List = styled.ul`
  margin: 0;
  padding-inline-start: ${({ theme }) => theme.space.md};

  li + li {
    margin-top: ${({ theme }) => theme.space.xxs};
  }
`;

const Evidence = styled(SM)`
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  overflow-wrap: anywhere;
`;

export interface GuidancePanelProps {
  guidance: Guidance;
}

/**
 * How to answer the review: public reply, public then private, or no public reply, with the
 * reasons the review gave, the response-time status, the guide's recommended action for the
 * scenario and the best practices that apply.
 */
export function GuidancePanel({ guidance }: GuidancePanelProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const { recommendation } = guidance;

  return (
    <Section aria-labelledby={headingId}>
      <MD tag="h2" isBold id={headingId}>
        {t('guidance.heading')}
      </MD>
      <Verdict $recommendation={recommendation}>
        <LG tag="p" isBold>
          {t(`guidance.recommendation.${recommendation}`)}
        </LG>
        <Paragraph>{t(`guidance.recommendationHint.${recommendation}`)}</Paragraph>
      </Verdict>
      <ResponseTimeLine time={guidance.responseTime} />
      {guidance.reasons.length > 0 ? (
        <div>
          <SM tag="h3" isBold>
            {t('guidance.reasonsHeading')}
          </SM>
          <List>
            {guidance.reasons.map((reason) => (
              <li key={reason.code}>
                {reasonText(t, locale, reason)}
                {reason.evidence.length > 0 ? (
                  <Evidence>{t('guidance.evidence', { evidence: reason.evidence.join(' · ') })}</Evidence>
                ) : null}
              </li>
            ))}
          </List>
        </div>
      ) : null}
      <div>
        <SM tag="h3" isBold>
          {t('guidance.actionHeading')}
        </SM>
        <Paragraph>{t(guidance.actionKey)}</Paragraph>
      </div>
      {guidance.reminders.length > 0 ? (
        <div>
          <SM tag="h3" isBold>
            {t('guidance.remindersHeading')}
          </SM>
          <List>
            {guidance.reminders.map((reminder) => (
              <li key={reminder}>{t(`guidance.reminders.${reminder}`)}</li>
            ))}
          </List>
        </div>
      ) : null}
    </Section>
  );
}
