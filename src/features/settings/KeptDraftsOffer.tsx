import { Button } from '@zendeskgarden/react-buttons';
import { Notification, Title } from '@zendeskgarden/react-notifications';
import { Paragraph } from '@zendeskgarden/react-typography';
import type { TemplateSettingName } from '../../domain/settings';
import { useI18n } from '../../i18n/I18nProvider';
import { Buttons } from './Buttons';
import type { KeptDrafts } from './useKeptDrafts';

export interface KeptDraftsOfferProps {
  kept: KeptDrafts;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Unsaved changes from a manager that closed without asking: restore them, or drop them. */
export function KeptDraftsOffer({ kept, onRestore, onDiscard }: KeptDraftsOfferProps) {
  const { t, locale } = useI18n();
  const names = Object.keys(kept.texts) as TemplateSettingName[];
  return (
    <Notification type="info" role="status">
      <Title>{t('manager.keptTitle')}</Title>
      <Paragraph>
        {t('manager.keptBody', {
          time: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(kept.savedAt),
          settings: names.map((name) => t(`templates.slots.${name}`)).join(', '),
        })}
      </Paragraph>
      <Buttons>
        <Button size="small" isPrimary onClick={onRestore}>
          {t('manager.keptRestore')}
        </Button>
        <Button size="small" onClick={onDiscard}>
          {t('manager.keptDiscard')}
        </Button>
      </Buttons>
    </Notification>
  );
}
