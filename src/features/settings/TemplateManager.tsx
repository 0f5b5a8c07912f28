import { MD } from '@zendeskgarden/react-typography';
import { useId, useState } from 'react';
import type { Review } from '../../domain/review/types';
import type { AppSettings, TemplateSettingName } from '../../domain/settings';
import type { TemplateCatalog } from '../../domain/templates/catalog';
import type { UserSnapshot } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { ManagerHeader } from './ManagerHeader';
import { ManagerPreview } from './ManagerPreview';
import { ManagerSaveBar } from './ManagerSaveBar';
import { SettingEditor } from './SettingEditor';
import { SettingPicker } from './SettingPicker';
import { useTemplateDrafts, type TemplateTexts } from './useTemplateDrafts';
import { Section } from '../../ui';

export interface TemplateManagerProps {
  review: Review;
  settings: AppSettings;
  /** The catalogue already built from `settings.templateTexts`. */
  catalog: TemplateCatalog;
  currentUser: UserSnapshot | null;
  onClose: () => void;
  /** Called with the template texts once Zendesk has saved them. */
  onSaved?: (texts: TemplateTexts) => void;
}

/**
 * Edit the template settings in place: pick a setting, write it in the settings format, see its
 * problems as you type and a preview against the open review, then save to the installation.
 */
export default function TemplateManager({
  review,
  settings,
  catalog,
  currentUser,
  onClose,
  onSaved,
}: TemplateManagerProps) {
  const { t } = useI18n();
  const headingId = useId();
  const previewId = useId();
  const [setting, setSetting] = useState<TemplateSettingName>('templateNegative1');
  const drafts = useTemplateDrafts(settings.templateTexts, catalog, onSaved);
  const { validation, changed } = drafts;
  const blocking = changed.filter((name) => validation.parsed[name].problems.length > 0);

  return (
    <Section $divided aria-labelledby={headingId}>
      <ManagerHeader headingId={headingId} onClose={onClose} />
      <SettingPicker
        value={setting}
        onChange={setSetting}
        drafts={drafts.drafts}
        validation={validation}
        changed={changed}
      />
      <SettingEditor
        setting={setting}
        text={drafts.drafts[setting]}
        problems={validation.parsed[setting].problems}
        onEdit={drafts.edit}
      />
      <MD tag="h3" isBold id={previewId}>
        {t('settings.preview')}
      </MD>
      <div role="group" aria-labelledby={previewId}>
        <ManagerPreview
          setting={setting}
          templates={drafts.catalog.templates}
          review={review}
          settings={settings}
          currentUser={currentUser}
        />
      </div>
      <ManagerSaveBar {...drafts} blocking={blocking} />
    </Section>
  );
}
