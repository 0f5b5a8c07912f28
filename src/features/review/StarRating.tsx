import { getColor } from '@zendeskgarden/react-theming';
import styled from 'styled-components';
import type { Stars } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';

const Stars = styled.span`
  display: inline-flex;
  gap: 1px;
  font-size: ${({ theme }) => theme.fontSizes.md};
  line-height: 1;
`;

const Star = styled.span<{ $filled: boolean }>`
  color: ${({ theme, $filled }) =>
    $filled
      ? getColor({ theme, light: { hue: 'yellow', shade: 600 }, dark: { hue: 'yellow', shade: 400 } })
      : getColor({ theme, variable: 'foreground.subtle' })};
`;

const Unrated = styled.span`
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

/** Five stars, filled up to the rating, read out as "Rated 4 out of 5 stars"; "Not rated" without stars. */
export function StarRating({ stars }: { stars: Stars | null }) {
  const { t } = useI18n();
  if (stars === null) return <Unrated>{t('review.unrated')}</Unrated>;
  return (
    <Stars role="img" aria-label={t('review.starsLabel', { count: stars })}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Star key={n} $filled={n <= stars} aria-hidden="true">
          {n <= stars ? '★' : '☆'}
        </Star>
      ))}
    </Stars>
  );
}
