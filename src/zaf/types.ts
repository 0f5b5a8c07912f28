/** The slice of the ZAF v2 client this app uses; the SDK's client satisfies it, tests pass a fake. */
export interface ZafClient {
  get(paths: string[]): Promise<ZafGetResult>;
  set(key: string, value: unknown): Promise<unknown>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request(options: ZafRequestOptions): Promise<unknown>;
  on(name: string, handler: ZafHandler): void;
  off(name: string, handler: ZafHandler): void;
  metadata(): Promise<ZafMetadata>;
  context(): Promise<ZafContext>;
  /** Another instance of the app (the background location, a modal), to talk to it. */
  instance?(guid: string): ZafInstanceClient;
}

/** What the app does with another of its instances: trigger events in it, hear its events. */
export interface ZafInstanceClient {
  trigger(name: string, data?: unknown): void;
  on?(name: string, handler: ZafHandler): void;
  off?(name: string, handler: ZafHandler): void;
}

export type ZafHandler = (data?: unknown) => unknown;

/** `client.get([paths])` resolves with a value per path and never rejects; failed paths land in `errors`. */
export interface ZafGetResult {
  [path: string]: unknown;
  errors?: Record<string, { message?: string; name?: string } | undefined>;
}

export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  contentType?: string;
  data?: string;
  dataType?: 'json' | 'text';
  /** Resolve (and reject) with `{status, statusText, headers, responseText, responseJSON}` instead of the body. */
  httpCompleteResponse?: boolean;
  /** Sent through Zendesk's proxy, which replaces `{{setting.name}}` with secure settings. */
  secure?: boolean;
  headers?: Record<string, string>;
  /** false: the app handles HTTP 429 itself instead of ZAF retrying. */
  autoRetry?: boolean;
}

/**
 * What `client.request` rejects with — a plain object copied over postMessage, so without
 * `getResponseHeader` — or, with `httpCompleteResponse`, the response object for both outcomes.
 */
export interface ZafRequestFailure {
  status: number;
  statusText?: string;
  responseText?: string;
  responseJSON?: unknown;
  getResponseHeader?: (name: string) => string | null;
  headers?: Record<string, string>;
}

export interface ZafMetadata {
  appId: number;
  /** A number in Zendesk; a UUID string under `zcli apps:server`. */
  installationId: number | string;
  name: string;
  version: string;
  settings: Record<string, unknown>;
}

export interface ZafContext {
  product: string;
  location: string;
  ticketId?: number;
  instanceGuid?: string;
  account?: { subdomain?: string };
}

/** Event names the app subscribes to. */
export type ZafEventName =
  | 'app.registered'
  | 'app.activated'
  | 'ticket.save'
  | 'ticket.submit.done'
  | 'comment.text.changed'
  | 'comment.type.changed'
  | 'ticket.tags.changed'
  | 'colorScheme.changed'
  | 'trustpilot.publication';
