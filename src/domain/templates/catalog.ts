import type { TemplateSettingName } from '../settings';
import { builtInTemplates } from './builtin';
import { BUILT_IN_SLOTS, SLOT_INFO } from './slots';
import type { Template } from './types';
import { validateTemplateSettings, type TemplateSettingsValidation } from './validateSettings';

/** The templates agents can use, and the settings check behind them. */
export interface TemplateCatalog {
  templates: Template[];
  validation: TemplateSettingsValidation;
}

/**
 * Built-in templates, replaced per slot and language by valid settings, plus the valid custom
 * templates. A slot setting with any problem is ignored as a whole, so agents get the built-in
 * template rather than a half-read one.
 */
export function buildTemplateCatalog(texts: Partial<Record<TemplateSettingName, unknown>>): TemplateCatalog {
  const validation = validateTemplateSettings(texts);
  const templates: Template[] = [];
  for (const slot of BUILT_IN_SLOTS) {
    const parsed = validation.parsed[slot];
    const info = SLOT_INFO[slot];
    const usable = parsed.problems.length === 0 ? parsed.templates : [];
    const replaced = new Set(usable.map((template) => template.language));
    templates.push(...builtInTemplates(slot).filter((template) => !replaced.has(template.language)));
    usable.forEach((written, index) => {
      templates.push({
        id: `${slot}:${written.language}:${index}`,
        slot,
        scenario: info.scenarios.length === 1 && info.scenarios[0] ? info.scenarios[0] : 'any',
        language: written.language,
        title: written.title,
        body: written.body,
        type: info.type,
        source: 'settings',
      });
    });
  }
  validation.parsed.customTemplates.templates.forEach((written, index) => {
    if (!written.valid) return;
    templates.push({
      id: `customTemplates:${written.language}:${index}`,
      slot: 'customTemplates',
      scenario: written.scenario,
      language: written.language,
      title: written.title,
      body: written.body,
      type: written.type,
      source: 'settings',
    });
  });
  return { templates, validation };
}
