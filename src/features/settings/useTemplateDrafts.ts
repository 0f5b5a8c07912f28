import { useCallback, useMemo, useState } from 'react';
import { saveInstallationSettings, type SaveSettingsResult } from '../../api/installation';
import { TEMPLATE_SETTING_NAMES, type TemplateSettingName } from '../../domain/settings';
import { validateTemplateSettings } from '../../domain/templates/validateSettings';
import { useZaf } from '../../zaf/ZafProvider';

type Texts = Record<TemplateSettingName, string>;

export type SaveState = { status: 'idle' } | { status: 'saving' } | SaveSettingsResult;

const textsFrom = (settings: Record<string, unknown>): Texts =>
  Object.fromEntries(
    TEMPLATE_SETTING_NAMES.map((name) => {
      const value = settings[name];
      return [name, typeof value === 'string' ? value : ''];
    }),
  ) as Texts;

/** The template settings being edited: texts, their check, what changed, and saving them. */
export function useTemplateDrafts() {
  const { client, metadata } = useZaf();
  const [baseline, setBaseline] = useState<Texts>(() => textsFrom(metadata.settings));
  const [drafts, setDrafts] = useState<Texts>(baseline);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  const validation = useMemo(() => validateTemplateSettings(drafts), [drafts]);
  const changed = useMemo(() => TEMPLATE_SETTING_NAMES.filter((name) => drafts[name] !== baseline[name]), [drafts, baseline]);
  // Every setting goes with the request: whether Zendesk merges or replaces the settings object,
  // the other settings keep their values.
  const payload = useMemo(() => ({ ...metadata.settings, ...drafts }), [metadata.settings, drafts]);

  const edit = useCallback((name: TemplateSettingName, text: string) => {
    setDrafts((current) => ({ ...current, [name]: text }));
    setSave((current) => (current.status === 'saving' ? current : { status: 'idle' }));
  }, []);

  const submit = useCallback(async () => {
    setSave({ status: 'saving' });
    const sent = drafts;
    const result = await saveInstallationSettings(client, metadata.installationId, payload);
    if (result.status === 'saved') setBaseline(sent);
    setSave(result);
  }, [client, metadata.installationId, payload, drafts]);

  return { drafts, baseline, validation, changed, payload, save, edit, submit };
}
