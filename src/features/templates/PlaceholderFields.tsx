import { Field, Hint, Input, Label } from '@zendeskgarden/react-forms';
import { useState } from 'react';
import styled from 'styled-components';
import { CONTACT_PLACEHOLDERS } from '../../domain/templates/contactFields';
import type { OpenPlaceholder } from '../../domain/templates/types';
import { useI18n } from '../../i18n/I18nProvider';
import { visuallyHidden } from '../../ui';

/** Short fields two to a line at the sidebar's width; a field with a hint takes the whole line. */
const Fields = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.xs};
`;

/**
 * A field's hint shows below it once the agent is in that field; until then it is there for
 * assistive technology only, so the template step keeps to one screen.
 */
const FieldHint = styled(Hint)<{ $shown: boolean }>`
  ${({ $shown }) => ($shown ? '' : visuallyHidden)}
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

/**
 * A labelled input for each placeholder the app could not fill by itself. A contact field says
 * that what is typed there counts as the company's own in this reply.
 */
export function PlaceholderFields({ placeholders, values, onChange }: PlaceholderFieldsProps) {
  const { t } = useI18n();
  // Once shown, a hint stays: hiding it again on blur would move "Use template" under the pointer.
  const [revealed, setRevealed] = useState<readonly string[]>([]);
  const reveal = (key: string) => setRevealed((keys) => (keys.includes(key) ? keys : [...keys, key]));
  if (placeholders.length === 0) return null;
  return (
    <Fields>
      {placeholders.map((placeholder) => (
        <Cell key={placeholder.key} $wide={Boolean(placeholder.known)}>
          <Field>
            <Label>{capitalise(placeholder.label)}</Label>
            <Input
              value={Object.hasOwn(values, placeholder.key) ? (values[placeholder.key] ?? '') : ''}
              onChange={(event) => onChange(placeholder.key, event.target.value)}
              onFocus={() => reveal(placeholder.key)}
              isCompact
            />
            {placeholder.known ? (
              <FieldHint $shown={revealed.includes(placeholder.key)}>
                {CONTACT_PLACEHOLDERS.has(placeholder.known)
                  ? t('templates.ownContact.hint', { missing: t(`templates.missingKnown.${placeholder.known}`) })
                  : t(`templates.missingKnown.${placeholder.known}`)}
              </FieldHint>
            ) : null}
          </Field>
        </Cell>
      ))}
    </Fields>
  );
}
