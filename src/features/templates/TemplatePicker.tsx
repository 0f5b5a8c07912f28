import { Field, Label, Select } from '@zendeskgarden/react-forms';
import styled from 'styled-components';
import type { Template, TemplateLanguage } from '../../domain/templates/types';
import { useI18n } from '../../i18n/I18nProvider';
import { templateTitle } from './templateTitle';
import type { TemplateChoice } from './useTemplateChoice';

/** The language and the template side by side: two short selects take one line of the sidebar. */
const Pair = styled.div`
  display: flex;
  gap: ${({ theme }) => theme.space.xs};

  & > * {
    flex: 0 1 120px;
    min-width: 0;
  }

  & > :last-child {
    flex: 1 1 0;
  }
`;

export interface TemplatePickerProps {
  choice: TemplateChoice;
  /** The chosen template (the choice has one whenever the picker shows). */
  template: Template;
  language: TemplateLanguage;
  /** Called after the agent picked another language or template. */
  onPicked: () => void;
}

/** The language (when there is more than one) and the template; the button below says whether it makes a note. */
export function TemplatePicker({ choice, template, language, onPicked }: TemplatePickerProps) {
  const { t } = useI18n();
  return (
    <Pair>
      {choice.languages.length > 1 ? (
        <Field>
          <Label>{t('templates.language')}</Label>
          <Select
            isCompact
            value={language}
            onChange={(event) => {
              choice.setLanguage(event.target.value as TemplateLanguage);
              onPicked();
            }}
          >
            {choice.languages.map((code) => (
              <option key={code} value={code}>
                {t(`templates.languages.${code}`)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field>
        <Label>{t('templates.template')}</Label>
        <Select
          isCompact
          value={template.id}
          onChange={(event) => {
            choice.setTemplateId(event.target.value);
            onPicked();
          }}
        >
          {choice.templates.map((option) => (
            <option key={option.id} value={option.id}>
              {templateTitle(option, t)}
            </option>
          ))}
        </Select>
      </Field>
    </Pair>
  );
}
