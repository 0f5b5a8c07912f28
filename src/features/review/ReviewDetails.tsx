import { Anchor } from '@zendeskgarden/react-buttons';
import { getColor } from '@zendeskgarden/react-theming';
import styled from 'styled-components';
import { safeTrustpilotUrl } from '../../domain/review/findReference';
import type { Review } from '../../domain/review/types';
import { useI18n } from '../../i18n/I18nProvider';
import { languageName } from '../../i18n/timeText';

const Details = styled.dl`
  display: grid;
  grid-template-columns: auto 1fr;
  gap: ${({ theme }) => `${theme.space.xxs} ${theme.space.sm}`};
  margin: 0 0 ${({ theme }) => theme.space.xs};
  font-size: ${({ theme }) => theme.fontSizes.sm};

  dt {
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

/** The review's details shown on demand: when it was posted, its language, reference and Trustpilot link. */
export function ReviewDetails({ review }: { review: Review }) {
  const { t, locale, formatDate } = useI18n();
  const link = safeTrustpilotUrl(review.reviewUrl);
  const language = languageName(review.language, locale);
  return (
    <>
      <Details>
        {review.createdAt ? (
          <>
            <dt>{t('review.posted')}</dt>
            <dd>{formatDate(review.createdAt)}</dd>
          </>
        ) : null}
        <dt>{t('review.languageLabel')}</dt>
        <dd>{review.languageDetected ? language : t('review.languageAssumedShort', { language })}</dd>
        {review.reference ? (
          <>
            <dt>{t('review.reference')}</dt>
            <dd>{review.reference}</dd>
          </>
        ) : null}
      </Details>
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
    </>
  );
}
