import type {
  ZafClient,
  ZafContext,
  ZafGetResult,
  ZafHandler,
  ZafMetadata,
  ZafRequestOptions,
} from '../../src/zaf/types';

export interface RecordedCall {
  method: 'get' | 'set' | 'invoke' | 'request' | 'on' | 'off';
  args: unknown[];
}

export interface FakeClientOptions {
  /** Values answered by `get`, by path ('ticket', 'currentUser', 'comment.text', ...). */
  values?: Record<string, unknown>;
  /** Paths whose `get` reports an error (batched get lists them in `errors`). */
  failingPaths?: string[];
  /** Make every `get` reject (e.g. Zendesk not answering). */
  getRejects?: boolean;
  metadata?: Partial<ZafMetadata>;
  settings?: Record<string, unknown>;
  context?: Partial<ZafContext>;
  /** Answers `client.request`; throw or return a rejected promise to fail like Zendesk does. */
  request?: (options: ZafRequestOptions) => unknown;
  /** When false, metadata()/context() wait until `register()` is called. */
  registered?: boolean;
}

/** A typed fake of the ZAF client that records every call and lets tests fire events. */
export interface FakeClient extends ZafClient {
  calls: RecordedCall[];
  values: Record<string, unknown>;
  /** Paths whose `get` currently fails; tests may change it. */
  failingPaths: Set<string>;
  /** Fires an event to every subscribed handler. */
  emit(event: string, data?: unknown): void;
  /** Fires an event and returns what each handler returned (for hooks such as ticket.save). */
  trigger(event: string, data?: unknown): unknown[];
  /** How many handlers are subscribed to an event. */
  subscribers(event: string): number;
  /** Completes registration when created with `registered: false`. */
  register(): void;
  /** The calls of one method, for precise assertions. */
  callsOf(method: RecordedCall['method']): unknown[][];
}

const defaultMetadata: ZafMetadata = {
  appId: 1,
  installationId: 4242,
  name: 'Trustpilot Reply Assistant',
  version: '1.0.0',
  settings: {},
};

export function createFakeClient(options: FakeClientOptions = {}): FakeClient {
  const values: Record<string, unknown> = { ...(options.values ?? {}) };
  const handlers = new Map<string, ZafHandler[]>();
  const calls: RecordedCall[] = [];
  const metadata: ZafMetadata = {
    ...defaultMetadata,
    ...options.metadata,
    settings: { ...(options.metadata?.settings ?? {}), ...(options.settings ?? {}) },
  };
  const context: ZafContext = { product: 'support', location: 'ticket_sidebar', ticketId: 1, ...options.context };
  let markRegistered: () => void = () => undefined;
  const registered =
    options.registered === false
      ? new Promise<void>((resolve) => {
          markRegistered = resolve;
        })
      : Promise.resolve();

  const failingPaths = new Set(options.failingPaths ?? []);
  const client: FakeClient = {
    calls,
    values,
    failingPaths,
    async get(paths) {
      calls.push({ method: 'get', args: [paths] });
      await registered;
      if (options.getRejects) throw new Error('Zendesk did not answer');
      const result: ZafGetResult = { errors: {} };
      for (const path of paths) {
        if (failingPaths.has(path)) {
          result.errors = { ...result.errors, [path]: { message: `"${path}" could not be read` } };
        } else {
          result[path] = values[path];
        }
      }
      return result;
    },
    async set(key, value) {
      calls.push({ method: 'set', args: [key, value] });
      values[key] = value;
      return { [key]: value, errors: {} };
    },
    async invoke(name, ...args) {
      calls.push({ method: 'invoke', args: [name, ...args] });
      if (name === 'comment.appendText') {
        const current = typeof values['comment.text'] === 'string' ? values['comment.text'] : '';
        values['comment.text'] = `${current}${String(args[0] ?? '')}`;
      }
      return { errors: {} };
    },
    async request(requestOptions) {
      calls.push({ method: 'request', args: [requestOptions] });
      if (!options.request) throw { status: 404, statusText: 'Not Found', responseText: '' };
      return options.request(requestOptions);
    },
    on(name, handler) {
      calls.push({ method: 'on', args: [name] });
      handlers.set(name, [...(handlers.get(name) ?? []), handler]);
    },
    off(name, handler) {
      calls.push({ method: 'off', args: [name] });
      handlers.set(
        name,
        (handlers.get(name) ?? []).filter((h) => h !== handler),
      );
    },
    async metadata() {
      await registered;
      return metadata;
    },
    async context() {
      await registered;
      return context;
    },
    emit(event, data) {
      for (const handler of handlers.get(event) ?? []) handler(data);
    },
    trigger(event, data) {
      return (handlers.get(event) ?? []).map((handler) => handler(data));
    },
    subscribers(event) {
      return (handlers.get(event) ?? []).length;
    },
    register() {
      markRegistered();
    },
    callsOf(method) {
      return calls.filter((call) => call.method === method).map((call) => call.args);
    },
  };
  return client;
}
