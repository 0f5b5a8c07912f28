import { useCallback, useMemo, useState } from 'react';
import { saveInstallationSettings, type SaveSettingsResult } from '../../api/installation';
import { TEMPLATE_SETTING_NAMES, type TemplateSettingName } from '../../domain/settings';
import { buildTemplateCatalog, type TemplateCatalog } from '../../domain/templates/catalog';
import { useZaf } from '../../zaf/ZafProvider';

export type TemplateTexts = Record<TemplateSettingName, string>;
type Texts = TemplateTexts;

export type SaveState = { status: 'idle' } | { status: 'saving' } | SaveSettingsResult;

/**
 * The template settings being edited, starting from `saved` (and `savedCatalog`, the catalogue
 * already built from it): texts, the catalogue they make with its check, what changed, and saving
 * them. `onSaved` receives the texts Zendesk accepted, so the open sidebar can use them at once.
 */
export function useTemplateDrafts(
  saved: TemplateTexts,
  savedCatalog: TemplateCatalog,
  onSaved?: (texts: TemplateTexts) => void,
) {
  const { zendesk, metadata } = useZaf();
  // The texts in force in this sidebar: Zendesk's settings, or what this sidebar saved since.
  const [baseline, setBaseline] = useState<Texts>(saved);
  const [drafts, setDrafts] = useState<Texts>(saved);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  // Built once per edit; the texts as saved already have theirs.
  const catalog = useMemo(
    () => (drafts === saved ? savedCatalog : buildTemplateCatalog(drafts)),
    [drafts, saved, savedCatalog],
  );
  const validation = catalog.validation;
  const changed = useMemo(
    () => TEMPLATE_SETTING_NAMES.filter((name) => drafts[name] !== baseline[name]),
    [drafts, baseline],
  );
  // Every setting, for the zcli config offered when there is no installation to save to.
  const payload = useMemo(() => ({ ...metadata.settings, ...drafts }), [metadata.settings, drafts]);

  const edit = useCallback((name: TemplateSettingName, text: string) => {
    setDrafts((current) => ({ ...current, [name]: text }));
    setSave((current) => (current.status === 'saving' ? current : { status: 'idle' }));
  }, []);

  /**
   * Sends only the changed settings. Zendesk's installation is read first: where another admin
   * changed one of them since this sidebar loaded it, nothing is saved until the admin chooses
   * (`overwrite`, or `takeTheirs`).
   */
  const submit = useCallback(
    async ({ overwrite = false }: { overwrite?: boolean } = {}) => {
      setSave({ status: 'saving' });
      const sent = drafts;
      const changes = Object.fromEntries(changed.map((name) => [name, sent[name]]));
      const result = await saveInstallationSettings(zendesk, metadata.installationId, changes, baseline, { overwrite });
      if (result.status === 'saved') {
        setBaseline(sent);
        onSaved?.(sent);
      }
      setSave(result);
    },
    [zendesk, metadata.installationId, drafts, changed, baseline, onSaved],
  );

  /** After a conflict: uses the other admin's texts for those settings, as the new starting point. */
  const takeTheirs = useCallback(() => {
    if (save.status !== 'conflict') return;
    const theirs = Object.fromEntries(
      save.names
        .filter((name): name is TemplateSettingName => (TEMPLATE_SETTING_NAMES as readonly string[]).includes(name))
        .map((name) => [name, typeof save.current[name] === 'string' ? save.current[name] : '']),
    ) as Partial<Texts>;
    setBaseline((current) => ({ ...current, ...theirs }));
    setDrafts((current) => ({ ...current, ...theirs }));
    onSaved?.({ ...baseline, ...theirs });
    setSave({ status: 'idle' });
  }, [save, baseline, onSaved]);

  return { drafts, baseline, catalog, validation, changed, payload, save, edit, submit, takeTheirs };
}
