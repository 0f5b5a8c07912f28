import { Alert } from '@zendeskgarden/react-notifications';
import { getColor } from '@zendeskgarden/react-theming';
import { Paragraph } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import { clockTime } from '../../i18n/clockTime';
import { useI18n } from '../../i18n/I18nProvider';
import { LoadingDots } from '../../ui';
import type { PublicationUpdate } from './events';

const Line = styled(Paragraph)`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

const Quote = styled.blockquote`
  margin: ${({ theme }) => theme.space.xs} 0 0;
  border-left: 3px solid ${({ theme }) => getColor({ theme, variable: 'border.default' })};
  padding-left: ${({ theme }) => theme.space.sm};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

/** Where the sent reply stands on Trustpilot, as the background follow-up reports it; times as the agent's region writes them. */
export function PublicationStatus({ update }: { update: PublicationUpdate }) {
  const { t, locale } = useI18n();
  switch (update.kind) {
    case 'following':
      return (
        <Line role="status">
          <LoadingDots />
          {t('trustpilot.pubFollowing')}
        </Line>
      );
    case 'waiting':
      return (
        <Line role="status">
          {t('trustpilot.pubWaiting', { time: clockTime(update.nextCheckAt ?? Date.now(), locale) })}
        </Line>
      );
    case 'published':
      return (
        <Alert type="success" role="status">
          {update.at
            ? t('trustpilot.pubPublished', { time: clockTime(new Date(update.at).getTime(), locale) })
            : t('trustpilot.pubPublishedNoTime')}
        </Alert>
      );
    case 'different':
      return (
        <Alert type="error" role="alert">
          {t('trustpilot.pubDifferent')}
          <Quote>{update.text ?? ''}</Quote>
        </Alert>
      );
    case 'missing':
      return (
        <Alert type="error" role="alert">
          {t('trustpilot.pubMissing')}
        </Alert>
      );
    case 'reviewGone':
      return (
        <Alert type="error" role="alert">
          {t('trustpilot.deletedBody')}
        </Alert>
      );
    case 'unverified':
      return (
        <Alert type="warning" role="alert">
          {t('trustpilot.pubUnverified')}
        </Alert>
      );
  }
}
