// The agent workspace imitation: loads a fixture ticket, puts the built app in a sidebar iframe
// from another origin, plays Zendesk's part of the protocol and offers a reply editor whose
// Submit runs the ticket.save hook. `window.workspace` is the handle tests and benchmarks use.
// URL parameters: fixture, scheme (light|dark), role (agent|admin), width, editor (plain),
// restDelay (ms), hookTimeout (ms), fault (route:status), setting.<name>=value, hold=1, log=open,
// publicType (the public comment type's name, e.g. facebookWallReply), schemeVia=get (the scheme
// only answers client.get), hookTags=lost (tags set in the save hook are not saved), modals=off
// (the app cannot open modals).

import { createBackground } from './background.js';
import { createEditor } from './editor.js';
import { createInstallation } from './installation.js';
import { showLogEntry } from './logView.js';
import { createRestApi } from './rest.js';
import { createSaveFlow } from './saveFlow.js';
import { createModals } from './modal.js';
import { createSidebarSlot } from './sidebarSlot.js';
import { createTicketApi } from './ticketApi.js';
import { createTrustpilotApi } from './trustpilot.js';
import { setUpTrustpilotSwitch } from './trustpilotSwitch.js';
import { setUpToolbar } from './toolbar.js';
import { renderTags, renderTicket } from './ticketView.js';
import { buildWorld } from './world.js';
import { ZafHost } from './zafHost.js';

const now = () => performance.timeOrigin + performance.now();
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(window.location.search);
const startedAt = now();

const config = await (await fetch('/config.json')).json();
const fixtureId = params.get('fixture') ?? config.fixtures[0]?.id;
const fixtureResponse = await fetch(`/fixtures/${encodeURIComponent(fixtureId ?? '')}.json`);
if (!fixtureResponse.ok) throw new Error(`No fixture named "${fixtureId}"`);

let scheme = params.get('scheme') === 'dark' ? 'dark' : 'light';
// schemeVia=get: the scheme is only answered to `client.get('colorScheme')` — no URL parameter,
// no colorScheme.changed event — as Zendesk hosts that don't send either may do.
const schemeOnlyByGet = params.get('schemeVia') === 'get';
const role = params.get('role') === 'admin' ? 'admin' : 'agent';
const hookTimeoutMs = Number(params.get('hookTimeout') ?? 30000) || 30000;
const world = buildWorld(await fixtureResponse.json(), { agentRole: role });
const { manifest } = config;
const installation = createInstallation(manifest, world.settingsOverrides, params);
const trustpilot = createTrustpilotApi({
  world,
  scenario: params.get('trustpilot') ?? 'off',
  replyDelayMs: Number(params.get('trustpilotReplyDelay') ?? 20000),
  retryAfter: Number(params.get('trustpilotRetryAfter') ?? 2),
  slowMs: Number(params.get('trustpilotSlow') ?? 12000),
});
// An administrator who filled in the (secure) key turns the connection on with the checkbox.
if (trustpilot.scenario !== 'off') installation.settings.trustpilotEnabled = true;
const appGuid = crypto.randomUUID();
const frame = $('app');
const log = [];
const sidebar = createSidebarSlot({ frame, slot: $('app-slot'), hiddenNote: $('app-hidden') });

const host = new ZafHost({
  frame,
  appOrigin: config.appOrigin,
  appGuid,
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
    publicType: params.get('publicType') ?? 'publicReply',
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
  external: async (method, url, options) =>
    (await trustpilot.answer(method, url, options)) ?? background.answer(method, url, options),
});
host.rest = rest;

// The background location runs when the Trustpilot connection is on (without it the app's
// background page stops at once, so the workspace does not load it).
const background = createBackground({
  world,
  manifest,
  appOrigin: config.appOrigin,
  installation,
  rest,
  sidebarGuid: appGuid,
  sidebarHost: host,
  isSidebarOpen: () => sidebarOpen,
  notify: (message, kind) => host.api.invoke({ notify: [message, kind] }),
  onTagsChanged(tags) {
    renderTags(tags);
    if (sidebarOpen) host.fire('ticket.tags.changed', tags);
  },
  onCommentAdded: () => renderTicket(world),
});
host.api = background.withInstances(host.api);
let sidebarOpen = false;

// The app's modal location, opened from the sidebar (the template manager).
const modals = createModals({
  appOrigin: config.appOrigin,
  sidebarGuid: appGuid,
  sidebarHost: host,
  registration: () => host.registration(),
  rest,
  currentUser: () => world.currentUser,
  colorScheme: () => scheme,
  schemeInUrl: () => !schemeOnlyByGet,
  isSidebarOpen: () => sidebarOpen,
});
// modals=off: a host that cannot create modals (instances.create fails), as older ones may.
host.api = modals.withModals(host.api);
if (params.get('modals') !== 'off') host.api = modals.withCreate(host.api);
const routeOtherwise = host.onTrigger;
host.onTrigger = (name, message, target) => {
  if (!modals.route(name, message, target)) routeOtherwise?.(name, message, target);
};

const saveFlow = createSaveFlow({
  world,
  editor,
  host,
  hookTimeoutMs,
  status: $('save-status'),
  dropHookTags: params.get('hookTags') === 'lost',
});
$('reply').addEventListener('submit', (event) => {
  event.preventDefault();
  saveFlow.submit();
});

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
  if (name === 'colorScheme.changed' && !schemeOnlyByGet) host.fire('colorScheme.changed', scheme);
};

function loadApp() {
  host.reset();
  sidebarOpen = true;
  sidebar.show();
  const url = new URL(config.appPath, `${config.appOrigin}/`);
  url.searchParams.set('origin', window.location.origin);
  url.searchParams.set('app_guid', appGuid);
  if (!schemeOnlyByGet) url.searchParams.set('colorScheme', scheme);
  workspace.navigatedAt = now();
  frame.src = url.toString();
}

function setScheme(next) {
  scheme = next;
  document.documentElement.dataset.scheme = scheme;
  if (!schemeOnlyByGet) {
    host.fire('colorScheme.changed', scheme);
    modals.fire('colorScheme.changed', scheme);
  }
}

const workspace = {
  fixture: fixtureId,
  appOrigin: config.appOrigin,
  appGuid,
  log,
  saves: saveFlow.saves,
  ready,
  navigatedAt: 0,
  registeredAt: 0,
  submit: saveFlow.submit,
  runHook: (name = 'ticket.save') => host.runHook(name, hookTimeoutMs),
  fire: (name, message) => host.fire(name, message),
  failNext: (route, status, options) => rest.failNext(route, status, options),
  setScheme,
  reloadApp: loadApp,
  /** With `?hold=1` the app is not loaded until this is called. */
  start: loadApp,
  /** The agent leaves the ticket (e.g. "Send as solved"): the sidebar closes, the background stays. */
  closeSidebar() {
    host.reset();
    sidebarOpen = false;
    frame.src = 'about:blank';
    sidebar.hide();
  },
  background,
  /** The app's open modals (guids), Zendesk closing one (× or Esc), the ones closed, their messages. */
  modals: { open: modals.open, close: modals.close, closed: modals.closed, log: modals.log },
  notices: () => [...document.querySelectorAll('#notices li')].map((item) => item.textContent),
  setHistory: (records) => world.setHistory(records),
  /** The account's views and triggers, as Zendesk would list them. */
  rules: () => rest.rules.snapshot(),
  /** Edits a view or trigger as an admin would in Admin Center. */
  editRule: (kind, id, patch) => rest.rules.edit(kind, id, patch),
  trustpilot,
  state: () => ({
    ticketId: world.ticket.id,
    tags: [...world.ticket.tags],
    status: world.ticket.status,
    commentHtml: editor.html(),
    commentText: editor.plain(),
    commentType: editor.type(),
    comments: world.comments.length,
    hidden: sidebar.state.hidden,
    height: sidebar.state.height,
    subscriptions: Object.fromEntries(host.subscriptions),
    settings: { ...installation.settings },
  }),
};
window.workspace = workspace;

setUpToolbar({
  fixtures: config.fixtures,
  fixtureId,
  scheme,
  role,
  width: Number(params.get('width') ?? 320) || 320,
  params,
  rest,
  setScheme,
  reload: loadApp,
});
setUpTrustpilotSwitch({ select: $('trustpilot'), scenario: trustpilot.scenario });
document.documentElement.dataset.scheme = scheme;
document.title = `${world.ticket.subject} · Agent workspace imitation`;
renderTicket(world);
if (trustpilot.scenario !== 'off') background.start();
if (params.get('hold') !== '1') loadApp();
