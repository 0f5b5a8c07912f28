import { Field, Hint, Label, Textarea } from '@zendeskgarden/react-forms';
import styled from 'styled-components';
import { useI18n } from '../../i18n/I18nProvider';

const Code = styled(Textarea)`
  font-family: ${({ theme }) => theme.fonts.mono};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

/** The settings as `zendesk/zcli.apps.config.json`, for a local preview that cannot save to Zendesk. */
export function ZcliConfigExport({ settings }: { settings: Record<string, unknown> }) {
  const { t } = useI18n();
  const json = JSON.stringify({ parameters: settings }, null, 2);
  return (
    <Field>
      <Label>{t('settings.zcliLabel')}</Label>
      <Hint>{t('settings.zcliHint')}</Hint>
      <Code
        readOnly
        value={json}
        minRows={6}
        maxRows={14}
        isCompact
        onFocus={(event) => event.currentTarget.select()}
      />
    </Field>
  );
}
