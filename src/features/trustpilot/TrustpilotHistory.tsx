import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { getColor } from '@zendeskgarden/react-theming';
import { MD, Paragraph } from '@zendeskgarden/react-typography';
import { useCallback, useEffect, useId, useState } from 'react';
import styled from 'styled-components';
import type { TrustpilotFailure, TrustpilotResult } from '../../api/trustpilot';
import type { TrustpilotConsumerReview } from '../../domain/trustpilot/types';
import { useI18n } from '../../i18n/I18nProvider';
import { LoadingDots, Section } from '../../ui';

const List = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;

  & > li {
    padding: ${({ theme }) => `${theme.space.xs} ${theme.space.xxs}`};
    overflow-wrap: anywhere;
  }

  & > li + li {
    border-top: 1px solid ${({ theme }) => getColor({ theme, variable: 'border.subtle' })};
  }

  & .meta {
    display: block;
    font-size: ${({ theme }) => theme.fontSizes.sm};
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  }

  & .stars {
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.warning' })};
    letter-spacing: 1px;
  }
`;

const Line = styled(Paragraph)`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

type State =
  | { status: 'loading' }
  | { status: 'ready'; reviews: TrustpilotConsumerReview[] }
  | { status: 'error'; failure: TrustpilotFailure };

export interface TrustpilotHistoryProps {
  /** Reads the reviewer's public reviews from Trustpilot. */
  load: () => Promise<TrustpilotResult<TrustpilotConsumerReview[]>>;
  /** The review being answered, left out of the list. */
  reviewId: string | null;
}

/** The reviewer's other public reviews on Trustpilot, with stars and whether the company answered. */
export function TrustpilotHistory({ load, reviewId }: TrustpilotHistoryProps) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const [round, setRound] = useState(0);
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    void load().then((result) => {
      if (!active) return;
      setState(
        result.ok
          ? { status: 'ready', reviews: result.value.filter((review) => review.id !== reviewId) }
          : { status: 'error', failure: result.failure },
      );
    });
    return () => {
      active = false;
    };
  }, [load, reviewId, round]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setRound((n) => n + 1);
  }, []);

  return (
    <Section $gap="xs" aria-labelledby={headingId} aria-busy={state.status === 'loading'}>
      <MD tag="h2" isBold id={headingId}>
        {t('trustpilot.historyHeading')}
      </MD>
      {state.status === 'loading' ? (
        <Line role="status">
          <LoadingDots />
          {t('trustpilot.historyLoading')}
        </Line>
      ) : state.status === 'error' ? (
        <Alert type="warning" role="alert">
          <Alert.Paragraph>
            {state.failure.kind === 'unauthorized'
              ? t('trustpilot.unauthorized', { status: state.failure.status })
              : t('trustpilot.historyFailed')}
          </Alert.Paragraph>
          <Button size="small" onClick={retry}>
            {t('trustpilot.retry')}
          </Button>
        </Alert>
      ) : state.reviews.length === 0 ? (
        <Paragraph>{t('trustpilot.historyEmpty')}</Paragraph>
      ) : (
        <List aria-labelledby={headingId}>
          {state.reviews.map((review) => (
            <li key={review.id}>
              <span>{review.title === '' ? t('review.noTitle') : review.title}</span>
              <span className="meta">
                {review.stars !== null ? (
                  <span className="stars" role="img" aria-label={t('review.starsLabel', { count: review.stars })}>
                    {'★'.repeat(review.stars)}
                    {'☆'.repeat(5 - review.stars)}
                  </span>
                ) : null}{' '}
                {[
                  review.createdAt ? formatDate(review.createdAt) : null,
                  review.businessUnitName,
                  review.answered ? t('trustpilot.historyAnswered') : t('trustpilot.historyNotAnswered'),
                ]
                  .filter((part): part is string => part !== null && part !== '')
                  .join(' · ')}
              </span>
            </li>
          ))}
        </List>
      )}
    </Section>
  );
}
