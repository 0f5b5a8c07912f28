import { useCallback, useMemo, useState } from 'react';
import type { AppSettings } from '../domain/settings';
import { buildTemplateCatalog } from '../domain/templates/catalog';

/**
 * The settings in force in this sidebar: Zendesk's, with the template texts an admin saved here
 * since. The template settings are read into the catalogue once here, and again only when an
 * admin saves new ones.
 */
export function useSidebarSettings(initial: AppSettings) {
  const [settings, setSettings] = useState(initial);
  const onTemplatesSaved = useCallback(
    (texts: AppSettings['templateTexts']) =>
      setSettings((current) => ({ ...current, templateTexts: { ...current.templateTexts, ...texts } })),
    [],
  );
  const catalog = useMemo(() => buildTemplateCatalog(settings.templateTexts), [settings.templateTexts]);
  return { settings, catalog, onTemplatesSaved };
}
