import { useCallback, useEffect, useState } from 'react';

/** Every key this hook writes starts with this, so nothing else in the browser's storage is touched. */
export const REMEMBERED_PREFIX = 'trustpilot-reply-assistant:v1:open:';

// Names are fixed section names from the code; anything else is kept in memory only.
const VALID_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const OPEN = 'open';
const CLOSED = 'closed';

/** The key a section's state is stored under, or null when the name cannot be stored. */
export function rememberedKey(name: string): string | null {
  return typeof name === 'string' && VALID_NAME.test(name) ? `${REMEMBERED_PREFIX}${name}` : null;
}

// Reading `window.localStorage` itself throws in a sandboxed frame whose storage is blocked.
function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : (window.localStorage ?? null);
  } catch {
    return null;
  }
}

function read(storage: Storage | null, key: string | null): boolean | null {
  if (storage === null || key === null) return null;
  try {
    const value = storage.getItem(key);
    return value === OPEN ? true : value === CLOSED ? false : null;
  } catch {
    return null;
  }
}

function write(storage: Storage | null, key: string | null, open: boolean): void {
  if (storage === null || key === null) return;
  try {
    storage.setItem(key, open ? OPEN : CLOSED);
  } catch {
    // Full or blocked storage: the choice still holds for this page.
  }
}

/** A section's open state and the setter a disclosure (`<details>`, an accordion) calls. */
export type RememberedOpen = [open: boolean, setOpen: (open: boolean) => void];

/**
 * Whether the disclosure section `name` is open, remembered per browser: the agent's last
 * choice, else `initiallyOpen`. Works in memory when storage is blocked, full or holds junk,
 * and follows a choice made in another tab. `storage` replaces `localStorage` (null: none).
 */
export function useRemembered(name: string, initiallyOpen: boolean, storage?: Storage | null): RememberedOpen {
  const store = storage === undefined ? browserStorage() : storage;
  const key = rememberedKey(name);
  // The state remembers its key, so a new name reads its own choice instead of the last one's.
  const [state, setState] = useState(() => ({ key, open: read(store, key) ?? initiallyOpen }));
  const open = state.key === key ? state.open : (read(store, key) ?? initiallyOpen);

  const setOpen = useCallback(
    (next: boolean) => {
      const value = next === true;
      // A native <details> reports its own toggle back: an unchanged value does not render again.
      setState((current) => (current.key === key && current.open === value ? current : { key, open: value }));
      write(store, key, value);
    },
    [store, key],
  );

  useEffect(() => {
    if (key === null || typeof window === 'undefined') return undefined;
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key) return;
      if (event.storageArea !== null && store !== null && event.storageArea !== store) return;
      const value = event.newValue === OPEN ? true : event.newValue === CLOSED ? false : null;
      if (value !== null) setState({ key, open: value });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key, store]);

  return [open, setOpen];
}
