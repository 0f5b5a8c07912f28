import type { ZafClient, ZafHandler } from './types';

/** A modal this instance opened: its instance guid, and its closing. */
export interface ModalWindow {
  guid: string;
  /** Called once when the modal closes (its own close, Esc or Zendesk's ×); returns the unsubscribe. */
  onClose(handler: () => void): () => void;
}

/** How big Zendesk draws the modal (CSS lengths; Zendesk recommends at most 80vw × 80vh). */
export interface ModalSize {
  width: string;
  height: string;
}

/** The guid in the answer to `instances.create`: `{'instances.create': [{instanceGuid}]}`. */
function createdGuid(answer: unknown): string | null {
  if (answer === null || typeof answer !== 'object') return null;
  const created: unknown = (answer as Record<string, unknown>)['instances.create'];
  const first: unknown = Array.isArray(created) ? created[0] : created;
  if (first === null || typeof first !== 'object') return null;
  const guid: unknown = (first as { instanceGuid?: unknown }).instanceGuid;
  return typeof guid === 'string' && guid !== '' ? guid : null;
}

/**
 * Opens one of the app's pages in Zendesk's modal location. Rejects when Zendesk cannot create it
 * (an older host, a local preview without modals) or does not say which instance it made.
 */
export async function openModal(client: ZafClient, url: string, size: ModalSize): Promise<ModalWindow> {
  const answer = await client.invoke('instances.create', { location: 'modal', url, size });
  const guid = createdGuid(answer);
  if (guid === null) throw new Error('Zendesk did not create the modal');
  const instance = client.instance?.(guid);
  return {
    guid,
    onClose(handler) {
      if (!instance?.on || !instance.off) return () => undefined;
      let closed = false;
      const listener: ZafHandler = () => {
        if (closed) return;
        closed = true;
        handler();
      };
      instance.on('modal.close', listener);
      return () => instance.off?.('modal.close', listener);
    },
  };
}

/** Triggers an event in one instance of the app; false when it cannot be reached. */
export function triggerIn(client: ZafClient, guid: string, name: string, data: unknown): boolean {
  if (!client.instance) return false;
  try {
    client.instance(guid).trigger(name, data);
    return true;
  } catch {
    return false;
  }
}
