import { onInstanceEvent, triggerAt } from './instances';
import { openModal, triggerIn, type ModalSize, type ModalWindow } from './modal';
import { noteTagsRequested, takeRequestedTags } from './tagRequests';
import type { ZafClient, ZafContext, ZafEventName, ZafHandler, ZafMetadata, ZafRequestOptions } from './types';

/** The reply editor's raw values as Zendesk reports them; `failed` when Zendesk could not say. */
export type DraftRead = { failed: false; text: unknown; type: unknown; richText: unknown } | { failed: true };

/** How Zendesk should show a notice: its own notification kinds. */
export type NoticeKind = 'notice' | 'alert' | 'error';

export type { ModalSize, ModalWindow } from './modal';

/** What a batched read of top-level objects resolves with. */
export interface ObjectsRead<P extends string> {
  values: { [K in P]: unknown };
  failed: P[];
}

/**
 * Everything the app asks of Zendesk, as named operations. Features and the API layer use this,
 * never SDK paths; `createZendesk` maps each operation to the SDK's `get`/`set`/`invoke`/`request`.
 */
export interface Zendesk {
  /** One batched read of top-level objects (`ticket`, `currentUser`, `colorScheme`, …). */
  readObjects<P extends string>(paths: readonly P[]): Promise<ObjectsRead<P>>;
  /** The reply editor's text, type and whether it is a rich-text editor, in one round trip. */
  readDraft(): Promise<DraftRead>;
  /** Sets the comment type, then replaces the editor's content. */
  writeDraft(text: string, type: string): Promise<void>;
  /** Sets the comment type, then appends to the editor's content (HTML for a rich-text editor). */
  appendToDraft(content: string, format: 'html' | 'text', type: string): Promise<void>;
  /** Adds tags to the open ticket (noted, so a check after submit can see whether they were saved). */
  addTags(tags: readonly string[]): Promise<void>;
  /** Opens another ticket in the agent's workspace. */
  openTicket(id: number): Promise<void>;
  /** Sizes the iframe to a pixel height (Zendesk keeps the width). */
  resize(height: number): Promise<void>;
  /** Hides the app in this location. */
  hide(): Promise<void>;
  /** Shows one of Zendesk's own notices. */
  notify(message: string, kind: NoticeKind): Promise<void>;
  /** An HTTP request through Zendesk (session for the Support API, proxy for other hosts). */
  request(options: ZafRequestOptions): Promise<unknown>;
  /** The tags `addTags` asked for since the last call (one submit's worth), then forgotten. */
  takeRequestedTags(): string[];
  /** Triggers an event in every running instance of the app at a location; resolves how many were told. */
  tellInstances(location: string, name: string, data: unknown): Promise<number>;
  /** Triggers an event in one instance of the app (by guid); false when it cannot be reached. */
  tellInstance(guid: string, name: string, data: unknown): boolean;
  /** Opens one of the app's pages (`assets/…`) in Zendesk's modal; rejects where modals cannot be created. */
  openModal(url: string, size: ModalSize): Promise<ModalWindow>;
  /** Closes this instance (a modal closes itself this way). */
  closeSelf(): Promise<void>;
  /** Subscribes to an event another instance triggers; the returned function unsubscribes. */
  onInstanceEvent(name: string, handler: (data: unknown) => void): () => void;
  /** Subscribes to an event; the returned function unsubscribes. */
  on(event: ZafEventName, handler: ZafHandler): () => void;
  metadata(): Promise<ZafMetadata>;
  context(): Promise<ZafContext>;
}

/** What the API layer needs of Zendesk: requests only. */
export type Requester = Pick<Zendesk, 'request'>;

/** Wraps the SDK client (or a test's stand-in for it) in the app's named operations. */
export function createZendesk(client: ZafClient): Zendesk {
  const invoke = async (name: string, ...args: unknown[]): Promise<void> => {
    await client.invoke(name, ...args);
  };
  const readObjects = async <P extends string>(paths: readonly P[]): Promise<ObjectsRead<P>> => {
    const result = await client.get([...paths]);
    const errors = result.errors ?? {};
    const values = Object.create(null) as { [K in P]: unknown };
    const failed: P[] = [];
    for (const path of paths) {
      values[path] = result[path];
      if (errors[path] !== undefined) failed.push(path);
    }
    return { values, failed };
  };
  return {
    readObjects,
    async readDraft() {
      const { values, failed } = await readObjects(['comment.text', 'comment.type', 'comment.useRichText']);
      if (failed.includes('comment.text') || failed.includes('comment.type')) return { failed: true };
      return {
        failed: false,
        text: values['comment.text'],
        type: values['comment.type'],
        richText: values['comment.useRichText'],
      };
    },
    async writeDraft(text, type) {
      await client.set('comment.type', type);
      await client.set('comment.text', text);
    },
    async appendToDraft(content, format, type) {
      await client.set('comment.type', type);
      await invoke(format === 'html' ? 'comment.appendHtml' : 'comment.appendText', content);
    },
    addTags(tags) {
      noteTagsRequested(client, tags);
      return invoke('ticket.tags.add', [...tags]);
    },
    openTicket: (id) => invoke('routeTo', 'ticket', id),
    resize: (height) => invoke('resize', { width: '100%', height: `${Math.ceil(height)}px` }),
    hide: () => invoke('hide'),
    notify: (message, kind) => invoke('notify', message, kind),
    takeRequestedTags: () => takeRequestedTags(client),
    tellInstances: (location, name, data) => triggerAt(client, location, name, data),
    tellInstance: (guid, name, data) => triggerIn(client, guid, name, data),
    openModal: (url, size) => openModal(client, url, size),
    closeSelf: () => invoke('destroy'),
    onInstanceEvent: (name, handler) => onInstanceEvent(client, name, handler),
    request: (options) => client.request(options),
    on(event, handler) {
      client.on(event, handler);
      return () => client.off(event, handler);
    },
    metadata: () => client.metadata(),
    context: () => client.context(),
  };
}
