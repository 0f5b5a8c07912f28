import { Field, Hint, Input, Label } from '@zendeskgarden/react-forms';
import styled from 'styled-components';
import type { OpenPlaceholder } from '../../domain/templates/types';
import { useI18n } from '../../i18n/I18nProvider';

/** Short fields two to a line at the sidebar's width; a field with a hint takes the whole line. */
const Fields = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
`;

const Cell = styled.div<{ $wide: boolean }>`
  flex: ${({ $wide }) => ($wide ? '1 1 100%' : '1 1 130px')};
  min-width: 0;
`;

const capitalise = (label: string): string => label.charAt(0).toUpperCase() + label.slice(1);

export interface PlaceholderFieldsProps {
  /** One entry per distinct placeholder left open. */
  placeholders: OpenPlaceholder[];
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
}

/** A labelled input for each placeholder the app could not fill by itself. */
export function PlaceholderFields({ placeholders, values, onChange }: PlaceholderFieldsProps) {
  const { t } = useI18n();
  if (placeholders.length === 0) return null;
  return (
    <Fields>
      {placeholders.map((placeholder) => (
        <Cell key={placeholder.key} $wide={Boolean(placeholder.known)}>
          <Field>
            <Label>{capitalise(placeholder.label)}</Label>
            {placeholder.known ? <Hint>{t(`templates.missingKnown.${placeholder.known}`)}</Hint> : null}
            <Input
              value={Object.hasOwn(values, placeholder.key) ? (values[placeholder.key] ?? '') : ''}
              onChange={(event) => onChange(placeholder.key, event.target.value)}
              isCompact
            />
          </Field>
        </Cell>
      ))}
    </Fields>
  );
}
