import type { ZafRequestOptions } from '../../../src/zaf/types';

/** One answer from the fake Support API, in the shape `client.request` gives with `httpCompleteResponse`. */
interface Answer {
  status: number;
  responseText: string;
  headers: Record<string, string>;
}

export interface StoredRule {
  id: number;
  title: string;
  description: string | null;
  active: boolean;
  conditions: { all: unknown[]; any: unknown[] };
  execution?: { sort_by: string; sort_order: string };
  actions?: unknown[];
}

/**
 * Views and triggers of an account, served like Zendesk's Support API: GET lists, POST creates,
 * and faults queued per "METHOD path" (403, 422, 429 with Retry-After). Failures reject, as ZAF does.
 */
export function createRulesApi() {
  const rules = { view: [] as StoredRule[], trigger: [] as StoredRule[] };
  const faults: { route: string; status: number; body?: unknown; retryAfter?: number }[] = [];
  const posted: { kind: 'view' | 'trigger'; body: Record<string, unknown> }[] = [];
  let nextId = 1000;

  const answer = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
    status,
    responseText: JSON.stringify(body),
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

  function handle(options: ZafRequestOptions): Answer {
    const method = options.type ?? 'GET';
    const path = options.url.split('?')[0] ?? '';
    const fault = faults.findIndex((entry) => entry.route === `${method} ${path}`);
    if (fault >= 0) {
      const [taken] = faults.splice(fault, 1);
      if (taken) {
        const headers: Record<string, string> =
          taken.status === 429 ? { 'retry-after': String(taken.retryAfter ?? 1) } : {};
        return answer(taken.status, taken.body ?? { error: 'Error' }, headers);
      }
    }
    const kind = path === '/api/v2/views.json' ? 'view' : path === '/api/v2/triggers.json' ? 'trigger' : null;
    if (!kind) return answer(404, { error: 'InvalidEndpoint' });
    if (method === 'GET')
      return answer(200, {
        [`${kind}s`]: rules[kind],
        next_page: null,
        previous_page: null,
        count: rules[kind].length,
      });
    const body = JSON.parse(String(options.data)) as Record<string, Record<string, unknown>>;
    const record = body[kind] ?? {};
    posted.push({ kind, body: record });
    const stored: StoredRule = {
      id: (nextId += 1),
      title: String(record.title),
      description: String(record.description),
      active: true,
      conditions: record.conditions as StoredRule['conditions'],
      ...(kind === 'view'
        ? {
            execution: {
              sort_by: String((record.output as { sort_by: string }).sort_by),
              sort_order: String((record.output as { sort_order: string }).sort_order),
            },
          }
        : { actions: record.actions as unknown[] }),
    };
    rules[kind].push(stored);
    return answer(201, { [kind]: stored });
  }

  return {
    rules,
    posted,
    failNext(route: string, status: number, body?: unknown, retryAfter?: number) {
      faults.push({ route, status, body, retryAfter });
    },
    async request(options: ZafRequestOptions): Promise<Answer> {
      const result = handle(options);
      if (result.status >= 400) throw result;
      return result;
    },
  };
}
