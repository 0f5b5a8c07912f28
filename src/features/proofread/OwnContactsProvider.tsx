import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { contactValuesIn } from '../../domain/proofread/ownContacts';

/**
 * The contact details the agent typed into a template's contact fields (`[our email]`,
 * `[our phone]`), shared between the templates and the proofreading of one ticket's reply: values
 * typed into a template that was inserted into the reply count as the company's own for that reply.
 */
export interface OwnContacts {
  /** The e-mail addresses and phone numbers that count as the company's own for the reply in the editor. */
  values: readonly string[];
  /** The templates panel: what the contact fields hold right now (replaces what was there). */
  setTyped: (typed: readonly string[]) => void;
  /**
   * A template with `text` is being written into the editor: the typed contact values it contains
   * count as own from now on. Call the returned function when the write is over; a failed write
   * takes them back.
   */
  beginInsert: (text: string) => (written: boolean) => void;
  /** The editor was emptied (sent or discarded): the next reply starts with none. */
  clear: () => void;
}

interface Insertion {
  id: number;
  values: readonly string[];
  writing: boolean;
}

const NONE: readonly string[] = [];

// Without a provider (a panel on its own), nothing typed counts as own and nothing is recorded.
const OwnContactsContext = createContext<OwnContacts>({
  values: NONE,
  setTyped: () => undefined,
  beginInsert: () => () => undefined,
  clear: () => undefined,
});

/** Holds one ticket's own contact values; wrap the templates and the proofreading in it. */
export function OwnContactsProvider({ children }: { children: ReactNode }) {
  const typed = useRef<readonly string[]>(NONE);
  const nextId = useRef(0);
  const [insertions, setInsertions] = useState<readonly Insertion[]>([]);

  const setTyped = useCallback((values: readonly string[]) => {
    typed.current = values;
  }, []);

  const beginInsert = useCallback((text: string) => {
    const values = typed.current.flatMap(contactValuesIn).filter((value) => text.includes(value));
    if (values.length === 0) return () => undefined;
    nextId.current += 1;
    const id = nextId.current;
    setInsertions((current) => [...current, { id, values, writing: true }]);
    return (written: boolean) =>
      setInsertions((current) =>
        written
          ? current.map((insertion) => (insertion.id === id ? { ...insertion, writing: false } : insertion))
          : current.filter((insertion) => insertion.id !== id),
      );
  }, []);

  // An insertion still being written survives: its text may replace the editor by way of an empty one.
  const clear = useCallback(() => {
    setInsertions((current) => {
      const writing = current.filter((insertion) => insertion.writing);
      return writing.length === current.length ? current : writing;
    });
  }, []);

  const values = useMemo(() => {
    const all = insertions.flatMap((insertion) => insertion.values);
    return all.length === 0 ? NONE : [...new Set(all)];
  }, [insertions]);

  const value = useMemo(() => ({ values, setTyped, beginInsert, clear }), [values, setTyped, beginInsert, clear]);
  return <OwnContactsContext.Provider value={value}>{children}</OwnContactsContext.Provider>;
}

/** The ticket's own contact values and the means to record them. */
export const useOwnContacts = (): OwnContacts => useContext(OwnContactsContext);
