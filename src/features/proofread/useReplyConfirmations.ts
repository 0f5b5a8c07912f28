import { useCallback, useState } from 'react';
import type { ChecklistItem } from '../../domain/proofread/checklist';
import type { ContactValue } from '../../domain/proofread/confirmableContacts';
import { isConfirmedContact, sameContact } from '../../domain/proofread/contacts';

/** What the agent confirmed while proofreading: a second reply, the company's contacts, the checklist. */
export interface ReplyConfirmations {
  secondReplyConfirmed: boolean;
  setSecondReplyConfirmed: (confirmed: boolean) => void;
  confirmedContacts: readonly string[];
  onConfirmContact: (contact: ContactValue, on: boolean) => void;
  ticked: ReadonlySet<ChecklistItem>;
  onTick: (item: ChecklistItem, on: boolean) => void;
  /** Forgets every confirmation: the next reply starts from scratch. */
  reset: () => void;
}

/** The agent's confirmations for the reply being proofread. */
export function useReplyConfirmations(): ReplyConfirmations {
  const [secondReplyConfirmed, setSecondReplyConfirmed] = useState(false);
  const [ticked, setTicked] = useState<ReadonlySet<ChecklistItem>>(() => new Set());
  const [confirmedContacts, setConfirmedContacts] = useState<readonly string[]>([]);

  const onConfirmContact = useCallback(({ kind, value }: ContactValue, on: boolean) => {
    setConfirmedContacts((current) => {
      if (!on) return current.filter((known) => !sameContact(kind, known, value));
      return isConfirmedContact(kind, value, current) ? current : [...current, value];
    });
  }, []);

  const onTick = useCallback((item: ChecklistItem, on: boolean) => {
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(item);
      else next.delete(item);
      return next;
    });
  }, []);

  const reset = useCallback(() => {
    setSecondReplyConfirmed(false);
    setConfirmedContacts([]);
    setTicked(new Set());
  }, []);

  return { secondReplyConfirmed, setSecondReplyConfirmed, confirmedContacts, onConfirmContact, ticked, onTick, reset };
}
