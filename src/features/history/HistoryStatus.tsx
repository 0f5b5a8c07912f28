import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import { LONG_WAIT_MS } from '../../api/request';
import type { RetryNotice, SearchFailure } from '../../api/search';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { clockTime } from '../../i18n/clockTime';
import { Row } from '../../ui';

const StatusRow = styled(Row)`
  padding: ${({ theme }) => theme.space.xxs} 0;
`;

/**
 * "Loading…", or, while waiting out Zendesk's rate limit, when the next try comes: a countdown
 * for short waits, the time of day for long ones.
 */
export function HistoryLoading({ retry, messageKey }: { retry: RetryNotice | null; messageKey: string }) {
  const { t, locale } = useI18n();
  const text = retry
    ? retry.waitMs >= LONG_WAIT_MS
      ? t('platform.historyRetryingAt', {
          time: clockTime(retry.retryAt, locale),
          attempt: retry.attempt,
          max: retry.maxAttempts,
        })
      : t('history.retrying', {
          seconds: Math.ceil(retry.waitMs / 1000),
          attempt: retry.attempt,
          max: retry.maxAttempts,
        })
    : t(messageKey);
  return (
    <StatusRow role="status" aria-live="polite">
      <Dots size={16} aria-hidden="true" />
      <Paragraph>{text}</Paragraph>
    </StatusRow>
  );
}

/** The translated reason a search failed, for any failure kind. */
function failureText(failure: SearchFailure, t: Translate): string {
  const key = `history.errors.${failure.kind}`;
  return 'status' in failure ? t(key, { status: failure.status }) : t(key);
}

/** A failed search: what went wrong, and a button to try again unless Zendesk refused outright (403). */
export function HistoryError({ failure, onRetry }: { failure: SearchFailure; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Notification type="error" role="alert">
      <Paragraph>{failureText(failure, t)}</Paragraph>
      {failure.kind === 'forbidden' ? null : (
        <Button size="small" onClick={onRetry}>
          {t('history.retry')}
        </Button>
      )}
    </Notification>
  );
}
