import { Field, Label, Select } from '@zendeskgarden/react-forms';
import { getColor } from '@zendeskgarden/react-theming';
import { Paragraph } from '@zendeskgarden/react-typography';
import { useMemo, useState } from 'react';
import styled from 'styled-components';
import type { Review } from '../../domain/review/types';
import type { AppSettings, TemplateSettingName } from '../../domain/settings';
import { chooseTemplateLanguage } from '../../domain/templates/chooseLanguage';
import { fillTemplate } from '../../domain/templates/fillTemplate';
import { knownValuesFor } from '../../domain/templates/knownValues';
import { languagesOf } from '../../domain/templates/selectTemplates';
import type { Template, TemplateLanguage } from '../../domain/templates/types';
import type { UserSnapshot } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { TemplatePreview, templateTitle } from '../templates';

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xs};
`;

const Note = styled(Paragraph)`
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

export interface ManagerPreviewProps {
  setting: TemplateSettingName;
  /** The catalogue built from the texts being edited. */
  templates: readonly Template[];
  review: Review;
  settings: AppSettings;
  currentUser: UserSnapshot | null;
}

/** What agents would see for one setting, filled against the open review. */
export function ManagerPreview({ setting, templates, review, settings, currentUser }: ManagerPreviewProps) {
  const { t } = useI18n();
  const own = useMemo(() => templates.filter((template) => template.slot === setting), [templates, setting]);
  const languages = useMemo(() => languagesOf(own), [own]);
  const [picked, setPicked] = useState<{ language: TemplateLanguage | null; id: string | null }>({
    language: null,
    id: null,
  });
  const language =
    picked.language !== null && languages.includes(picked.language)
      ? picked.language
      : chooseTemplateLanguage({
          available: languages,
          reviewLanguage: review.language,
          agentLocale: currentUser?.locale ?? '',
        });
  const inLanguage = own.filter((template) => template.language === language);
  const template = inLanguage.find((candidate) => candidate.id === picked.id) ?? inLanguage[0] ?? null;
  const filled = useMemo(() => {
    if (!template) return null;
    const values = knownValuesFor({ review, settings, agent: currentUser, language: template.language });
    return fillTemplate(template.body, values);
  }, [template, review, settings, currentUser]);

  if (!template || !filled || language === null) return <Note>{t('settings.previewNone')}</Note>;
  return (
    <Stack>
      <Field>
        <Label>{t('settings.previewLanguage')}</Label>
        <Select
          isCompact
          value={language}
          onChange={(event) => setPicked({ language: event.target.value as TemplateLanguage, id: null })}
        >
          {languages.map((code) => (
            <option key={code} value={code}>
              {t(`templates.languages.${code}`)}
            </option>
          ))}
        </Select>
      </Field>
      {inLanguage.length > 1 ? (
        <Field>
          <Label>{t('settings.previewTemplate')}</Label>
          <Select isCompact value={template.id} onChange={(event) => setPicked({ language, id: event.target.value })}>
            {inLanguage.map((option) => (
              <option key={option.id} value={option.id}>
                {templateTitle(option, t)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Note>{t(template.source === 'builtIn' ? 'settings.previewBuiltIn' : 'settings.previewCustom')}</Note>
      <TemplatePreview filled={filled} />
    </Stack>
  );
}
