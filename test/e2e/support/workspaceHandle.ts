/** What `window.workspace` on the workspace page offers (see workspace/page/main.js). */
export interface LogEntry {
  seq: number;
  /** Epoch milliseconds (performance.timeOrigin + now), comparable across frames. */
  at: number;
  direction: 'app→host' | 'host→app';
  data: ProtocolMessage;
  note?: string;
}

export interface ProtocolMessage {
  id?: number | string;
  key?: string;
  request?: 'get' | 'set' | 'invoke';
  params?: unknown;
  message?: unknown;
  result?: Record<string, unknown> & { errors?: Record<string, { name?: string; message?: string }> };
  error?: unknown;
  needsReply?: boolean;
}

export interface HookOutcome {
  blocked: boolean;
  message: string | null;
  ms: number;
  subscribed: boolean;
  timedOut: boolean;
}

export interface SaveResult extends HookOutcome {
  draft: { type: 'publicReply' | 'internalNote'; text: string; html: string };
  tags: string[];
}

export interface WorkspaceState {
  ticketId: number;
  tags: string[];
  status: string;
  commentHtml: string;
  commentText: string;
  commentType: 'publicReply' | 'internalNote';
  comments: number;
  hidden: boolean;
  height: number | null;
  subscriptions: Record<string, number>;
  settings: Record<string, unknown>;
}

/** A request the Trustpilot API imitation received (workspace/page/trustpilot.js). */
export interface TrustpilotRequest {
  at: number;
  method: string;
  path: string;
  secure: boolean;
  apikey: string | null;
}

export interface TrustpilotImitation {
  requests: TrustpilotRequest[];
  scenario: string;
  setScenario(scenario: string): void;
}

export interface WorkspaceHandle {
  fixture: string;
  appOrigin: string;
  appGuid: string;
  log: LogEntry[];
  saves: SaveResult[];
  ready: Promise<void>;
  navigatedAt: number;
  registeredAt: number;
  submit(): Promise<SaveResult>;
  runHook(name?: string): Promise<HookOutcome>;
  fire(name: string, message?: unknown): boolean;
  failNext(route: string, status: number, options?: { times?: number; retryAfter?: number }): void;
  setScheme(scheme: 'light' | 'dark'): void;
  reloadApp(): void;
  /** Loads the app when the page was opened with `?hold=1`. */
  start(): void;
  /** Replaces the requester's earlier tickets with search result records. */
  setHistory(records: unknown[]): void;
  /** The Trustpilot API imitation (`?trustpilot=<scenario>`). */
  trustpilot: TrustpilotImitation;
  /** The agent leaves the ticket: the sidebar closes, the background location keeps running. */
  closeSidebar(): void;
  /** The app's background location (loaded when the Trustpilot switch is on). */
  background: {
    guid: string;
    log: LogEntry[];
    updates: { at: number; ticket: { comment?: { body?: string; public?: boolean }; additional_tags?: string[] } }[];
  };
  /** The app's modal location (instances.create from the sidebar). */
  modals: {
    /** Guids of the open modals, oldest first. */
    open(): string[];
    /** Zendesk closes a modal (its × or Esc); the newest when no guid is given. */
    close(guid?: string): void;
    /** Guids of the modals closed so far. */
    closed: string[];
    log: (LogEntry & { guid: string })[];
  };
  /** The notices Zendesk showed (`notify`), as "kind: message". */
  notices(): string[];
  state(): WorkspaceState;
  /** The account's views and triggers, in the Support API's shapes. */
  rules(): { view: RuleRecord[]; trigger: RuleRecord[] };
  /** Edits a view or trigger as an admin would in Admin Center. */
  editRule(kind: 'view' | 'trigger', id: number, patch: Partial<RuleRecord>): RuleRecord;
}

/** A view or trigger as the imitated Support API lists it. */
export interface RuleRecord {
  id: number;
  title: string;
  description: string | null;
  active: boolean;
  conditions: {
    all: { field: string; operator: string; value: unknown }[];
    any: { field: string; operator: string; value: unknown }[];
  };
  execution?: { sort_by: string; sort_order: string; columns: { id: string; title: string }[] };
  actions?: { field: string; value: unknown }[];
}

declare global {
  interface Window {
    workspace: WorkspaceHandle;
  }
}
