import { Alert } from '@zendeskgarden/react-notifications';
import { getColor } from '@zendeskgarden/react-theming';
import { Paragraph } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { RecheckChange } from '../../domain/trustpilot/compare';
import { useI18n } from '../../i18n/I18nProvider';
import { LoadingDots } from '../../ui';

/** Reading Trustpilot again before the proofread stamp, and what came of it. */
export type StampRecheckState =
  { status: 'idle' } | { status: 'checking' } | { status: 'refused'; change: RecheckChange } | { status: 'unchecked' };

const Line = styled(Paragraph)`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

const REFUSED: Record<RecheckChange, string> = {
  edited: 'trustpilot.recheckEdited',
  replied: 'trustpilot.recheckReplied',
  deleted: 'trustpilot.recheckDeleted',
};

/** The line under "Mark as proofread" while Trustpilot is read again, or why the stamp was refused. */
export function StampRecheck({ state }: { state: StampRecheckState }) {
  const { t } = useI18n();
  if (state.status === 'checking') {
    return (
      <Line role="status">
        <LoadingDots />
        {t('trustpilot.recheckChecking')}
      </Line>
    );
  }
  if (state.status === 'refused') {
    return (
      <Alert type="error" role="alert">
        {t(REFUSED[state.change])}
      </Alert>
    );
  }
  if (state.status === 'unchecked') {
    return <Line role="status">{t('trustpilot.recheckUnchecked')}</Line>;
  }
  return null;
}
