// The app's `modal` location: `client.invoke('instances.create', {location: 'modal', url, size})`
// from the sidebar opens the app's page in an overlay iframe (another instance of the app, with its
// own guid and `context.location === 'modal'`); `client.get('instances')` lists it; events one
// instance triggers in another reach it; the modal closes with its own `invoke('destroy')`, with
// Zendesk's × or with Esc, and then the opener hears `modal.close` on `client.instance(guid)`.

import { ZafHost } from './zafHost.js';

const noSuchPath = (path) => ({ name: 'InvalidPathError', message: `"${path}" is not a valid path in a modal` });
const noSuchAction = (name) => ({ name: 'InvalidActionError', message: `"${name}" is not a valid action in a modal` });

/**
 * options: { appOrigin, sidebarGuid, sidebarHost, registration() → {metadata, context} of the sidebar,
 *            rest, currentUser(), colorScheme(), schemeInUrl(), isSidebarOpen(), onLog(entry) }
 */
export function createModals(options) {
  const { appOrigin, sidebarGuid, sidebarHost } = options;
  const open = new Map();
  const log = [];
  const closed = [];

  /** Every open modal, as `client.get('instances')` lists it. */
  const listed = () =>
    Object.fromEntries(
      [...open.keys()].map((guid) => [
        guid,
        { host: 'zendesk', product: 'support', location: 'modal', instanceGuid: guid },
      ]),
    );

  /** Adds the open modals to a location's `instances`. */
  const withModals = (api) => ({
    ...api,
    get(paths) {
      const result = api.get(paths);
      if (paths.includes('instances')) result.instances = { ...(result.instances ?? {}), ...listed() };
      return result;
    },
  });

  /** The sidebar's `invoke`, which now also knows `instances.create`. */
  const withCreate = (api) => ({
    ...api,
    invoke(calls) {
      const { ['instances.create']: create, ...rest } = calls;
      const result = Object.keys(rest).length > 0 ? api.invoke(rest) : { errors: {} };
      if (create !== undefined) {
        const [request] = Array.isArray(create) ? create : [create];
        if (request?.location !== 'modal' || typeof request.url !== 'string')
          result.errors['instances.create'] = { name: 'InvalidValueError', message: 'only modals can be created here' };
        else result['instances.create'] = [{ instanceGuid: create1(request), location: 'modal', host: 'zendesk' }];
      }
      return result;
    },
  });

  function create1({ url, size }) {
    const guid = crypto.randomUUID();
    const backdrop = document.createElement('div');
    backdrop.className = 'modal-backdrop';
    backdrop.id = 'app-modal';
    const dialog = document.createElement('div');
    dialog.className = 'modal';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-label', 'App modal');
    dialog.style.width = size?.width ?? '80vw';
    dialog.style.height = size?.height ?? '80vh';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'modal-close';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close modal');
    close.addEventListener('click', () => destroy(guid));
    const frame = document.createElement('iframe');
    frame.id = 'app-modal-frame';
    frame.title = 'Trustpilot Reply Assistant (modal)';
    dialog.append(close, frame);
    backdrop.append(dialog);
    document.body.append(backdrop);

    const host = new ZafHost({
      frame,
      appOrigin,
      appGuid: guid,
      registration: () => {
        const sidebar = options.registration();
        return {
          metadata: sidebar.metadata,
          context: { product: 'support', location: 'modal', instanceGuid: guid, account: sidebar.context.account },
        };
      },
      onLog: (entry) => log.push({ ...entry, guid }),
    });
    host.api = withModals({
      get(paths) {
        const result = { errors: {} };
        for (const path of paths) {
          if (path === 'currentUser') result.currentUser = JSON.parse(JSON.stringify(options.currentUser()));
          else if (path === 'colorScheme') result.colorScheme = options.colorScheme();
          else if (path === 'instances') {
            result.instances = {};
            if (options.isSidebarOpen())
              result.instances[sidebarGuid] = {
                host: 'zendesk',
                product: 'support',
                location: 'ticket_sidebar',
                instanceGuid: sidebarGuid,
              };
          } else result.errors[path] = noSuchPath(path);
        }
        return result;
      },
      set: (values) => ({ errors: Object.fromEntries(Object.keys(values).map((path) => [path, noSuchPath(path)])) }),
      invoke(calls) {
        const result = { errors: {} };
        for (const name of Object.keys(calls)) {
          if (name === 'destroy') {
            queueMicrotask(() => destroy(guid));
            result[name] = null;
          } else result.errors[name] = noSuchAction(name);
        }
        return result;
      },
    });
    host.rest = options.rest;
    host.onTrigger = (name, message, target) => {
      if (target === sidebarGuid && options.isSidebarOpen()) sidebarHost.fire(name, message);
    };
    open.set(guid, { host, backdrop, frame });

    const src = new URL(url, `${appOrigin}/`);
    src.searchParams.set('origin', window.location.origin);
    src.searchParams.set('app_guid', guid);
    if (options.schemeInUrl()) src.searchParams.set('colorScheme', options.colorScheme());
    frame.src = src.toString();
    frame.addEventListener('load', () => frame.focus(), { once: true });
    return guid;
  }

  /** Closes a modal as Zendesk does, and tells the opener (`modal.close` on that instance). */
  function destroy(guid) {
    const modal = open.get(guid);
    if (!modal) return;
    open.delete(guid);
    closed.push(guid);
    modal.host.reset();
    window.removeEventListener('message', modal.host.listener);
    modal.backdrop.remove();
    if (sidebarHost.subscribed('modal.close')) sidebarHost.send({ key: 'zaf.modal.close', instanceGuid: guid });
  }

  // Zendesk closes its modal with Esc.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const last = [...open.keys()].at(-1);
    if (last) destroy(last);
  });

  /** An event the sidebar triggers in a modal; false when the target is not a modal. */
  function route(name, message, target) {
    const modal = open.get(target);
    if (!modal) return false;
    modal.host.fire(name, message);
    return true;
  }

  /** Fires an event in every open modal that listens (colour scheme changes). */
  const fire = (name, message) => {
    for (const { host } of open.values()) host.fire(name, message);
  };

  return {
    log,
    closed,
    fire,
    withModals,
    withCreate,
    route,
    open: () => [...open.keys()],
    close: (guid) => destroy(guid ?? [...open.keys()].at(-1)),
  };
}
