import { Field, Label, Select } from '@zendeskgarden/react-forms';
import { TEMPLATE_SETTING_NAMES, type TemplateSettingName } from '../../domain/settings';
import { isBuiltInSlot } from '../../domain/templates/slots';
import type { TemplateSettingsValidation } from '../../domain/templates/validateSettings';
import { useI18n } from '../../i18n/I18nProvider';
import type { TemplateTexts } from './useTemplateDrafts';

export interface SettingPickerProps {
  value: TemplateSettingName;
  onChange: (setting: TemplateSettingName) => void;
  drafts: TemplateTexts;
  validation: TemplateSettingsValidation;
  changed: readonly TemplateSettingName[];
}

/** The template setting being edited, each option with its state (problems, unsaved, built-in…). */
export function SettingPicker({ value, onChange, drafts, validation, changed }: SettingPickerProps) {
  const { t } = useI18n();
  const stateOf = (name: TemplateSettingName): string => {
    const count = validation.parsed[name].problems.length;
    if (count > 0) return t('settings.stateProblems', { count });
    if (changed.includes(name)) return t('settings.stateUnsaved');
    if (drafts[name].trim() === '') return t(isBuiltInSlot(name) ? 'settings.stateBuiltIn' : 'settings.stateEmpty');
    return t('settings.stateCustom');
  };
  return (
    <Field>
      <Label>{t('settings.setting')}</Label>
      <Select isCompact value={value} onChange={(event) => onChange(event.target.value as TemplateSettingName)}>
        {TEMPLATE_SETTING_NAMES.map((name) => (
          <option key={name} value={name}>
            {t('settings.option', { name: t(`templates.slots.${name}`), state: stateOf(name) })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
