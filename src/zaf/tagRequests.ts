import type { ZafClient } from './types';

/** The tags asked for with `ticket.tags.add` since the last submit, by client. */
const requested = new WeakMap<ZafClient, Set<string>>();

/** Notes tags the app asked Zendesk to add (the save hook's reporting tags go through here). */
export function noteTagsRequested(client: ZafClient, tags: unknown): void {
  const list = Array.isArray(tags) ? tags : [tags];
  const names = list
    .filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')
    .map((tag) => tag.trim());
  if (names.length === 0) return;
  const known = requested.get(client) ?? new Set<string>();
  for (const name of names) known.add(name);
  requested.set(client, known);
}

/** The tags asked for since the last call, forgotten once read (one submit's worth). */
export function takeRequestedTags(client: ZafClient): string[] {
  const known = requested.get(client);
  requested.delete(client);
  return known ? [...known] : [];
}
