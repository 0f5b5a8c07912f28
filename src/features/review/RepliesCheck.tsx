import { Button } from '@zendeskgarden/react-buttons';
import { getColor } from '@zendeskgarden/react-theming';
import { Paragraph } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import { useI18n } from '../../i18n/I18nProvider';
import { LoadingDots } from '../../ui';
import type { AlreadyAnsweredView } from './useAlreadyAnswered';

const Line = styled(Paragraph)`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

/** The state of the check for an earlier public reply: a quiet line while it runs, a retry when it failed. */
export function RepliesCheck({ check }: { check: AlreadyAnsweredView }) {
  const { t } = useI18n();
  if (check.status === 'loading') {
    return (
      <Line role="status">
        <LoadingDots />
        {t('review.checkingReplies')}
      </Line>
    );
  }
  if (check.status === 'error') {
    return (
      <Line role="alert">
        {t('review.checkRepliesFailed')}
        {/* Zendesk refused (403): asking again would be refused too. */}
        {check.error.kind === 'forbidden' ? null : (
          <Button size="small" onClick={check.retry}>
            {t('review.checkAgain')}
          </Button>
        )}
      </Line>
    );
  }
  return null;
}
