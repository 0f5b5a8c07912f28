import { useEffect, type RefObject } from 'react';
import type { Zendesk } from '../zaf/port';

/** Keeps the sidebar iframe as tall as the element's content. */
export function useAutoResize(zendesk: Zendesk, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    let lastHeight = -1;
    let frame = 0;
    const report = () => {
      frame = 0;
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === lastHeight || height === 0) return;
      lastHeight = height;
      zendesk.resize(height).catch(() => undefined);
    };
    const observer = new ResizeObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(report);
    });
    observer.observe(element);
    report();
    return () => {
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [zendesk, ref]);
}
