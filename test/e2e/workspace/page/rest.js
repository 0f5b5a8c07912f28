// `client.request` as Zendesk serves it: canned Support API answers built from the fixture
// (search, ticket comments, app installations, views and triggers), Zendesk's error bodies for 403/404/422/429/500,
// and faults that tests or the playground switch on for a route.

import { createRules } from './rules.js';
import { ACCOUNT_URL } from './world.js';

const SEARCH_PAGE_MAX = 100;

const STATUS_TEXT = {
  200: 'OK',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};
const ERROR_BODIES = {
  403: {
    error: 'Forbidden',
    description:
      'You do not have access to this page. Please contact the account owner of this help desk for further help.',
  },
  404: { error: 'InvalidEndpoint', description: 'Not found' },
  422: {
    error: 'RecordInvalid',
    description: 'Record validation errors',
    details: { base: [{ description: 'Invalid value' }] },
  },
  429: { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' },
  500: { error: 'InternalServerError', description: 'Something went wrong on our side. Please try again.' },
};

const reply = (status, body, headers = {}) => ({ status, body, headers });
const notFound = () => reply(404, ERROR_BODIES[404]);
const recordNotFound = () => reply(404, { error: 'RecordNotFound', description: 'Not found' });

/** Which fault route a request belongs to. */
export function routeOf(method, pathname) {
  if (pathname === '/api/v2/search.json') return 'search';
  if (/^\/api\/v2\/tickets\/\d+\/comments\.json$/.test(pathname)) return 'comments';
  if (/^\/api\/v2\/apps\/installations\/\d+\.json$/.test(pathname)) return 'installations';
  if (pathname === '/api/v2/views.json') return `${method} views`;
  if (pathname === '/api/v2/triggers.json') return `${method} triggers`;
  return `${method} ${pathname}`;
}

/**
 * state: { world, installation {id, appId, settings}, currentUser(), delayMs, onSettingsSaved(settings),
 *          external?(method, url, options) → reply | null }
 */
export function createRestApi(state) {
  /** route → [{status, retryAfter, times}] */
  const faults = new Map();
  const rules = createRules(state);

  function failNext(route, status, { times = 1, retryAfter = 1 } = {}) {
    faults.set(route, [...(faults.get(route) ?? []), { status, retryAfter, times }]);
  }

  function takeFault(route) {
    const queue = faults.get(route);
    const fault = queue?.[0];
    if (!fault) return null;
    fault.times -= 1;
    if (fault.times <= 0) queue.shift();
    const headers = fault.status === 429 ? { 'retry-after': String(fault.retryAfter) } : {};
    return reply(fault.status, ERROR_BODIES[fault.status] ?? { error: STATUS_TEXT[fault.status] ?? 'Error' }, headers);
  }

  function search(url) {
    const query = url.searchParams.get('query') ?? '';
    const requester = /(?:^|\s)requester(?:_id)?:(\d+)(?:\s|$)/.exec(query)?.[1];
    const typeTicket = /(^|\s)type:ticket(\s|$)/.test(query);
    let results = state.world.searchable.filter(
      (ticket) => (!requester || String(ticket.requester_id) === requester) && (typeTicket || requester),
    );
    const order = url.searchParams.get('sort_order') === 'asc' ? 1 : -1;
    if ((url.searchParams.get('sort_by') ?? 'created_at') === 'created_at') {
      results = [...results].sort((a, b) => order * (Date.parse(a.created_at) - Date.parse(b.created_at)));
    }
    const perPage = Math.min(
      SEARCH_PAGE_MAX,
      Math.max(1, Number(url.searchParams.get('per_page') ?? SEARCH_PAGE_MAX) || SEARCH_PAGE_MAX),
    );
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const slice = results.slice((page - 1) * perPage, page * perPage);
    const pageUrl = (n) => {
      const next = new URL(`${ACCOUNT_URL}/api/v2/search.json`);
      for (const [key, value] of url.searchParams) if (key !== 'page') next.searchParams.set(key, value);
      next.searchParams.set('page', String(n));
      return next.toString();
    };
    return reply(200, {
      results: slice,
      facets: null,
      next_page: page * perPage < results.length ? pageUrl(page + 1) : null,
      previous_page: page > 1 ? pageUrl(page - 1) : null,
      count: results.length,
    });
  }

  function comments(ticketId) {
    const { world } = state;
    if (ticketId === world.ticket.id) {
      return reply(200, {
        comments: world.comments,
        next_page: null,
        previous_page: null,
        count: world.comments.length,
      });
    }
    const old = world.searchable.find((ticket) => ticket.id === ticketId);
    if (!old) return recordNotFound();
    const first = {
      id: ticketId * 10,
      type: 'Comment',
      author_id: old.requester_id,
      body: old.description || old.subject,
      html_body: `<div class="zd-comment" dir="auto"><p>${old.subject}</p></div>`,
      plain_body: old.description || old.subject,
      public: true,
      attachments: [],
      via: old.via,
      created_at: old.created_at,
    };
    return reply(200, { comments: [first], next_page: null, previous_page: null, count: 1 });
  }

  function installation(method, id, body) {
    const { installation: current } = state;
    if (id !== current.id) return reply(404, { error: 'RecordNotFound', description: 'Not found' });
    const record = () => ({
      id: current.id,
      app_id: current.appId,
      product: 'support',
      settings: { name: current.name, ...current.settings },
      enabled: true,
      paid: false,
      role_restrictions: null,
      group_restrictions: null,
      updated_at: current.updatedAt,
      created_at: current.createdAt,
    });
    if (method === 'GET') return reply(200, record());
    if (method !== 'PUT') return reply(404, ERROR_BODIES[404]);
    if (state.currentUser().role !== 'admin') return reply(403, ERROR_BODIES[403]);
    let parsed;
    try {
      parsed = typeof body === 'string' ? JSON.parse(body) : body;
    } catch {
      return reply(400, { error: 'InvalidJSON', description: 'The request body is not valid JSON' });
    }
    const settings = parsed?.settings;
    if (!settings || typeof settings !== 'object' || Array.isArray(settings)) {
      return reply(422, {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { settings: [{ description: 'Settings are required' }] },
      });
    }
    current.settings = { ...current.settings, ...settings };
    current.updatedAt = new Date().toISOString();
    state.onSettingsSaved(current.settings);
    return reply(200, record());
  }

  function answer(method, url, body) {
    const route = routeOf(method, url.pathname);
    const fault = takeFault(route);
    if (fault) return fault;
    if (route === 'search') return method === 'GET' ? search(url) : notFound();
    if (route === 'comments') return method === 'GET' ? comments(Number(url.pathname.split('/')[4])) : notFound();
    if (route === 'installations')
      return installation(method, Number(url.pathname.split('/')[5].replace('.json', '')), body);
    const rulesKind =
      url.pathname === '/api/v2/views.json' ? 'view' : url.pathname === '/api/v2/triggers.json' ? 'trigger' : null;
    if (rulesKind) {
      const answered = rules.answer(rulesKind, method, url, body);
      return answered ? reply(answered.status, answered.body) : reply(403, ERROR_BODIES[403]);
    }
    return notFound();
  }

  /**
   * Serves one `client.request`; resolves with the SDK's `responseArgs` for `.done` or `.fail`.
   * As in Zendesk: a rejection is a plain copy of the response (no headers) unless the app asked
   * for `httpCompleteResponse`, and a 429 is retried after Retry-After unless `autoRetry: false`.
   */
  async function request(options) {
    const method = String(options.type ?? options.method ?? 'GET').toUpperCase();
    const url = new URL(String(options.url ?? ''), ACCOUNT_URL);
    const sameAccount = url.origin === ACCOUNT_URL;
    // Other imitations (e.g. trustpilot.js) answer their own hosts and routes first.
    const handled = (await state.external?.(method, url, options)) ?? null;
    const answerHere = () =>
      handled ?? (sameAccount ? answer(method, url, options.data) : reply(404, ERROR_BODIES[404]));
    let answered = answerHere();
    for (
      let retries = 0;
      !handled && answered.status === 429 && options.autoRetry !== false && retries < 2;
      retries += 1
    ) {
      const waitMs = Number(answered.headers['retry-after'] ?? 1) * 1000;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      answered = answerHere();
    }
    const { status, body, headers } = answered;
    if (state.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
    const ok = status >= 200 && status < 300;
    const responseText = JSON.stringify(body);
    const statusText = STATUS_TEXT[status] ?? 'Error';
    const allHeaders = { 'content-type': 'application/json; charset=utf-8', ...headers };
    const complete = { status, statusText, headers: allHeaders, responseText, responseJSON: body };
    const xhr = { readyState: 4, status, statusText, responseText, responseJSON: body };
    if (!ok) return { ok, status, args: [options.httpCompleteResponse ? complete : xhr, 'error', statusText] };
    const data = options.dataType === 'text' ? responseText : body;
    return { ok, status, args: [options.httpCompleteResponse ? complete : data, 'success', xhr] };
  }

  return { request, failNext, clearFaults: () => faults.clear(), rules };
}
