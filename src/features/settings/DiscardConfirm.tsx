import { Button } from '@zendeskgarden/react-buttons';
import { Notification, Title } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useEffect, useRef } from 'react';
import type { TemplateSettingName } from '../../domain/settings';
import { useI18n } from '../../i18n/I18nProvider';
import { Buttons } from './Buttons';

export interface DiscardConfirmProps {
  /** The settings with changes that were not saved. */
  changed: readonly TemplateSettingName[];
  onKeep: () => void;
  onDiscard: () => void;
}

/** Asked before the manager closes with unsaved changes: keep editing (focused) or discard them. */
export function DiscardConfirm({ changed, onKeep, onDiscard }: DiscardConfirmProps) {
  const { t } = useI18n();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    keep.current?.focus();
  }, []);
  return (
    <Notification type="warning" role="alert">
      <Title>{t('manager.discardTitle')}</Title>
      <Paragraph>
        {t('manager.discardBody', { settings: changed.map((name) => t(`templates.slots.${name}`)).join(', ') })}
      </Paragraph>
      <Buttons>
        <Button ref={keep} size="small" isPrimary onClick={onKeep}>
          {t('manager.keepEditing')}
        </Button>
        <Button size="small" isDanger onClick={onDiscard}>
          {t('manager.discard')}
        </Button>
      </Buttons>
    </Notification>
  );
}
