import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import type { TemplateSettingName } from '../../domain/settings';
import { useI18n } from '../../i18n/I18nProvider';
import { Subtle } from '../../ui';
import { Buttons } from './Buttons';
import { SaveStatus } from './SaveStatus';
import type { SaveState } from './useTemplateDrafts';
import { ZcliConfigExport } from './ZcliConfigExport';

export interface ManagerSaveBarProps {
  save: SaveState;
  changed: readonly TemplateSettingName[];
  /** Changed settings with problems: nothing is saved while there are any. */
  blocking: readonly TemplateSettingName[];
  /** Every setting, for the zcli config offered when there is no installation to save to. */
  payload: Record<string, unknown>;
  submit: (options?: { overwrite?: boolean }) => Promise<void>;
  takeTheirs: () => void;
}

/** Saving the changed settings: the button, why it is disabled, and what came of the last save. */
export function ManagerSaveBar({ save, changed, blocking, payload, submit, takeTheirs }: ManagerSaveBarProps) {
  const { t } = useI18n();
  const settingName = (name: string) => t(`templates.slots.${name}`);
  return (
    <>
      <Buttons>
        <Button
          isPrimary
          size="small"
          disabled={changed.length === 0 || blocking.length > 0 || save.status === 'saving'}
          onClick={() => void submit()}
        >
          {t('settings.save')}
        </Button>
        {save.status === 'saving' ? <Dots size={16} aria-label={t('settings.saving')} /> : null}
      </Buttons>
      {blocking.length > 0 ? (
        <Subtle>{t('settings.fixBeforeSaving', { settings: blocking.map(settingName).join(', ') })}</Subtle>
      ) : changed.length === 0 && save.status === 'idle' ? (
        <Subtle>{t('settings.nothingToSave')}</Subtle>
      ) : null}
      <SaveStatus
        save={save}
        settingName={settingName}
        onOverwrite={() => void submit({ overwrite: true })}
        onTakeTheirs={takeTheirs}
      />
      {save.status === 'local' ? <ZcliConfigExport settings={payload} /> : null}
    </>
  );
}
