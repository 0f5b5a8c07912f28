import type { TemplateProblem } from '../../domain/templates/problems';
import type { Translate } from '../../i18n/I18nProvider';

/** "Line 3, column 5: …" — optionally led by the setting's name. */
export function problemText(problem: TemplateProblem, t: Translate, withSetting: boolean): string {
  const message = t(`settings.problems.${problem.code}`, { detail: problem.detail });
  const where =
    problem.column !== null
      ? t('settings.lineColumn', { line: problem.line, column: problem.column })
      : t('settings.line', { line: problem.line });
  const located = t('settings.problemAt', { where, message });
  return withSetting
    ? t('settings.inSetting', { setting: t(`templates.slots.${problem.setting}`), problem: located })
    : located;
}
