import { getColor } from '@zendeskgarden/react-theming';
import { MD, SM } from '@zendeskgarden/react-typography';
import { useId, type Ref } from 'react';
import styled from 'styled-components';
import type { Review } from '../../domain/review/types';
import { useI18n } from '../../i18n/I18nProvider';
import { relativeAge } from '../../i18n/timeText';
import { HiddenHeading, SubtleSmall } from '../../ui';
import { ReviewText } from './ReviewText';
import { StarRating } from './StarRating';

const Card = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xxs};
  padding: ${({ theme }) => theme.space.xxs} 0 0;
`;

// The card's heading is for assistive technology: the stars and the title say it to the eye.
const TopLine = styled.div`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};

  & > * {
    flex: none;
  }
`;

const Title = styled(MD)<{ $missing: boolean }>`
  overflow-wrap: anywhere;
  ${({ $missing, theme }) =>
    $missing ? `font-style: italic; color: ${getColor({ theme, variable: 'foreground.subtle' })};` : ''}
`;

/** Takes the room the stars and the age leave: a long name ends in "…" on screen and is read out whole. */
const Reviewer = styled(SM)`
  && {
    flex: 1 1 0;
    min-width: 0;
  }

  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

export interface ReviewCardProps {
  review: Review;
  /** The time the age is measured against (passed in so the card is deterministic). */
  now: Date;
  /** Where the review tools place the response-time badge, beside the age. */
  badgeSlot?: Ref<HTMLSpanElement>;
  /** Where the review tools place the scenario, the recommendation and the warning line. */
  glanceSlot?: Ref<HTMLDivElement>;
}

/**
 * The review at a glance, always on top: stars, reviewer, age (with the response-time badge),
 * title, and the text collapsed to a few lines. Everything from the review is rendered as text.
 */
export function ReviewCard({ review, now, badgeSlot, glanceSlot }: ReviewCardProps) {
  const { t, locale, formatDate } = useI18n();
  const headingId = useId();
  const reviewer =
    review.reviewer.anonymous || review.reviewer.name === '' ? t('review.anonymous') : review.reviewer.name;
  const age = review.createdAt ? relativeAge(review.createdAt, now, locale) : null;

  return (
    <Card aria-labelledby={headingId}>
      <HiddenHeading id={headingId}>{t('review.heading')}</HiddenHeading>
      <TopLine>
        <StarRating stars={review.stars} />
        <Reviewer tag="span" isBold title={reviewer}>
          {reviewer}
        </Reviewer>
        {age && review.createdAt ? (
          <SubtleSmall tag="span">
            <time dateTime={review.createdAt.toISOString()} title={formatDate(review.createdAt)}>
              {age}
            </time>
          </SubtleSmall>
        ) : null}
        <span ref={badgeSlot} />
      </TopLine>
      <Title tag="h3" isBold $missing={review.title === null}>
        {review.title ?? t('review.noTitle')}
      </Title>
      <ReviewText text={review.text} />
      <div ref={glanceSlot} />
    </Card>
  );
}
