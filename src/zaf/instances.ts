import type { ZafClient } from './types';

/** One running instance of the app, from `client.get('instances')`. */
export interface ZafInstance {
  guid: string;
  location: string;
  ticketId: number | null;
}

/** The app's running instances (sidebars, background, modals); empty when Zendesk cannot say. Never rejects. */
async function listInstances(client: ZafClient): Promise<ZafInstance[]> {
  try {
    const result = await client.get(['instances']);
    const value = result.instances;
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value as Record<string, unknown>).flatMap(([guid, raw]): ZafInstance[] => {
      if (raw === null || typeof raw !== 'object') return [];
      const record = raw as { location?: unknown; instanceGuid?: unknown; ticketId?: unknown };
      return [
        {
          guid: typeof record.instanceGuid === 'string' ? record.instanceGuid : guid,
          location: typeof record.location === 'string' ? record.location : '',
          ticketId: typeof record.ticketId === 'number' ? record.ticketId : null,
        },
      ];
    });
  } catch {
    return [];
  }
}

/** Triggers `name` with `data` in every instance at `location`; returns how many were told. */
export async function triggerAt(client: ZafClient, location: string, name: string, data: unknown): Promise<number> {
  if (!client.instance) return 0;
  const targets = (await listInstances(client)).filter((instance) => instance.location === location);
  for (const target of targets) {
    try {
      client.instance(target.guid).trigger(name, data);
    } catch {
      // An instance that closed meanwhile is simply not told.
    }
  }
  return targets.length;
}

/** Subscribes to an event triggered by another instance; returns the unsubscribe function. */
export function onInstanceEvent(client: ZafClient, name: string, handler: (data: unknown) => void): () => void {
  const listener = (data?: unknown) => handler(data);
  client.on(name, listener);
  return () => client.off(name, listener);
}
