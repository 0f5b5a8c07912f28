import { useCallback, useState } from 'react';
import type { AppSettings } from '../domain/settings';

/**
 * The settings in force in this sidebar: Zendesk's, with the template texts an admin saved here
 * since (the review tools read those into the template catalogue).
 */
export function useSidebarSettings(initial: AppSettings) {
  const [settings, setSettings] = useState(initial);
  const onTemplatesSaved = useCallback(
    (texts: AppSettings['templateTexts']) =>
      setSettings((current) => ({ ...current, templateTexts: { ...current.templateTexts, ...texts } })),
    [],
  );
  return { settings, onTemplatesSaved };
}
