import { Field, Hint, Input, Label } from '@zendeskgarden/react-forms';
import styled from 'styled-components';
import { CONTACT_PLACEHOLDERS } from '../../domain/templates/contactFields';
import type { OpenPlaceholder } from '../../domain/templates/types';
import { useI18n } from '../../i18n/I18nProvider';

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xs};
  margin-top: ${({ theme }) => theme.space.xs};
`;

const capitalise = (label: string): string => label.charAt(0).toUpperCase() + label.slice(1);

export interface PlaceholderFieldsProps {
  /** One entry per distinct placeholder left open. */
  placeholders: OpenPlaceholder[];
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
}

/**
 * A labelled input for each placeholder the app could not fill by itself. A contact field says
 * that what is typed there counts as the company's own in this reply.
 */
export function PlaceholderFields({ placeholders, values, onChange }: PlaceholderFieldsProps) {
  const { t } = useI18n();
  if (placeholders.length === 0) return null;
  return (
    <Stack>
      {placeholders.map((placeholder) => (
        <Field key={placeholder.key}>
          <Label>{capitalise(placeholder.label)}</Label>
          {placeholder.known ? (
            <Hint>
              {CONTACT_PLACEHOLDERS.has(placeholder.known)
                ? t('templates.ownContact.hint', { missing: t(`templates.missingKnown.${placeholder.known}`) })
                : t(`templates.missingKnown.${placeholder.known}`)}
            </Hint>
          ) : null}
          <Input
            value={Object.hasOwn(values, placeholder.key) ? (values[placeholder.key] ?? '') : ''}
            onChange={(event) => onChange(placeholder.key, event.target.value)}
            isCompact
          />
        </Field>
      ))}
    </Stack>
  );
}
