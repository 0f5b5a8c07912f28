import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** A place that can show one view instead of the sidebar's content. */
export interface ManagerView {
  /** Where the full view renders (a portal target); null until mounted. */
  target: HTMLElement | null;
  /** Hides the sidebar's content while a full view is shown, and shows it again. */
  setShown: (shown: boolean) => void;
}

const ManagerViewContext = createContext<ManagerView | null>(null);

/**
 * Wraps the sidebar's content so the template manager can take over the whole sidebar where
 * Zendesk cannot open a modal: the content is hidden (not unmounted, so nothing typed is lost)
 * and the manager is shown in its place. Without this host the manager opens where its launcher is.
 */
export function ManagerViewHost({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  const [target, setTarget] = useState<HTMLDivElement | null>(null);
  const value = useMemo<ManagerView>(() => ({ target, setShown }), [target]);
  return (
    <ManagerViewContext.Provider value={value}>
      <div hidden={shown}>{children}</div>
      <div ref={setTarget} />
    </ManagerViewContext.Provider>
  );
}

/** The host's full view, or null outside a `ManagerViewHost`. */
export const useManagerView = (): ManagerView | null => useContext(ManagerViewContext);
