import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field } from '@zendeskgarden/react-forms';
import { Alert } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';
import { useI18n } from '../../i18n/I18nProvider';
import type { AlreadyAnsweredView } from '../review';

const Actions = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${({ theme }) => theme.space.xs};
  margin-top: ${({ theme }) => theme.space.xs};
`;

export interface ConfirmSecondReplyProps {
  /** A public reply exists (`answered`), or the check for one failed (`checkFailed`). */
  because: 'answered' | 'checkFailed';
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  /** The check for an earlier reply, for its retry after a failure. */
  check?: AlreadyAnsweredView;
}

/**
 * The explicit step before a reply on a review that may be answered already: a published reply
 * can't be withdrawn, so a second one is sent only on purpose. A failed check asks the same,
 * with a retry (none when Zendesk refused: asking again would be refused too).
 */
export function ConfirmSecondReply({ because, confirmed, onConfirm, check }: ConfirmSecondReplyProps) {
  const { t } = useI18n();
  const failed = because === 'checkFailed';
  const canRetry = failed && check?.status === 'error' && check.error.kind !== 'forbidden';
  return (
    <Alert
      type="warning"
      role="group"
      aria-label={t(failed ? 'flow.confirm.failedTitle' : 'review.alreadyAnsweredTitle')}
    >
      <Alert.Title>{t(failed ? 'flow.confirm.failedTitle' : 'review.alreadyAnsweredTitle')}</Alert.Title>
      <Alert.Paragraph>{t(failed ? 'flow.confirm.failedBody' : 'review.alreadyAnsweredBody')}</Alert.Paragraph>
      <Actions>
        {canRetry ? (
          <Button size="small" onClick={check.retry}>
            {t('review.checkAgain')}
          </Button>
        ) : null}
        <Field>
          <Checkbox checked={confirmed} onChange={(event) => onConfirm(event.target.checked)}>
            <Field.Label>{t(failed ? 'flow.confirm.failedConfirm' : 'proofread.secondReplyConfirm')}</Field.Label>
          </Checkbox>
        </Field>
      </Actions>
    </Alert>
  );
}
