import { Anchor } from '@zendeskgarden/react-buttons';
import { getColor } from '@zendeskgarden/react-theming';
import { LG, MD, Paragraph } from '@zendeskgarden/react-typography';
import { useId } from 'react';
import styled from 'styled-components';
import { safeTrustpilotUrl } from '../../domain/review/findReference';
import type { Review } from '../../domain/review/types';
import { useI18n } from '../../i18n/I18nProvider';
import { RepliesCheck } from './RepliesCheck';
import { ReviewText } from './ReviewText';
import { AlreadyAnsweredAlert, EditedNotice } from './ReviewNotices';
import { StarRating } from './StarRating';
import { languageName, relativeAge } from '../../i18n/timeText';
import type { AlreadyAnsweredView } from './useAlreadyAnswered';
import { SubtleSmall } from '../../ui';
import type { ReactNode } from 'react';
import { type TrustpilotView } from '../trustpilot';

const Card = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xs};
  padding: ${({ theme }) => theme.space.xs} 0;
`;

const Title = styled(LG)<{ $missing: boolean }>`
  overflow-wrap: anywhere;
  ${({ $missing, theme }) =>
    $missing ? `font-style: italic; color: ${getColor({ theme, variable: 'foreground.subtle' })};` : ''}
`;

const Details = styled.dl`
  display: grid;
  grid-template-columns: auto 1fr;
  gap: ${({ theme }) => `${theme.space.xxs} ${theme.space.sm}`};
  margin: 0;
  font-size: ${({ theme }) => theme.fontSizes.sm};

  dt {
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

export interface ReviewCardProps {
  review: Review;
  /** The time the age is measured against (passed in so the card is deterministic). */
  now: Date;
  /** The check for an earlier public reply, when the sidebar runs one: shows its progress or failure. */
  answeredCheck?: AlreadyAnsweredView;
  /** The review as Trustpilot shows it, when the connection is on. */
  trustpilot?: TrustpilotView;
  /**
   * What Trustpilot says, rendered under the heading (its strings load with the review tools, so
   * it is null until then).
   */
  trustpilotSection?: ReactNode;
}

/**
 * The review at a glance: title, stars, reviewer, date and age, the text (collapsed when long),
 * edit and already-answered warnings, reference number and Trustpilot link. Everything from the
 * review is rendered as text.
 */
export function ReviewCard({ review, now, answeredCheck, trustpilot, trustpilotSection = null }: ReviewCardProps) {
  const { t, locale, formatDate } = useI18n();
  const headingId = useId();
  const link = safeTrustpilotUrl(review.reviewUrl);
  const reviewer =
    review.reviewer.anonymous || review.reviewer.name === '' ? t('review.anonymous') : review.reviewer.name;
  const posted = review.createdAt
    ? t('review.postedAgo', { date: formatDate(review.createdAt), age: relativeAge(review.createdAt, now, locale) })
    : null;
  const language = languageName(review.language, locale);
  // Trustpilot's reply notice says the same as the generic one, with the reply's text and date.
  const repliedOnTrustpilot =
    trustpilotSection !== null && trustpilot?.status === 'ready' && trustpilot.comparison.companyReply !== null;

  return (
    <Card aria-labelledby={headingId}>
      <MD tag="h2" isBold id={headingId}>
        {t('review.heading')}
      </MD>
      {review.alreadyAnswered && !repliedOnTrustpilot ? <AlreadyAnsweredAlert /> : null}
      {answeredCheck && !review.alreadyAnswered ? <RepliesCheck check={answeredCheck} /> : null}
      {trustpilotSection}
      <StarRating stars={review.stars} />
      <Title tag="h3" isBold $missing={review.title === null}>
        {review.title ?? t('review.noTitle')}
      </Title>
      <Paragraph>
        <strong>{reviewer}</strong>
        {posted ? (
          <>
            <br />
            <SubtleSmall tag="span">{posted}</SubtleSmall>
          </>
        ) : null}
      </Paragraph>
      <EditedNotice review={review} />
      <ReviewText text={review.text} />
      {review.reference ? (
        <Details>
          <dt>{t('review.reference')}</dt>
          <dd>{review.reference}</dd>
        </Details>
      ) : null}
      <SubtleSmall>
        {review.languageDetected ? t('review.language', { language }) : t('review.languageAssumed', { language })}
      </SubtleSmall>
      {link ? (
        <Anchor
          href={link}
          isExternal
          externalIconLabel={t('review.opensInNewTab')}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('review.openOnTrustpilot')}
        </Anchor>
      ) : null}
    </Card>
  );
}
