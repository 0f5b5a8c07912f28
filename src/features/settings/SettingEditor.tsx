import { Button } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Message, Textarea } from '@zendeskgarden/react-forms';
import styled from 'styled-components';
import type { TemplateSettingName } from '../../domain/settings';
import { builtInSettingText } from '../../domain/templates/formatSetting';
import { KNOWN_PLACEHOLDER_LABELS } from '../../domain/templates/knownPlaceholders';
import type { TemplateProblem } from '../../domain/templates/problems';
import { isBuiltInSlot } from '../../domain/templates/slots';
import { useI18n } from '../../i18n/I18nProvider';
import { Subtle } from '../../ui';
import { Buttons } from './Buttons';
import { SettingsProblems } from './SettingsProblems';

const Editor = styled(Textarea)`
  font-family: ${({ theme }) => theme.fonts.mono};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

const HintLine = styled.span`
  display: block;
`;

export interface SettingEditorProps {
  setting: TemplateSettingName;
  text: string;
  /** The problems in `text`, found as the admin types. */
  problems: readonly TemplateProblem[];
  onEdit: (setting: TemplateSettingName, text: string) => void;
}

/** One setting's text in the settings format, its problems, and starting over or clearing it. */
export function SettingEditor({ setting, text, problems, onEdit }: SettingEditorProps) {
  const { t, uiLocale } = useI18n();
  const slot = isBuiltInSlot(setting);
  const known = Object.values(KNOWN_PLACEHOLDER_LABELS[uiLocale])
    .map((label) => `[${label}]`)
    .join(' ');
  const invalid = problems.length > 0;
  return (
    <>
      <Field>
        <Label>{t('settings.text')}</Label>
        {/* One hint per field: Garden gives every Hint in a Field the same id. */}
        <Hint>
          <HintLine>{t(slot ? 'settings.formatSlot' : 'settings.formatCustom')}</HintLine>
          <HintLine>{t('settings.knownPlaceholders', { list: known })}</HintLine>
        </Hint>
        <Editor
          value={text}
          onChange={(event) => onEdit(setting, event.target.value)}
          minRows={8}
          maxRows={20}
          isResizable
          spellCheck
          validation={invalid ? 'error' : undefined}
        />
        <Message validation={invalid ? 'error' : 'success'} role="status">
          {invalid
            ? t('settings.problemsCount', { count: problems.length })
            : t(text.trim() !== '' ? 'settings.noProblems' : slot ? 'settings.emptySlot' : 'settings.emptyCustom')}
        </Message>
      </Field>
      {invalid ? (
        <>
          <SettingsProblems problems={problems} withSetting={false} label={t('settings.problemsInSetting')} />
          <Subtle>{t(slot ? 'settings.fallbackSlot' : 'settings.fallbackCustom')}</Subtle>
        </>
      ) : null}
      <Buttons>
        {slot ? (
          <Button
            size="small"
            disabled={text.trim() !== ''}
            onClick={() => onEdit(setting, builtInSettingText(setting))}
          >
            {t('settings.startFromBuiltIn')}
          </Button>
        ) : null}
        <Button size="small" isBasic disabled={text === ''} onClick={() => onEdit(setting, '')}>
          {t(slot ? 'settings.clearSlot' : 'settings.clearCustom')}
        </Button>
      </Buttons>
    </>
  );
}
