import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { getColor } from '@zendeskgarden/react-theming';
import { Paragraph, SM } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { TrustpilotFailure } from '../../api/trustpilot';
import type { TrustpilotComparison } from '../../domain/trustpilot/compare';
import type { TrustpilotCompanyReply } from '../../domain/trustpilot/types';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { LoadingDots } from '../../ui';
import type { TrustpilotView } from './useTrustpilotReview';

const Line = styled(Paragraph)`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

const Badge = styled.span`
  display: inline-block;
  border-radius: ${({ theme }) => theme.borderRadii.md};
  padding: 0 ${({ theme }) => theme.space.xs};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  line-height: ${({ theme }) => theme.lineHeights.sm};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.success' })};
  background-color: ${({ theme }) => getColor({ theme, variable: 'background.success' })};
`;

const Quote = styled.blockquote`
  margin: ${({ theme }) => theme.space.xs} 0 0;
  border-left: 3px solid ${({ theme }) => getColor({ theme, variable: 'border.default' })};
  padding-left: ${({ theme }) => theme.space.sm};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

const Changes = styled.ul`
  margin: ${({ theme }) => theme.space.xxs} 0 0;
  padding-left: ${({ theme }) => theme.space.md};
  overflow-wrap: anywhere;
`;

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

function failureText(failure: TrustpilotFailure, t: Translate): string {
  if (failure.kind === 'unauthorized') return t('trustpilot.unauthorized', { status: failure.status });
  if (failure.kind === 'rateLimited') return t('trustpilot.rateLimited', { seconds: seconds(failure.retryAfterMs) });
  return t('trustpilot.failed');
}

/** The company reply Trustpilot already shows: its date and text, and the warning not to send another. */
function TrustpilotReply({ reply }: { reply: TrustpilotCompanyReply }) {
  const { t, formatDate } = useI18n();
  return (
    <Alert type="warning">
      <Alert.Title>{t('trustpilot.replyTitle')}</Alert.Title>
      {reply.createdAt
        ? t('trustpilot.replyBody', { date: formatDate(reply.createdAt) })
        : t('trustpilot.replyBodyNoDate')}
      <SM tag="p" isBold>
        {t('trustpilot.replyText')}
      </SM>
      <Quote>{reply.text}</Quote>
    </Alert>
  );
}

function Differences({ comparison }: { comparison: TrustpilotComparison }) {
  const { t } = useI18n();
  const { stars, title, text } = comparison;
  if (stars === null && title === null && text === null) return <Line>{t('trustpilot.same')}</Line>;
  return (
    <Alert type="info" role="status">
      {stars ? (
        <Paragraph>
          {stars.from === null
            ? t('trustpilot.starsNew', { to: stars.to })
            : t('trustpilot.starsChanged', { from: stars.from, to: stars.to })}
        </Paragraph>
      ) : null}
      {title ? <Paragraph>{t('trustpilot.titleChanged', { from: title.from })}</Paragraph> : null}
      {text ? (
        <>
          <Paragraph>{t('trustpilot.textChanged')}</Paragraph>
          {text.removed.length === 0 && text.added.length === 0 ? (
            <Paragraph>{t('trustpilot.spacingOnly')}</Paragraph>
          ) : null}
          {text.removed.length > 0 ? (
            <>
              <SM tag="p" isBold>
                {t('trustpilot.removed')}
              </SM>
              <Changes aria-label={t('trustpilot.removed')}>
                {text.removed.map((sentence, index) => (
                  <li key={`${index}-${sentence}`}>
                    <del>{sentence}</del>
                  </li>
                ))}
              </Changes>
            </>
          ) : null}
          {text.added.length > 0 ? (
            <>
              <SM tag="p" isBold>
                {t('trustpilot.added')}
              </SM>
              <Changes aria-label={t('trustpilot.added')}>
                {text.added.map((sentence, index) => (
                  <li key={`${index}-${sentence}`}>
                    <ins>{sentence}</ins>
                  </li>
                ))}
              </Changes>
            </>
          ) : null}
        </>
      ) : null}
    </Alert>
  );
}

/**
 * The card's Trustpilot line: checking, checked (with the verified badge, what differs and a
 * company reply already published), the review gone, or why Trustpilot could not be read, with a retry.
 */
export function TrustpilotStatus({ view }: { view: TrustpilotView }) {
  const { t } = useI18n();
  if (view.status === 'off') return null;
  if (view.status === 'loading') {
    return (
      <Line role="status">
        <LoadingDots />
        {view.waitMs > 0 ? t('trustpilot.waiting', { seconds: seconds(view.waitMs) }) : t('trustpilot.checking')}
      </Line>
    );
  }
  if (view.status === 'error') {
    return (
      <Alert type={view.failure.kind === 'unauthorized' ? 'error' : 'warning'} role="alert">
        <Alert.Paragraph>{failureText(view.failure, t)}</Alert.Paragraph>
        <Button size="small" onClick={view.retry}>
          {t('trustpilot.retry')}
        </Button>
      </Alert>
    );
  }
  if (view.status === 'deleted') {
    return (
      <Alert type="error" role="alert">
        <Alert.Title>{t('trustpilot.deletedTitle')}</Alert.Title>
        {t('trustpilot.deletedBody')}
      </Alert>
    );
  }
  const { comparison } = view;
  return (
    <>
      <Line>
        {t('trustpilot.checked')}
        {comparison.isVerified ? <Badge>{t('trustpilot.verified')}</Badge> : null}
      </Line>
      {comparison.companyReply ? <TrustpilotReply reply={comparison.companyReply} /> : null}
      <Differences comparison={comparison} />
    </>
  );
}
