// Views and triggers of the imitated account, served with the body shapes of Zendesk's Support API:
// GET /api/v2/views.json and /api/v2/triggers.json (offset pages, `next_page` as an absolute URL),
// POST to create (`{view: {...}}` with `output`, answered with `execution`; `{trigger: {...}}`),
// 403 for non-admins and 422 `RecordInvalid` for what Zendesk would refuse.

import { ACCOUNT_URL } from './world.js';

const PAGE_MAX = 100;

// Condition fields this imitation accepts (a subset of Zendesk's conditions reference).
const VIEW_FIELDS = new Set([
  'status',
  'current_tags',
  'assignee_id',
  'group_id',
  'NEW',
  'OPEN',
  'updated_at',
  'priority',
  'type',
]);
const TRIGGER_FIELDS = new Set([
  'update_type',
  'current_tags',
  'comment_is_public',
  'comment_includes_word',
  'role',
  'status',
  'current_via_id',
  'assignee_id',
  'priority',
]);
const OPERATORS = new Set([
  'is',
  'is_not',
  'less_than',
  'greater_than',
  'includes',
  'not_includes',
  'changed',
  'value',
  'value_previous',
]);

const invalid = (description) => ({
  status: 422,
  body: { error: 'RecordInvalid', description: 'Record validation errors', details: { base: [{ description }] } },
});

const COLUMN_TITLES = {
  status: 'Status',
  subject: 'Subject',
  requester: 'Requester',
  created: 'Requested',
  assignee: 'Assignee',
  updated: 'Updated',
};

/** Zendesk's own defaults, so the app has to find its items among others. */
function seed(now) {
  return {
    view: [
      {
        id: 360000000001,
        title: 'Your unsolved tickets',
        active: true,
        default: true,
        position: 1,
        description: null,
        conditions: {
          all: [
            { field: 'status', operator: 'less_than', value: 'solved' },
            { field: 'assignee_id', operator: 'is', value: 'current_user' },
          ],
          any: [],
        },
        execution: { group_by: 'status', group_order: 'asc', sort_by: 'updated', sort_order: 'desc', columns: [] },
        restriction: null,
        created_at: now,
        updated_at: now,
      },
    ],
    trigger: [
      {
        id: 360000000101,
        title: 'Notify requester and CCs of received request',
        active: true,
        position: 1,
        description: null,
        conditions: { all: [{ field: 'update_type', operator: 'is', value: 'Create' }], any: [] },
        actions: [
          {
            field: 'notification_user',
            value: ['requester_and_ccs', '[{{ticket.account}}] Re: {{ticket.title}}', 'Your request was received.'],
          },
        ],
        category_id: '10001',
        created_at: now,
        updated_at: now,
      },
    ],
  };
}

function checkConditions(kind, conditions) {
  const all = Array.isArray(conditions?.all) ? conditions.all : [];
  const any = Array.isArray(conditions?.any) ? conditions.any : [];
  if (all.length + any.length === 0) return invalid('Conditions: must have at least one condition');
  const fields = kind === 'view' ? VIEW_FIELDS : TRIGGER_FIELDS;
  for (const condition of [...all, ...any]) {
    if (!fields.has(condition?.field))
      return invalid(`Conditions: ${String(condition?.field)} is not a valid condition`);
    if (!OPERATORS.has(condition?.operator))
      return invalid(`Conditions: ${String(condition?.operator)} is not a valid operator`);
  }
  return null;
}

/** state: { currentUser() } */
export function createRules(state) {
  const now = new Date().toISOString();
  const records = seed(now);
  let nextId = 360000001000;

  const url = (kind, id) => `${ACCOUNT_URL}/api/v2/${kind}s/${id}.json`;
  const shown = (kind, record) => ({ url: url(kind, record.id), ...record, raw_title: record.title });

  function list(kind, query) {
    const all = records[kind];
    const perPage = Math.min(PAGE_MAX, Math.max(1, Number(query.get('per_page') ?? PAGE_MAX) || PAGE_MAX));
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const pageUrl = (n) => `${ACCOUNT_URL}/api/v2/${kind}s.json?page=${n}&per_page=${perPage}`;
    return {
      status: 200,
      body: {
        [`${kind}s`]: all.slice((page - 1) * perPage, page * perPage).map((record) => shown(kind, record)),
        next_page: page * perPage < all.length ? pageUrl(page + 1) : null,
        previous_page: page > 1 ? pageUrl(page - 1) : null,
        count: all.length,
      },
    };
  }

  function create(kind, rawBody) {
    if (state.currentUser().role !== 'admin') return null;
    let parsed;
    try {
      parsed = typeof rawBody === 'string' ? JSON.parse(rawBody) : rawBody;
    } catch {
      return { status: 400, body: { error: 'InvalidJSON', description: 'The request body is not valid JSON' } };
    }
    const input = parsed?.[kind];
    if (!input || typeof input !== 'object') return invalid(`${kind} is required`);
    if (typeof input.title !== 'string' || input.title.trim() === '') return invalid('Title: cannot be blank');
    const problem = checkConditions(kind, input.conditions);
    if (problem) return problem;
    const stamp = new Date().toISOString();
    const base = {
      id: (nextId += 1),
      title: input.title,
      description: typeof input.description === 'string' ? input.description : null,
      active: input.active !== false,
      position: records[kind].length + 1,
      conditions: { all: input.conditions.all ?? [], any: input.conditions.any ?? [] },
      created_at: stamp,
      updated_at: stamp,
    };
    let record;
    if (kind === 'view') {
      const output = input.output ?? {};
      const columns = Array.isArray(output.columns) ? output.columns : ['status', 'subject', 'requester', 'updated'];
      record = {
        ...base,
        default: false,
        restriction: input.restriction ?? null,
        execution: {
          group_by: output.group_by ?? null,
          group_order: output.group_order ?? 'asc',
          sort_by: output.sort_by ?? 'nice_id',
          sort_order: output.sort_order ?? 'asc',
          columns: columns.map((id) => ({ id, title: COLUMN_TITLES[id] ?? id })),
        },
      };
    } else {
      if (!Array.isArray(input.actions) || input.actions.length === 0) return invalid('Actions: cannot be blank');
      record = { ...base, actions: input.actions, category_id: input.category_id ?? '10001' };
    }
    records[kind].push(record);
    return { status: 201, body: { [kind]: shown(kind, record) } };
  }

  return {
    /** Answers GET/POST on /api/v2/views.json and /api/v2/triggers.json; null for 403 (caller's body). */
    answer(kind, method, url, body) {
      if (method === 'GET') return list(kind, url.searchParams);
      if (method === 'POST') return create(kind, body);
      return { status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' } };
    },
    /** What the account holds now (copies). */
    snapshot: () => JSON.parse(JSON.stringify(records)),
    /** Changes a record as an admin would in Admin Center. */
    edit(kind, id, patch) {
      const record = records[kind].find((entry) => entry.id === id);
      if (!record) throw new Error(`no ${kind} ${id}`);
      Object.assign(record, patch, { updated_at: new Date().toISOString() });
      return shown(kind, record);
    },
  };
}
