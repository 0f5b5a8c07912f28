import { Alert } from '@zendeskgarden/react-notifications';
import type { Review } from '../../domain/review/types';
import { useI18n } from '../../i18n/I18nProvider';

/** The prominent warning that a public reply exists (the guide's FAQ: do not send again). */
export function AlreadyAnsweredAlert() {
  const { t } = useI18n();
  return (
    <Alert type="warning">
      <Alert.Title>{t('review.alreadyAnsweredTitle')}</Alert.Title>
      {t('review.alreadyAnsweredBody')}
    </Alert>
  );
}

/** Why the stars or text may have changed since the review was first posted. */
export function EditedNotice({ review }: { review: Review }) {
  const { t } = useI18n();
  if (!review.edited) return null;
  let message = t('review.edited');
  if (review.starsConflict && review.starsFromTags !== null && review.starsFromText !== null) {
    message = t('review.starsConflict', { tagStars: review.starsFromTags, textStars: review.starsFromText });
  } else if (review.starsConflict) {
    message = t('review.ratingTagsConflict');
  }
  return (
    <Alert type="info" role="status">
      {message}
    </Alert>
  );
}
