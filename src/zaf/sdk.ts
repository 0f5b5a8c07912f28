import ZAFClient from 'zendesk_app_framework_sdk';
import type { ZafClient } from './types';

/**
 * Creates the real SDK client. Returns `false` when the page was opened outside Zendesk
 * (the SDK needs `origin` and `app_guid` in the URL).
 */
export function createSdkClient(): ZafClient | false {
  const client: unknown = ZAFClient.init();
  return client === false || client === undefined ? false : (client as ZafClient);
}
