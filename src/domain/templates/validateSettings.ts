import { TEMPLATE_SETTING_NAMES, type TemplateSettingName } from '../settings';
import type { TemplateProblem } from './problems';
import { parseTemplateSetting, type ParsedTemplateSetting } from './settingsFormat';

export type { TemplateProblem, TemplateProblemCode } from './problems';

/** The outcome of checking every template setting: what the sidebar shows admins. */
export interface TemplateSettingsValidation {
  /** No problem in any template setting. */
  ok: boolean;
  /** Every problem, in setting order, then line order. */
  problems: TemplateProblem[];
  /** The settings that fall back (slots: to the built-in template; custom: invalid ones skipped). */
  invalidSettings: TemplateSettingName[];
  parsed: Record<TemplateSettingName, ParsedTemplateSetting>;
}

/** Parses and checks every template setting; never throws, whatever the values. */
export function validateTemplateSettings(
  texts: Partial<Record<TemplateSettingName, unknown>>,
): TemplateSettingsValidation {
  const source: Partial<Record<TemplateSettingName, unknown>> =
    texts !== null && typeof texts === 'object' ? texts : {};
  const parsed = Object.fromEntries(
    TEMPLATE_SETTING_NAMES.map((name) => [name, parseTemplateSetting(name, source[name])]),
  ) as Record<TemplateSettingName, ParsedTemplateSetting>;
  const problems = TEMPLATE_SETTING_NAMES.flatMap((name) =>
    [...parsed[name].problems].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0)),
  );
  const invalidSettings = TEMPLATE_SETTING_NAMES.filter((name) => parsed[name].problems.length > 0);
  return { ok: problems.length === 0, problems, invalidSettings, parsed };
}
