import { getColor } from '@zendeskgarden/react-theming';
import styled from 'styled-components';
import type { TemplateProblem } from '../../domain/templates/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { problemText } from './problemText';

const List = styled.ul`
  margin: ${({ theme }) => theme.space.xxs} 0 0;
  padding-left: ${({ theme }) => theme.space.md};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.danger' })};
`;

/** The most problems listed at once; the rest are counted. */
const MAX_SHOWN = 20;

export interface SettingsProblemsProps {
  problems: readonly TemplateProblem[];
  /** Name the setting in each line (for a list across settings). */
  withSetting: boolean;
  label: string;
}

/** A list of template-setting problems, each with its line and what to fix. */
export function SettingsProblems({ problems, withSetting, label }: SettingsProblemsProps) {
  const { t } = useI18n();
  const shown = problems.slice(0, MAX_SHOWN);
  return (
    <List aria-label={label}>
      {shown.map((problem, index) => (
        <li key={`${problem.setting}:${problem.line}:${problem.column ?? 0}:${problem.code}:${index}`}>
          {problemText(problem, t, withSetting)}
        </li>
      ))}
      {problems.length > MAX_SHOWN ? (
        <li>{t('settings.moreProblems', { count: problems.length - MAX_SHOWN })}</li>
      ) : null}
    </List>
  );
}
