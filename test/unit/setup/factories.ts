import { desiredItems, SETUP_KEYS, type ItemText, type SetupKey } from '../../../src/domain/setup';
import type { AppSettings } from '../../../src/domain/settings';
import { makeSettings } from '../../factories';

/** Plain titles and descriptions, as the panel would pass them from translations. */
export const texts: Record<SetupKey, ItemText> = Object.fromEntries(
  SETUP_KEYS.map((key) => [key, { title: `Title of ${key}`, description: `About ${key}.` }]),
) as Record<SetupKey, ItemText>;

export const itemsFor = (settings: Partial<AppSettings> = {}) => desiredItems(makeSettings(settings), texts);

/** What Zendesk lists for an item the app created earlier (the GET shape: `execution`, not `output`). */
export function listedAs(item: ReturnType<typeof itemsFor>[number], id: number, patch: Record<string, unknown> = {}) {
  const base =
    item.kind === 'view'
      ? {
          id,
          title: item.title,
          description: item.description,
          active: true,
          conditions: item.conditions,
          execution: { sort_by: item.sortBy, sort_order: item.sortOrder, columns: [] },
        }
      : {
          id,
          title: item.title,
          description: item.description,
          active: true,
          conditions: item.conditions,
          actions: item.actions,
        };
  return { ...base, ...patch };
}
