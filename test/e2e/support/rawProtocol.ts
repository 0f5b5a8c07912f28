import type { Frame } from 'playwright-core';
import type { ProtocolMessage } from './workspaceHandle';

/**
 * Posts one raw protocol message from inside the app's iframe (the app's origin, to the origin
 * the SDK was given) and resolves with the workspace's answer: the message with the same `id`,
 * or the first one whose `key` is `replyKey`.
 */
export function ask(frame: Frame, message: ProtocolMessage, replyKey?: string): Promise<ProtocolMessage> {
  return frame.evaluate(
    ({ message, replyKey }) =>
      new Promise<ProtocolMessage>((resolve, reject) => {
        const origin = new URLSearchParams(window.location.search).get('origin') ?? '';
        const timer = setTimeout(() => reject(new Error(`no answer to ${JSON.stringify(message)}`)), 3000);
        const listener = (event: MessageEvent) => {
          if (event.origin !== origin || typeof event.data !== 'string') return;
          const data = JSON.parse(event.data) as ProtocolMessage;
          const matches = replyKey ? data.key === replyKey : message.id !== undefined && data.id === message.id;
          if (!matches) return;
          clearTimeout(timer);
          window.removeEventListener('message', listener);
          resolve(data);
        };
        window.addEventListener('message', listener);
        window.parent.postMessage(JSON.stringify(message), origin);
      }),
    { message, replyKey },
  );
}

let probe = 0;
/** An id the SDK never uses, so its pending promises are not disturbed. */
export const probeId = (): string => `probe-${(probe += 1)}`;

/** `client.request` the way the SDK sends it; resolves with the `.done` or `.fail` payload. */
export function rawRequest(
  frame: Frame,
  options: Record<string, unknown>,
): Promise<{ outcome: 'done' | 'fail'; responseArgs: unknown[] }> {
  probe += 1;
  const key = `request:${90000 + probe}`;
  return frame.evaluate(
    ({ key, options }) =>
      new Promise<{ outcome: 'done' | 'fail'; responseArgs: unknown[] }>((resolve, reject) => {
        const origin = new URLSearchParams(window.location.search).get('origin') ?? '';
        const timer = setTimeout(() => reject(new Error(`no answer to ${key}`)), 5000);
        const listener = (event: MessageEvent) => {
          if (event.origin !== origin || typeof event.data !== 'string') return;
          const data = JSON.parse(event.data) as { key?: string; message?: { responseArgs?: unknown[] } };
          const outcome = data.key === `zaf.${key}.done` ? 'done' : data.key === `zaf.${key}.fail` ? 'fail' : null;
          if (!outcome) return;
          clearTimeout(timer);
          window.removeEventListener('message', listener);
          resolve({ outcome, responseArgs: data.message?.responseArgs ?? [] });
        };
        window.addEventListener('message', listener);
        window.parent.postMessage(JSON.stringify({ key, message: options }), origin);
      }),
    { key, options },
  );
}
