import { sameContact, type ContactKind } from './contacts';
import { ownContactsFor } from './ownContacts';
import { findPersonalData } from './personalData';
import type { CheckContext } from './types';
import { VOCABULARY, type Vocabulary } from './vocabulary';

/** An e-mail address or phone number in a reply, as first written there. */
export interface ContactValue {
  kind: ContactKind;
  value: string;
}

/**
 * The e-mail addresses and phone numbers in a reply that block unless the agent confirms them as
 * the company's own, whether confirmed already or not (so a confirmation can be taken back), each
 * once, in text order. The settings' support e-mail and phone are not among them, nor the values
 * typed into a template's contact field for this reply (unless the review contains them).
 */
export function confirmableContacts(
  text: string,
  context: CheckContext,
  vocabulary: Vocabulary = VOCABULARY,
): ContactValue[] {
  const contacts: ContactValue[] = [];
  const own = ownContactsFor(context.ownContacts, context.review);
  for (const hit of findPersonalData(text, context.review, context.settings, vocabulary, own)) {
    if (hit.kind !== 'email' && hit.kind !== 'phone') continue;
    const value = text.slice(hit.start, hit.end);
    const { kind } = hit;
    if (!contacts.some((known) => known.kind === kind && sameContact(kind, known.value, value)))
      contacts.push({ kind, value });
  }
  return contacts;
}
