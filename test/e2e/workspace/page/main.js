// The agent workspace imitation: loads a fixture ticket, puts the built app in a sidebar iframe
// from another origin, plays Zendesk's part of the protocol and offers a reply editor whose
// Submit runs the ticket.save hook. `window.workspace` is the handle tests and benchmarks use.

import { createEditor } from './editor.js';
import { showLogEntry } from './logView.js';
import { createRestApi } from './rest.js';
import { createTicketApi } from './ticketApi.js';
import { renderTags, renderTicket } from './ticketView.js';
import { buildWorld, commentHtml } from './world.js';
import { ZafHost } from './zafHost.js';

const now = () => performance.timeOrigin + performance.now();
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(window.location.search);
const startedAt = now();

const config = await (await fetch('/config.json')).json();
const fixtureId = params.get('fixture') ?? config.fixtures[0]?.id;
const fixtureResponse = await fetch(`/fixtures/${encodeURIComponent(fixtureId ?? '')}.json`);
if (!fixtureResponse.ok) throw new Error(`No fixture named "${fixtureId}"`);
const fixture = await fixtureResponse.json();

let scheme = params.get('scheme') === 'dark' ? 'dark' : 'light';
const role = params.get('role') === 'admin' ? 'admin' : 'agent';
const width = Number(params.get('width') ?? 320) || 320;
const hookTimeoutMs = Number(params.get('hookTimeout') ?? 30000) || 30000;
const world = buildWorld(fixture, { agentRole: role });

/** `?setting.historyLimit=250`: settings as this installation's admin changed them. */
function settingParams() {
  const out = {};
  for (const [name, value] of params) {
    if (!name.startsWith('setting.')) continue;
    const key = name.slice('setting.'.length);
    const type = (manifest.parameters ?? []).find((p) => p.name === key)?.type;
    out[key] = type === 'number' ? Number(value) : type === 'checkbox' ? value === 'true' : value;
  }
  return out;
}
const { manifest } = config;

/** Settings as Zendesk sends them: the manifest's defaults, then what this installation changed. */
const installation = {
  id: 4207731,
  appId: 873105,
  name: manifest.name,
  createdAt: '2025-01-15T09:00:00Z',
  updatedAt: '2025-05-20T09:00:00Z',
  settings: {
    ...Object.fromEntries((manifest.parameters ?? []).filter((p) => 'default' in p).map((p) => [p.name, p.default])),
    ...world.settingsOverrides,
    ...settingParams(),
  },
};

const log = [];
const saves = [];
const appGuid = crypto.randomUUID();
const frame = $('app');
const slot = $('app-slot');

const sidebar = {
  height: null,
  hidden: false,
  resize({ height }) {
    const px = Number.parseFloat(String(height));
    if (Number.isFinite(px) && px > 0) {
      sidebar.height = Math.round(px);
      frame.style.height = `${sidebar.height}px`;
    }
  },
  hide() {
    sidebar.hidden = true;
    slot.classList.add('hidden');
    $('app-hidden').hidden = false;
  },
  show() {
    sidebar.hidden = false;
    slot.classList.remove('hidden');
    $('app-hidden').hidden = true;
  },
};

const host = new ZafHost({
  frame,
  appOrigin: config.appOrigin,
  appGuid,
  registration: () => ({
    metadata: {
      appId: installation.appId,
      installationId: installation.id,
      name: manifest.name,
      version: manifest.version,
      settings: { title: installation.name, ...installation.settings },
    },
    context: {
      product: 'support',
      location: 'ticket_sidebar',
      ticketId: world.ticket.id,
      instanceGuid: appGuid,
      account: { subdomain: world.account.subdomain },
    },
  }),
  onLog(entry) {
    log.push(entry);
    showLogEntry(entry, startedAt);
  },
});

const editor = createEditor(
  { textarea: $('comment'), publicRadio: $('type-public'), internalRadio: $('type-internal') },
  {
    rich: params.get('editor') !== 'plain',
    onText: (html) => host.fire('comment.text.changed', html),
    onType: (type) => host.fire('comment.type.changed', type),
  },
);

host.api = createTicketApi({
  world,
  editor,
  sidebar,
  colorScheme: () => scheme,
  onTagsChanged(tags) {
    renderTags(tags);
    host.fire('ticket.tags.changed', tags);
  },
  onTicketChanged(field) {
    renderTicket(world);
    host.fire(`ticket.${field}.changed`, world.ticket[field]);
  },
  notify(message, kind) {
    const item = document.createElement('li');
    item.textContent = `${kind}: ${message}`;
    $('notices').append(item);
  },
});

const rest = createRestApi({
  world,
  installation,
  currentUser: () => world.currentUser,
  delayMs: Number(params.get('restDelay') ?? 30),
  onSettingsSaved: () => undefined,
});
host.rest = rest;

let resolveReady;
const ready = new Promise((resolve) => {
  resolveReady = resolve;
});
host.onRegistered = () => {
  workspace.registeredAt = now();
  resolveReady();
};
host.onSubscribed = (name) => {
  // Zendesk tells a newly subscribed app the current scheme, as it does on every change.
  if (name === 'colorScheme.changed') host.fire('colorScheme.changed', scheme);
};

function commitSave() {
  const text = editor.plain();
  if (text.trim() !== '') {
    const id = Math.max(...world.comments.map((c) => c.id)) + 1;
    world.comments.push({
      id,
      type: 'Comment',
      author_id: world.currentUser.id,
      body: text,
      html_body: editor.rich ? `<div class="zd-comment" dir="auto">${editor.html()}</div>` : commentHtml(text),
      plain_body: text,
      public: editor.type() === 'publicReply',
      attachments: [],
      via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
      created_at: new Date().toISOString(),
    });
  }
  world.ticket.updatedAt = new Date().toISOString();
  editor.clear();
  renderTicket(world);
}

/** Submit: runs the ticket.save hook, then saves or shows why the app blocked the save. */
async function submit() {
  const status = $('save-status');
  status.className = 'save-status';
  status.textContent = 'Saving…';
  const draft = { type: editor.type(), text: editor.plain(), html: editor.html() };
  host.fire('ticket.submit.start');
  const outcome = await host.runHook('ticket.save', hookTimeoutMs);
  const message = outcome.blocked
    ? (outcome.message ?? (outcome.timedOut ? 'The app did not answer the save hook in time.' : 'An app prevented this ticket from being saved.'))
    : null;
  if (outcome.blocked) {
    status.className = 'save-status blocked';
    status.textContent = `Save blocked: ${message}`;
    host.fire('ticket.submit.fail');
  } else {
    commitSave();
    status.className = 'save-status saved';
    const added = draft.type === 'publicReply' ? ' with a public reply' : ' with an internal note';
    status.textContent = `Saved${draft.text.trim() ? added : ''}. Tags: ${world.ticket.tags.join(', ')}`;
    host.fire('ticket.submit.done');
  }
  host.fire('ticket.submit.always');
  const result = { ...outcome, message, draft, tags: [...world.ticket.tags] };
  saves.push(result);
  return result;
}

function loadApp() {
  host.reset();
  sidebar.show();
  const url = new URL(config.appPath, `${config.appOrigin}/`);
  url.searchParams.set('origin', window.location.origin);
  url.searchParams.set('app_guid', appGuid);
  url.searchParams.set('colorScheme', scheme);
  workspace.navigatedAt = now();
  frame.src = url.toString();
}

function setScheme(next) {
  scheme = next;
  document.documentElement.dataset.scheme = scheme;
  host.fire('colorScheme.changed', scheme);
}

const replaceParam = (name, value) => {
  const url = new URL(window.location.href);
  url.searchParams.set(name, value);
  window.history.replaceState(null, '', url);
};
const navigateWith = (name, value) => {
  const url = new URL(window.location.href);
  url.searchParams.set(name, value);
  window.location.assign(url);
};

const workspace = {
  fixture: fixtureId,
  appOrigin: config.appOrigin,
  appGuid,
  log,
  saves,
  ready,
  navigatedAt: 0,
  registeredAt: 0,
  submit,
  runHook: (name = 'ticket.save') => host.runHook(name, hookTimeoutMs),
  fire: (name, message) => host.fire(name, message),
  failNext: (route, status, options) => rest.failNext(route, status, options),
  setScheme,
  reloadApp: loadApp,
  /** With `?hold=1` the app is not loaded until this is called. */
  start: loadApp,
  setHistory: (records) => world.setHistory(records),
  state: () => ({
    ticketId: world.ticket.id,
    tags: [...world.ticket.tags],
    status: world.ticket.status,
    commentHtml: editor.html(),
    commentText: editor.plain(),
    commentType: editor.type(),
    comments: world.comments.length,
    hidden: sidebar.hidden,
    height: sidebar.height,
    subscriptions: Object.fromEntries(host.subscriptions),
    settings: { ...installation.settings },
  }),
};
window.workspace = workspace;

// The toolbar.
const picker = $('fixture');
for (const { id, label } of config.fixtures) picker.append(new Option(label, id, false, id === fixtureId));
picker.addEventListener('change', () => navigateWith('fixture', picker.value));
$('scheme').value = scheme;
$('scheme').addEventListener('change', () => {
  setScheme($('scheme').value);
  replaceParam('scheme', scheme);
});
$('role').value = role;
$('role').addEventListener('change', () => navigateWith('role', $('role').value));
$('width').value = String(width);
document.documentElement.style.setProperty('--sidebar-width', `${width}px`);
$('width').addEventListener('change', () => {
  document.documentElement.style.setProperty('--sidebar-width', `${$('width').value}px`);
  replaceParam('width', $('width').value);
});
const applyFault = (value) => {
  rest.clearFaults();
  const [route, status] = value.split(':');
  if (route && status) rest.failNext(route, Number(status), { times: status === '429' ? 1 : Number.POSITIVE_INFINITY, retryAfter: 1 });
};
$('fault').addEventListener('change', () => applyFault($('fault').value));
if (params.get('fault')) applyFault(params.get('fault'));
$('reload').addEventListener('click', loadApp);
$('reply').addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});
if (params.get('log') === 'open') $('protocol').open = true;

document.documentElement.dataset.scheme = scheme;
document.title = `${world.ticket.subject} · Agent workspace imitation`;
renderTicket(world);
if (params.get('hold') !== '1') loadApp();
