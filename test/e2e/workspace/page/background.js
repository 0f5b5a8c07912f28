// The app's `background` location (support.background): a hidden iframe that runs for the whole
// agent session, the `instances` path that lists every running instance of the app, events one
// instance triggers in another (`client.instance(guid).trigger`), and the Support API writes a
// background follow-up makes (PUT /api/v2/tickets/{id}.json with an internal note and tags).

import { ZafHost } from './zafHost.js';

/**
 * options: { world, manifest, appOrigin, installation, rest, sidebarGuid, sidebarHost, isSidebarOpen(),
 *            notify(message, kind), onTagsChanged(tags), onCommentAdded() }
 */
export function createBackground(options) {
  const { world, manifest, appOrigin, installation, rest, sidebarGuid, sidebarHost } = options;
  const guid = crypto.randomUUID();
  const log = [];
  const updates = [];
  const frame = document.createElement('iframe');
  frame.title = 'App background location';
  frame.hidden = true;
  frame.id = 'app-background';
  document.body.append(frame);

  /** `client.get('instances')`: every running instance, keyed by guid. */
  function instances() {
    const all = { [guid]: { host: 'zendesk', product: 'support', location: 'background', instanceGuid: guid } };
    if (options.isSidebarOpen()) {
      all[sidebarGuid] = {
        host: 'zendesk',
        product: 'support',
        location: 'ticket_sidebar',
        instanceGuid: sidebarGuid,
        ticketId: world.ticket.id,
      };
    }
    return all;
  }

  /** Adds `instances` to a location's `get`. */
  const withInstances = (api) => ({
    ...api,
    get(paths) {
      const result = api.get(paths.filter((path) => path !== 'instances'));
      if (paths.includes('instances')) result.instances = instances();
      return result;
    },
  });

  const host = new ZafHost({
    frame,
    appOrigin,
    appGuid: guid,
    registration: () => ({
      metadata: {
        appId: installation.appId,
        installationId: installation.id,
        name: installation.name,
        version: installation.version,
        settings: { title: installation.name, ...installation.settings },
      },
      context: {
        product: 'support',
        location: 'background',
        instanceGuid: guid,
        account: { subdomain: world.account.subdomain },
      },
    }),
    onLog: (entry) => log.push(entry),
  });
  host.api = withInstances({
    get(paths) {
      const result = { errors: {} };
      for (const path of paths) {
        if (path === 'currentUser') result.currentUser = JSON.parse(JSON.stringify(world.currentUser));
        else
          result.errors[path] = {
            name: 'InvalidPathError',
            message: `"${path}" is not a valid path in the background`,
          };
      }
      return result;
    },
    set: (values) => ({
      errors: Object.fromEntries(
        Object.keys(values).map((path) => [path, { name: 'InvalidPathError', message: 'nothing to set' }]),
      ),
    }),
    invoke(calls) {
      const result = { errors: {} };
      for (const [name, args] of Object.entries(calls)) {
        const [message, kind] = Array.isArray(args) ? args : [args];
        if (name === 'notify' && typeof message === 'string') {
          options.notify(message, kind ?? 'notice');
          result[name] = null;
        } else {
          result.errors[name] = { name: 'InvalidActionError', message: `"${name}" is not a valid action` };
        }
      }
      return result;
    },
  });
  host.rest = rest;

  // An event one instance triggers in another reaches it as `zaf.<name>` when it listens.
  const route = (name, message, target) => {
    if (target === guid) host.fire(name, message);
    else if (target === sidebarGuid && options.isSidebarOpen()) sidebarHost.fire(name, message);
  };
  host.onTrigger = route;
  sidebarHost.onTrigger = route;

  /** PUT /api/v2/tickets/{id}.json from the app: an internal note and `additional_tags`. */
  function answer(method, url, options2) {
    const match = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(url.pathname);
    if (!match || method !== 'PUT') return null;
    if (Number(match[1]) !== world.ticket.id)
      return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' }, headers: {} };
    let ticket;
    try {
      ticket = JSON.parse(String(options2.data ?? '{}')).ticket ?? {};
    } catch {
      return {
        status: 400,
        body: { error: 'InvalidJSON', description: 'The request body is not valid JSON' },
        headers: {},
      };
    }
    updates.push({ at: Date.now(), ticket });
    const added = Array.isArray(ticket.additional_tags) ? ticket.additional_tags : [];
    if (added.length > 0) {
      world.ticket.tags = [...new Set([...world.ticket.tags, ...added])];
      options.onTagsChanged(world.ticket.tags);
    }
    const body = ticket.comment?.body;
    if (typeof body === 'string' && body !== '') {
      world.comments.push({
        id: Math.max(...world.comments.map((c) => c.id)) + 1,
        type: 'Comment',
        author_id: world.currentUser.id,
        body,
        html_body: `<div class="zd-comment"><p>${body.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p></div>`,
        plain_body: body,
        public: ticket.comment.public !== false,
        attachments: [],
        via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
        created_at: new Date().toISOString(),
      });
      options.onCommentAdded();
    }
    return { status: 200, body: { ticket: { id: world.ticket.id, tags: world.ticket.tags } }, headers: {} };
  }

  function start() {
    const url = new URL(manifest.location?.support?.background?.url ?? 'assets/background.html', `${appOrigin}/`);
    url.searchParams.set('origin', window.location.origin);
    url.searchParams.set('app_guid', guid);
    frame.src = url.toString();
  }

  return { guid, log, updates, withInstances, answer, start };
}
