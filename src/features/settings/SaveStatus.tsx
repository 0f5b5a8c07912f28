import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useI18n } from '../../i18n/I18nProvider';
import type { SaveState } from './useTemplateDrafts';

/** What came of the last save, in words an admin can act on. */
export function SaveStatus({ save }: { save: SaveState }) {
  const { t } = useI18n();
  switch (save.status) {
    case 'idle':
    case 'saving':
      return null;
    case 'saved':
      return (
        <Notification type="success" role="status">
          <Paragraph>{t('settings.saved')}</Paragraph>
        </Notification>
      );
    case 'forbidden':
      return (
        <Notification type="error" role="alert">
          <Paragraph>{t('settings.forbidden')}</Paragraph>
        </Notification>
      );
    case 'local':
      return (
        <Notification type="info" role="status">
          <Paragraph>{t('settings.localSave')}</Paragraph>
        </Notification>
      );
    case 'rateLimited':
      return (
        <Notification type="error" role="alert">
          <Paragraph>{t('settings.rateLimited', { seconds: save.retryAfterSeconds })}</Paragraph>
        </Notification>
      );
    case 'failed':
      return (
        <Notification type="error" role="alert">
          <Paragraph>
            {save.httpStatus > 0 ? t('settings.failed', { status: save.httpStatus }) : t('settings.failedNetwork')}
          </Paragraph>
        </Notification>
      );
  }
}
