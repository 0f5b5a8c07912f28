import type { ZafHandler, ZafInstanceClient } from '../../../src/zaf/types';
import { createFakeClient, type FakeClient } from '../helpers';
import type { FakeClientOptions } from '../fakeClient';

/** An event triggered in another instance: which instance, which event, what data. */
export interface Triggered {
  guid: string;
  name: string;
  data: unknown;
}

export interface ModalHostClient extends FakeClient {
  /** Events this instance triggered in others (`client.instance(guid).trigger`). */
  triggered: Triggered[];
  /** Zendesk closes the modal with this guid (its ×, Esc or the modal's own `destroy`). */
  closeModal(guid: string): void;
}

/**
 * A fake client that plays Zendesk's modal: `instances.create` answers with the modal's guid
 * (or fails like a host without modals when `modals: false`), and `instance(guid)` records triggers
 * and holds the `modal.close` listeners.
 */
export function createModalHostClient(
  options: FakeClientOptions & { modals?: boolean; modalGuid?: string } = {},
): ModalHostClient {
  const { modals = true, modalGuid = 'modal-guid-1', ...rest } = options;
  const base = createFakeClient(rest);
  const triggered: Triggered[] = [];
  const listeners = new Map<string, ZafHandler[]>();
  const invoke = base.invoke.bind(base);
  const client: ModalHostClient = Object.assign(base, {
    triggered,
    async invoke(name: string, ...args: unknown[]) {
      if (name !== 'instances.create') return invoke(name, ...args);
      base.calls.push({ method: 'invoke', args: [name, ...args] });
      if (!modals) throw { name: 'InvalidActionError', message: '"instances.create" is not a valid action' };
      return { 'instances.create': [{ instanceGuid: modalGuid, location: 'modal' }], errors: {} };
    },
    instance(guid: string): ZafInstanceClient {
      return {
        trigger: (name, data) => triggered.push({ guid, name, data }),
        on: (name, handler) => listeners.set(`${guid}:${name}`, [...(listeners.get(`${guid}:${name}`) ?? []), handler]),
        off: (name, handler) =>
          listeners.set(
            `${guid}:${name}`,
            (listeners.get(`${guid}:${name}`) ?? []).filter((h) => h !== handler),
          ),
      };
    },
    closeModal(guid: string) {
      for (const handler of listeners.get(`${guid}:modal.close`) ?? []) handler();
    },
  });
  return client;
}
