import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import { LONG_WAIT_MS } from '../../api/request';
import { useI18n } from '../../i18n/I18nProvider';
import { clockTime } from '../../i18n/clockTime';
import type { SaveState } from './useTemplateDrafts';

const Choices = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
  margin-top: ${({ theme }) => theme.space.xs};
`;

export interface SaveStatusProps {
  save: SaveState;
  /** Names of settings as the admin knows them. */
  settingName?: (name: string) => string;
  /** After a conflict: save this sidebar's texts over the other admin's. */
  onOverwrite?: () => void;
  /** After a conflict: take the other admin's texts. */
  onTakeTheirs?: () => void;
}

/** What came of the last save, in words an admin can act on. */
export function SaveStatus({ save, settingName = (name) => name, onOverwrite, onTakeTheirs }: SaveStatusProps) {
  const { t, locale } = useI18n();
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
          <Paragraph>
            {save.retryAfterSeconds * 1000 >= LONG_WAIT_MS
              ? t('platform.settingsRateLimitedUntil', { time: clockTime(save.retryAt, locale) })
              : t('settings.rateLimited', { seconds: save.retryAfterSeconds })}
          </Paragraph>
        </Notification>
      );
    case 'conflict':
      return (
        <Notification type="warning" role="alert">
          <Notification.Title>{t('platform.conflictTitle')}</Notification.Title>
          <Paragraph>{t('platform.conflictBody', { settings: save.names.map(settingName).join(', ') })}</Paragraph>
          <Choices>
            {onTakeTheirs ? (
              <Button size="small" onClick={onTakeTheirs}>
                {t('platform.conflictTakeTheirs')}
              </Button>
            ) : null}
            {onOverwrite ? (
              <Button size="small" isDanger onClick={onOverwrite}>
                {t('platform.conflictOverwrite')}
              </Button>
            ) : null}
          </Choices>
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
