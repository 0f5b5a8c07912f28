import { noteTagsRequested } from './tagRequests';
import type { ZafClient, ZafGetResult } from './types';

/** Values of a batched `get`, by path, plus the paths that failed. */
export interface BatchedGet<P extends string> {
  values: { [K in P]: unknown };
  failed: P[];
}

/** One `client.get` round trip for several paths; never rejects for a single failing path. */
export async function getPaths<P extends string>(client: ZafClient, paths: readonly P[]): Promise<BatchedGet<P>> {
  const result: ZafGetResult = await client.get([...paths]);
  const errors = result.errors ?? {};
  const values = {} as { [K in P]: unknown };
  const failed: P[] = [];
  for (const path of paths) {
    values[path] = result[path];
    if (errors[path] !== undefined) failed.push(path);
  }
  return { values, failed };
}

/** `client.set` for one path. */
export function setPath(client: ZafClient, path: string, value: unknown): Promise<unknown> {
  return client.set(path, value);
}

/**
 * `client.invoke` with the arguments passed as they are. Tags added with `ticket.tags.add` are
 * noted, so they can be checked on the ticket once Zendesk saved it (changes made inside the
 * save hook are not documented to persist).
 */
export function invokeAction(client: ZafClient, action: string, ...args: unknown[]): Promise<unknown> {
  if (action === 'ticket.tags.add') noteTagsRequested(client, args[0]);
  return client.invoke(action, ...args);
}

/** Resizes the sidebar iframe to a pixel height (Zendesk keeps the width). */
export function resizeFrame(client: ZafClient, height: number): Promise<unknown> {
  return client.invoke('resize', { width: '100%', height: `${Math.ceil(height)}px` });
}
