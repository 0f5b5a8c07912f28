import { useEffect, useRef } from 'react';
import type { ZafEventName, ZafHandler } from './types';
import { useZafClient } from './ZafProvider';

/**
 * Subscribes to a ZAF event for the component's lifetime and always unsubscribes.
 * The latest handler is called, so callers need not memoise it.
 */
export function useZafEvent(name: ZafEventName, handler: ZafHandler): void {
  const client = useZafClient();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener: ZafHandler = (data) => latest.current(data);
    client.on(name, listener);
    return () => client.off(name, listener);
  }, [client, name]);
}
