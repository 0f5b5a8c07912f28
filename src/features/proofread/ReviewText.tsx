import { getColor } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import { useId } from 'react';
import styled from 'styled-components';
import type { Review } from '../../domain/review/types';
import { useI18n } from '../../i18n/I18nProvider';
import { Subtle } from '../../ui';

const Box = styled.div`
  border-left: ${({ theme }) => `${theme.borderWidths.md} solid ${getColor({ theme, variable: 'border.default' })}`};
  padding-left: ${({ theme }) => theme.space.sm};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
  font-size: ${({ theme }) => theme.fontSizes.md};
  line-height: ${({ theme }) => theme.lineHeights.md};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

const Title = styled.p`
  margin: 0 0 ${({ theme }) => theme.space.xxs};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

const Text = styled.p`
  margin: 0;
`;

/** The review the reply answers, as text, to read next to the reply. */
export function ReviewText({ review }: { review: Review }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <SM tag="h3" isBold id={headingId}>
        {t('proofread.reviewHeading')}
      </SM>
      <Box>
        {review.title === null ? <Subtle>{t('proofread.reviewNoTitle')}</Subtle> : <Title>{review.title}</Title>}
        {review.text.trim() === '' ? <Subtle>{t('proofread.reviewNoText')}</Subtle> : <Text>{review.text}</Text>}
      </Box>
    </section>
  );
}
