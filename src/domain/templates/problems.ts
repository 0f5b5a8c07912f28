import type { TemplateSettingName } from '../settings';

/** What can be wrong in a template setting; each code has a translated message. */
export type TemplateProblemCode =
  | 'unknownLanguage'
  | 'badLanguageLine'
  | 'missingTitle'
  | 'unknownScenario'
  | 'unknownType'
  | 'textBeforeTitle'
  | 'emptyTemplate'
  | 'unclosedBracket'
  | 'unopenedBracket'
  | 'nestedBracket'
  | 'emptyPlaceholder'
  | 'longPlaceholder'
  | 'unknownSyntax';

/** One problem in a template setting, precise enough to find and fix. */
export interface TemplateProblem {
  setting: TemplateSettingName;
  /** 1-based line in the setting's text. */
  line: number;
  /** 1-based column, when the problem is at a place in the line. */
  column: number | null;
  code: TemplateProblemCode;
  /** The offending text as written (a language code, a scenario, a snippet); may be empty. */
  detail: string;
}
