import { getColor } from '@zendeskgarden/react-theming';
import { Paragraph, SM } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { Guidance } from '../../domain/guidance/types';
import { useI18n } from '../../i18n/I18nProvider';
import { reasonText } from './reasonText';
import { ResponseTimeLine } from './ResponseTimeLine';

const Parts = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xs};
  padding-bottom: ${({ theme }) => theme.space.xs};
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

/**
 * Why the recommendation: what it means, the reasons the review gave with the words that
 * triggered each, the guide's action for the scenario and, when shown, the response time.
 */
export function GuidanceReasons({ guidance, showResponseTime }: { guidance: Guidance; showResponseTime: boolean }) {
  const { t, locale } = useI18n();
  const { recommendation } = guidance;
  return (
    <Parts>
      <Paragraph>{t(`guidance.recommendationHint.${recommendation}`)}</Paragraph>
      {guidance.reasons.length > 0 ? (
        <div>
          <SM tag="h4" isBold>
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
        <SM tag="h4" isBold>
          {t('guidance.actionHeading')}
        </SM>
        <Paragraph>{t(guidance.actionKey)}</Paragraph>
      </div>
      {showResponseTime ? <ResponseTimeLine time={guidance.responseTime} /> : null}
    </Parts>
  );
}

/** The guide's best practices that apply to this review. */
export function BestPractices({ guidance }: { guidance: Guidance }) {
  const { t } = useI18n();
  return (
    <List>
      {guidance.reminders.map((reminder) => (
        <li key={reminder}>{t(`guidance.reminders.${reminder}`)}</li>
      ))}
    </List>
  );
}
