import type { ZafClient } from './types';

/**
 * Where Zendesk ships the ZAF v2 SDK. `index.html` loads it with a classic script tag before the
 * app's module, as Zendesk's documentation and scaffold do: this URL receives Zendesk's patch
 * releases, which the npm package does not.
 */
export const ZENDESK_SDK_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';

/** The `ZAFClient` global the SDK script defines. */
export interface ZafSdk {
  init(callback?: (context: unknown) => void): unknown;
}

const isSdk = (value: unknown): value is ZafSdk =>
  value !== null && typeof value === 'object' && typeof (value as { init?: unknown }).init === 'function';

/** The SDK loaded by the script tag, or null when that script could not be loaded. */
export function zendeskSdk(): ZafSdk | null {
  const candidate: unknown = (globalThis as { ZAFClient?: unknown }).ZAFClient;
  return isSdk(candidate) ? candidate : null;
}

/**
 * The SDK: Zendesk's script when it loaded, otherwise the npm build of the same protocol, loaded
 * only in that case (it is an older build, so it is the fallback, not the default). Rejects when
 * neither can be loaded.
 */
export async function loadSdk(): Promise<ZafSdk> {
  const loaded = zendeskSdk();
  if (loaded) return loaded;
  console.warn(`The Zendesk Apps SDK did not load from ${ZENDESK_SDK_URL}; using the bundled copy`);
  const bundled: unknown = (await import('zendesk_app_framework_sdk')).default;
  if (!isSdk(bundled)) throw new Error('the bundled Zendesk Apps SDK has no init()');
  return bundled;
}

/**
 * Creates the SDK client. Returns `false` when the page was opened outside Zendesk
 * (the SDK needs `origin` and `app_guid` in the URL).
 */
export function createSdkClient(sdk: ZafSdk): ZafClient | false {
  const client: unknown = sdk.init();
  return client === false || client === undefined || client === null ? false : (client as ZafClient);
}
