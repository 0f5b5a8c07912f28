import type { UiLocale } from '../types';
import { BUILT_IN_TEXTS } from './builtin';
import type { BuiltInSlot } from './slots';
import type { TemplateLanguage } from './types';

/** A template to write back as setting text. */
export interface TemplateToWrite {
  language: TemplateLanguage;
  title: string | null;
  body: string;
}

/** Writes templates in the settings format, one `== xx ==` section per language, in order. */
export function formatTemplateSetting(templates: readonly TemplateToWrite[]): string {
  const sections: string[] = [];
  const languages = [...new Set(templates.map((template) => template.language))];
  for (const language of languages) {
    const parts = templates
      .filter((template) => template.language === language)
      .map((template) => (template.title !== null ? `# ${template.title}\n${template.body}` : template.body));
    sections.push(`== ${language} ==\n${parts.join('\n\n')}`);
  }
  return sections.join('\n\n');
}

/** A slot's built-in templates in every language, as a starting point for a team lead's own. */
export function builtInSettingText(slot: BuiltInSlot): string {
  return formatTemplateSetting(
    (Object.keys(BUILT_IN_TEXTS) as UiLocale[]).map((language) => ({
      language,
      title: null,
      body: BUILT_IN_TEXTS[language][slot],
    })),
  );
}
