// Zendesk's side of the ZAF v2 postMessage protocol, as the SDK (lib/client.js) speaks it:
//   app → host  {key:'iframe.handshake'} | {key:'iframe.on:<event>', message:{subscriberCount}}
//               {id, request:'get'|'set'|'invoke', params} | {key:'request:N', message: options}
//               {key:'iframe.reply:<hook>', error?:{msg}}
//   host → app  {key:'zaf.app.registered', message:{metadata, context}} | {id, result}
//               {key:'zaf.<event>', message} | {key:'zaf.<hook>', needsReply:true}
//               {key:'zaf.request:N.done'|'.fail', message:{responseArgs:[...]}}
// Every message is a JSON string, and each side checks the other's origin.

const now = () => performance.timeOrigin + performance.now();

export class ZafHost {
  /**
   * options: { frame (iframe element), appOrigin, appGuid, registration() → {metadata, context},
   *            api {get,set,invoke}, rest {request(options) → Promise<{ok, args}>}, onLog(entry) }
   */
  constructor(options) {
    Object.assign(this, options);
    this.subscriptions = new Map();
    this.pendingHooks = new Map();
    this.registered = false;
    this.onRegistered = () => undefined;
    this.onSubscribed = () => undefined;
    this.seq = 0;
    this.listener = (event) => this.receive(event);
    window.addEventListener('message', this.listener);
  }

  /** Forgets the previous app instance's subscriptions before the iframe navigates again. */
  reset() {
    this.subscriptions.clear();
    this.registered = false;
    for (const pending of this.pendingHooks.values())
      pending.resolve({ blocked: true, message: 'The app was reloaded.', timedOut: true });
    this.pendingHooks.clear();
  }

  log(direction, data, note) {
    this.onLog({ seq: (this.seq += 1), at: now(), direction, data, note });
  }

  send(message) {
    const target = this.frame.contentWindow;
    if (!target) return;
    this.log('host→app', message);
    target.postMessage(JSON.stringify(message), this.appOrigin);
  }

  receive(event) {
    if (event.source !== this.frame.contentWindow) return;
    if (event.origin !== this.appOrigin) {
      this.log('app→host', event.data, `ignored: origin ${event.origin} is not the app's`);
      return;
    }
    let data;
    try {
      data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    } catch {
      this.log('app→host', event.data, 'ignored: not JSON');
      return;
    }
    this.log('app→host', data);
    this.dispatch(data ?? {});
  }

  dispatch(data) {
    const key = typeof data.key === 'string' ? data.key : '';
    if (key === 'iframe.handshake') return this.register();
    if (key.startsWith('iframe.on:') || key.startsWith('iframe.off:')) {
      const name = key.slice(key.indexOf(':') + 1);
      const first = !this.subscribed(name);
      this.subscriptions.set(name, Number(data.message?.subscriberCount ?? 0));
      if (first && this.subscribed(name)) this.onSubscribed(name);
      return undefined;
    }
    if (key.startsWith('iframe.reply:')) return this.settleHook(key.slice('iframe.reply:'.length), data.error);
    if (/^request:\d+$/.test(key)) return this.request(key, data.message ?? {});
    if (data.id !== undefined && ['get', 'set', 'invoke'].includes(data.request)) return this.call(data);
    if (key.startsWith('iframe.trigger:'))
      return this.onTrigger?.(key.slice('iframe.trigger:'.length), data.message, data.instanceGuid);
    if (key.startsWith('iframe.')) return undefined;
    this.log('app→host', data, 'not understood');
    return undefined;
  }

  register() {
    this.registered = true;
    this.send({ key: 'zaf.app.registered', message: this.registration() });
    this.onRegistered();
  }

  call({ id, request, params }) {
    try {
      const result = this.api[request](params ?? (request === 'get' ? [] : {}));
      this.send({ id, result });
    } catch (error) {
      this.send({ id, error: { name: 'Error', message: String(error?.message ?? error) } });
    }
  }

  async request(key, options) {
    const { ok, args } = await this.rest.request(options);
    this.send({ key: `zaf.${key}.${ok ? 'done' : 'fail'}`, message: { responseArgs: args } });
  }

  /** True when the app listens to the event (Zendesk only sends what was subscribed). */
  subscribed(name) {
    return (this.subscriptions.get(name) ?? 0) > 0;
  }

  /** Fires an event the app subscribed to; returns whether it was sent. */
  fire(name, message) {
    if (!this.subscribed(name)) return false;
    this.send({ key: `zaf.${name}`, message });
    return true;
  }

  /**
   * Runs a hook (`ticket.save`) and waits for the app's reply. Resolves with
   * `{blocked, message, ms, subscribed, timedOut}`; an app that is not subscribed never blocks.
   */
  runHook(name, timeoutMs) {
    const started = now();
    if (!this.subscribed(name))
      return Promise.resolve({ blocked: false, message: null, ms: 0, subscribed: false, timedOut: false });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pendingHooks.delete(name);
        resolve({ blocked: true, message: null, ms: now() - started, subscribed: true, timedOut: true });
      }, timeoutMs);
      this.pendingHooks.set(name, {
        resolve: (outcome) => {
          clearTimeout(timer);
          resolve({ ms: now() - started, subscribed: true, timedOut: false, ...outcome });
        },
      });
      this.send({ key: `zaf.${name}`, needsReply: true });
    });
  }

  settleHook(name, error) {
    const pending = this.pendingHooks.get(name);
    if (!pending) return;
    this.pendingHooks.delete(name);
    if (error === undefined || error === null) pending.resolve({ blocked: false, message: null });
    else
      pending.resolve({ blocked: true, message: typeof error.msg === 'string' && error.msg !== '' ? error.msg : null });
  }
}
