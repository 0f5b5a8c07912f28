import { Button } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Message, Select, Textarea } from '@zendeskgarden/react-forms';
import { Dots } from '@zendeskgarden/react-loaders';
import { Notification } from '@zendeskgarden/react-notifications';
import { MD, Paragraph } from '@zendeskgarden/react-typography';
import { useId, useMemo, useState } from 'react';
import styled from 'styled-components';
import { isLocalInstallation } from '../../api/installation';
import type { Review } from '../../domain/review/types';
import { TEMPLATE_SETTING_NAMES, type AppSettings, type TemplateSettingName } from '../../domain/settings';
import { buildTemplateCatalog } from '../../domain/templates/catalog';
import { builtInSettingText } from '../../domain/templates/formatSetting';
import { KNOWN_PLACEHOLDER_LABELS } from '../../domain/templates/knownPlaceholders';
import { isBuiltInSlot } from '../../domain/templates/slots';
import type { UserSnapshot } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useZaf } from '../../zaf/ZafProvider';
import { ManagerPreview } from './ManagerPreview';
import { SaveStatus } from './SaveStatus';
import { SettingsProblems } from './SettingsProblems';
import { useTemplateDrafts, type TemplateTexts } from './useTemplateDrafts';
import { ZcliConfigExport } from './ZcliConfigExport';
import { Row, Section, Subtle } from '../../ui';

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
`;

const Editor = styled(Textarea)`
  font-family: ${({ theme }) => theme.fonts.mono};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

export interface TemplateManagerProps {
  review: Review;
  settings: AppSettings;
  currentUser: UserSnapshot | null;
  onClose: () => void;
  /** Called with the template texts once Zendesk has saved them. */
  onSaved?: (texts: TemplateTexts) => void;
}

/**
 * Edit the template settings in place: pick a setting, write it in the settings format, see its
 * problems as you type and a preview against the open review, then save to the installation.
 */
export default function TemplateManager({ review, settings, currentUser, onClose, onSaved }: TemplateManagerProps) {
  const { t, locale } = useI18n();
  const { metadata } = useZaf();
  const headingId = useId();
  const previewId = useId();
  const [setting, setSetting] = useState<TemplateSettingName>('templateNegative1');
  const { drafts, validation, changed, payload, save, edit, submit, takeTheirs } = useTemplateDrafts(
    settings.templateTexts,
    onSaved,
  );
  const catalog = useMemo(() => buildTemplateCatalog(drafts), [drafts]);
  const local = isLocalInstallation(metadata.installationId);

  const text = drafts[setting];
  const problems = validation.parsed[setting].problems;
  const blocking = changed.filter((name) => validation.parsed[name].problems.length > 0);
  const slot = isBuiltInSlot(setting);
  const known = Object.values(KNOWN_PLACEHOLDER_LABELS[locale])
    .map((label) => `[${label}]`)
    .join(' ');

  const stateOf = (name: TemplateSettingName): string => {
    const count = validation.parsed[name].problems.length;
    if (count > 0) return t('settings.stateProblems', { count });
    if (changed.includes(name)) return t('settings.stateUnsaved');
    if (drafts[name].trim() === '') return t(isBuiltInSlot(name) ? 'settings.stateBuiltIn' : 'settings.stateEmpty');
    return t('settings.stateCustom');
  };

  return (
    <Section $divided aria-labelledby={headingId}>
      <Row $wrap $spread>
        <MD tag="h2" isBold id={headingId}>
          {t('settings.title')}
        </MD>
        <Button size="small" isBasic onClick={onClose}>
          {t('settings.close')}
        </Button>
      </Row>
      {local ? (
        <Notification type="info">
          <Paragraph>{t('settings.localNotice')}</Paragraph>
        </Notification>
      ) : null}
      <Field>
        <Label>{t('settings.setting')}</Label>
        <Select isCompact value={setting} onChange={(event) => setSetting(event.target.value as TemplateSettingName)}>
          {TEMPLATE_SETTING_NAMES.map((name) => (
            <option key={name} value={name}>
              {t('settings.option', { name: t(`templates.slots.${name}`), state: stateOf(name) })}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('settings.text')}</Label>
        <Hint>{t(slot ? 'settings.formatSlot' : 'settings.formatCustom')}</Hint>
        <Hint>{t('settings.knownPlaceholders', { list: known })}</Hint>
        <Editor
          value={text}
          onChange={(event) => edit(setting, event.target.value)}
          minRows={8}
          maxRows={20}
          isResizable
          spellCheck
          validation={problems.length > 0 ? 'error' : undefined}
        />
        <Message validation={problems.length > 0 ? 'error' : 'success'} role="status">
          {problems.length > 0
            ? t('settings.problemsCount', { count: problems.length })
            : t(text.trim() !== '' ? 'settings.noProblems' : slot ? 'settings.emptySlot' : 'settings.emptyCustom')}
        </Message>
      </Field>
      {problems.length > 0 ? (
        <>
          <SettingsProblems problems={problems} withSetting={false} label={t('settings.problemsInSetting')} />
          <Subtle>{t(slot ? 'settings.fallbackSlot' : 'settings.fallbackCustom')}</Subtle>
        </>
      ) : null}
      <Buttons>
        {slot ? (
          <Button size="small" disabled={text.trim() !== ''} onClick={() => edit(setting, builtInSettingText(setting))}>
            {t('settings.startFromBuiltIn')}
          </Button>
        ) : null}
        <Button size="small" isBasic disabled={text === ''} onClick={() => edit(setting, '')}>
          {t(slot ? 'settings.clearSlot' : 'settings.clearCustom')}
        </Button>
      </Buttons>
      <MD tag="h3" isBold id={previewId}>
        {t('settings.preview')}
      </MD>
      <div role="group" aria-labelledby={previewId}>
        <ManagerPreview
          setting={setting}
          templates={catalog.templates}
          review={review}
          settings={settings}
          currentUser={currentUser}
        />
      </div>
      <Buttons>
        <Button
          isPrimary
          size="small"
          disabled={changed.length === 0 || blocking.length > 0 || save.status === 'saving'}
          onClick={() => void submit()}
        >
          {t('settings.save')}
        </Button>
        {save.status === 'saving' ? <Dots size={16} aria-label={t('settings.saving')} /> : null}
      </Buttons>
      {blocking.length > 0 ? (
        <Subtle>
          {t('settings.fixBeforeSaving', { settings: blocking.map((name) => t(`templates.slots.${name}`)).join(', ') })}
        </Subtle>
      ) : changed.length === 0 && save.status === 'idle' ? (
        <Subtle>{t('settings.nothingToSave')}</Subtle>
      ) : null}
      <SaveStatus
        save={save}
        settingName={(name) => t(`templates.slots.${name}`)}
        onOverwrite={() => void submit({ overwrite: true })}
        onTakeTheirs={takeTheirs}
      />
      {save.status === 'local' ? <ZcliConfigExport settings={payload} /> : null}
    </Section>
  );
}
