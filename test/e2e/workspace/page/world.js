// Turns a compact fixture into the data Zendesk would hold: the ZAF `ticket` and `currentUser`
// objects and the records the REST API returns (search results, comments, users).

/** Fixtures are written as if it were this moment; every date is shifted so their ages stay real. */
export const FIXTURE_NOW = Date.parse('2025-06-02T12:00:00Z');

export const ACCOUNT = { subdomain: 'nordlyshome', name: 'Nordlys Home', planName: 'Suite Professional' };
export const ACCOUNT_URL = `https://${ACCOUNT.subdomain}.zendesk.com`;
const BRAND = { id: 360001, name: 'Nordlys Home', url: ACCOUNT_URL, hasHelpCenter: true, isDefault: true };
const GROUP = { id: 2101, name: 'Reviews' };

const shiftDate = (iso, offset) => new Date(Date.parse(iso) + offset).toISOString().replace('.000Z', 'Z');

/** Shifts every `createdAt`/`created_at`/`updatedAt`/`updated_at` string in a JSON value. */
function shiftDates(value, offset) {
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, offset));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      /^(created|updated)(At|_at)$/.test(key) && typeof item === 'string'
        ? shiftDate(item, offset)
        : shiftDates(item, offset);
  }
  return out;
}

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Zendesk stores a plain-text comment as HTML paragraphs inside a `zd-comment` div. */
export function commentHtml(body) {
  const paragraphs = body.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  return `<div class="zd-comment" dir="auto">${paragraphs.join('')}</div>`;
}

/** A ZAF user object (`currentUser`, `ticket.requester`, a comment's author). */
function zafUser(user, role) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role ?? role,
    locale: user.locale,
    avatarUrl: null,
    externalId: null,
    alias: '',
    details: '',
    notes: '',
    signature: '',
    tags: [],
    timeZone: { ianaName: 'Europe/Copenhagen', name: 'Copenhagen', offset: 120 },
    groups: role === 'end-user' ? [] : [GROUP],
    organizations: [],
  };
}

/** A tiny deterministic generator, so generated histories are the same on every load. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const HISTORY_SUBJECTS = [
  'Missing screw bag for shelf unit',
  'Late delivery for order',
  'Wrong colour delivered',
  'Invoice for flat 4B',
  'Return label request',
  'Question about bulk discount',
  'Replacement part for bed frame',
  'Delivery slot change',
  'Damaged lamp on arrival',
];
// A frequent customer writes a review now and then (a few in years), not one a week: more than a
// handful of reviews from one requester is what a connector's shared anonymous customer looks like.
const REVIEW_EVERY = 60;
const HISTORY_STATUSES = ['closed', 'closed', 'closed', 'solved', 'solved', 'pending', 'open'];
const HISTORY_CHANNELS = ['email', 'email', 'web', 'chat', 'phone', 'any_channel'];

/** `count` earlier tickets from one requester, newest first, spread over the previous years. */
export function generateHistory(count, fromIso) {
  const random = seeded(count * 7919);
  const start = Date.parse(fromIso);
  const tickets = [];
  let at = start;
  for (let i = 0; i < count; i += 1) {
    at -= Math.round((1 + random() * 5) * 24 * 3600 * 1000);
    const subject =
      i % REVIEW_EVERY === 3
        ? 'New Trustpilot review'
        : HISTORY_SUBJECTS[Math.floor(random() * HISTORY_SUBJECTS.length)];
    const channel = subject === 'New Trustpilot review' ? 'any_channel' : HISTORY_CHANNELS[Math.floor(random() * 5)];
    const stars = 1 + Math.floor(random() * 5);
    tickets.push({
      id: 40000 - i,
      subject,
      status: HISTORY_STATUSES[Math.floor(random() * HISTORY_STATUSES.length)],
      channel,
      createdAt: new Date(at).toISOString().replace('.000Z', 'Z'),
      tags: channel === 'any_channel' ? ['trustpilot', `rating_${stars}`] : [],
    });
  }
  return tickets;
}

/** A ticket record as the REST API (and so the search API) returns it. */
function apiTicket(ticket, requesterId, assigneeId) {
  return {
    url: `${ACCOUNT_URL}/api/v2/tickets/${ticket.id}.json`,
    id: ticket.id,
    external_id: null,
    via: { channel: ticket.channel ?? 'email', source: { from: {}, to: {}, rel: null } },
    created_at: ticket.createdAt,
    updated_at: ticket.updatedAt ?? ticket.createdAt,
    type: null,
    subject: ticket.subject,
    raw_subject: ticket.subject,
    description: ticket.description ?? '',
    priority: ticket.priority ?? null,
    status: ticket.status,
    recipient: null,
    requester_id: requesterId,
    submitter_id: requesterId,
    assignee_id: assigneeId,
    organization_id: null,
    group_id: GROUP.id,
    tags: ticket.tags ?? [],
    brand_id: BRAND.id,
    result_type: 'ticket',
  };
}

/**
 * Builds the workspace's data from a fixture: `agentRole` overrides the agent's role
 * ('agent' | 'admin'); `now` is the moment the fixture's "now" maps to.
 */
export function buildWorld(rawFixture, { agentRole = 'agent', now = Date.now() } = {}) {
  const fixture = shiftDates(rawFixture, now - FIXTURE_NOW);
  const requester = zafUser(fixture.requester, 'end-user');
  const agent = zafUser({ ...fixture.agent, role: agentRole }, agentRole);
  const users = new Map([
    [requester.id, requester],
    [agent.id, agent],
    ...(fixture.users ?? []).map((user) => [user.id, zafUser(user, user.role ?? 'agent')]),
  ]);
  const authorOf = (ref) => (ref === 'requester' ? requester : ref === 'agent' ? agent : (users.get(ref) ?? agent));

  const comments = fixture.comments.map((comment) => {
    const author = authorOf(comment.author);
    return {
      id: comment.id,
      type: 'Comment',
      author_id: author.id,
      body: comment.body,
      html_body: commentHtml(comment.body),
      plain_body: comment.body,
      public: comment.public,
      attachments: [],
      audit_id: comment.id + 1000000,
      via: { channel: fixture.ticket.channel ?? 'any_channel', source: { from: {}, to: {}, rel: null } },
      created_at: comment.createdAt,
      metadata: { system: {}, custom: {} },
    };
  });

  const channel = fixture.ticket.channel ?? 'any_channel';
  const ticket = {
    id: fixture.ticket.id,
    externalId: null,
    subject: fixture.ticket.subject,
    status: fixture.ticket.status,
    priority: fixture.ticket.priority ?? null,
    type: fixture.ticket.type ?? null,
    tags: [...fixture.ticket.tags],
    createdAt: fixture.ticket.createdAt,
    updatedAt: fixture.ticket.updatedAt ?? comments.at(-1)?.created_at ?? fixture.ticket.createdAt,
    isNew: false,
    requester,
    assignee: { user: agent, group: GROUP },
    collaborators: [],
    brand: BRAND,
    organization: null,
    via: { channel, source: { from: {}, to: {}, rel: null } },
  };

  const history = [
    ...(fixture.history ?? []),
    ...(fixture.generatedHistory ? generateHistory(fixture.generatedHistory, fixture.ticket.createdAt) : []),
  ];
  const searchable = [
    apiTicket({ ...fixture.ticket, description: comments[0]?.plain_body, channel }, requester.id, agent.id),
    ...history.map((old) => apiTicket(old, requester.id, agent.id)),
  ];

  /** Replaces the requester's earlier tickets (search result records, any requester id). */
  const setHistory = (records) => {
    searchable.splice(
      1,
      searchable.length - 1,
      ...records.map((record) => ({ ...record, requester_id: requester.id })),
    );
  };

  return {
    fixture,
    setHistory,
    ticket,
    comments,
    users,
    currentUser: agent,
    account: ACCOUNT,
    searchable,
    settingsOverrides: fixture.settings ?? {},
  };
}

/** ZAF's view of a REST comment: `{id, value (HTML), author, via}`, no date and no public flag. */
export function zafComment(comment, users) {
  return {
    id: comment.id,
    value: comment.html_body,
    author: users.get(comment.author_id) ?? null,
    via: comment.via,
    imageAttachments: [],
    nonImageAttachments: [],
  };
}
