import { useEffect, useRef } from 'react';
import type { ZafEventName, ZafHandler } from './types';
import { useZaf } from './ZafProvider';

/**
 * Subscribes to a ZAF event for the component's lifetime and always unsubscribes.
 * The latest handler is called, so callers need not memoise it.
 */
export function useZafEvent(name: ZafEventName, handler: ZafHandler): void {
  const { zendesk } = useZaf();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener: ZafHandler = (data) => latest.current(data);
    return zendesk.on(name, listener);
  }, [zendesk, name]);
}
