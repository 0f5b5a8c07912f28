import { Checkbox, Field, Fieldset } from '@zendeskgarden/react-forms';
import { Well } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';
import type { ContactValue } from '../../domain/proofread/confirmableContacts';
import { isConfirmedContact } from '../../domain/proofread/contacts';
import { useI18n } from '../../i18n/I18nProvider';
import { Subtle } from '../../ui';

// A long address must wrap inside the narrow sidebar rather than widen it.
const Box = styled(Well)`
  overflow-wrap: anywhere;
`;

const Hint = styled(Subtle)`
  margin-bottom: ${({ theme }) => theme.space.xs};
`;

export interface ContactConfirmationsProps {
  /** The e-mail addresses and phone numbers in the reply that need a confirmation. */
  contacts: readonly ContactValue[];
  /** The values confirmed so far. */
  confirmed: readonly string[];
  onConfirm: (contact: ContactValue, confirmed: boolean) => void;
}

/**
 * One explicit confirmation per e-mail address or phone number in the reply, for the company's
 * own contact details when the settings do not name them. Unticking takes a confirmation back.
 */
export function ContactConfirmations({ contacts, confirmed, onConfirm }: ContactConfirmationsProps) {
  const { t } = useI18n();
  if (contacts.length === 0) return null;
  return (
    <Box isRecessed>
      <Fieldset>
        <Fieldset.Legend>{t('proofread.contacts.heading')}</Fieldset.Legend>
        <Hint>{t('proofread.contacts.hint')}</Hint>
        {contacts.map((contact) => (
          <Field key={`${contact.kind}:${contact.value}`}>
            <Checkbox
              checked={isConfirmedContact(contact.kind, contact.value, confirmed)}
              onChange={(event) => onConfirm(contact, event.target.checked)}
            >
              <Field.Label>
                {t(contact.kind === 'email' ? 'proofread.contacts.confirmEmail' : 'proofread.contacts.confirmPhone', {
                  value: contact.value,
                })}
              </Field.Label>
            </Checkbox>
          </Field>
        ))}
      </Fieldset>
    </Box>
  );
}
