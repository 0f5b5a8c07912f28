import { createContext, useContext, type ReactNode } from 'react';
import type { SendGate } from './sendGate';

const GateContext = createContext<SendGate | null>(null);

/** Gives the sidebar the send gate that was started before it rendered. */
export function SendGateProvider({ gate, children }: { gate: SendGate; children: ReactNode }) {
  return <GateContext.Provider value={gate}>{children}</GateContext.Provider>;
}

/** The send gate, to feed it the sidebar's state; only inside `SendGateProvider`. */
export function useSendGateControl(): SendGate {
  const gate = useContext(GateContext);
  if (!gate) throw new Error('useSendGateControl() must be used inside <SendGateProvider>');
  return gate;
}

/** The send gate when one is provided (the error boundary sits above the provider in tests). */
export const useOptionalSendGate = (): SendGate | null => useContext(GateContext);
