import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The `ui` namespaces the review card needs before anything else; the rest load with the review tools. */
export const CORE_NAMESPACES = ['app', 'startup', 'notReview', 'review'];

const PREFIX = 'virtual:ui-strings/';
const RESOLVED = '\0ui-strings/';

/**
 * Serves `virtual:ui-strings/<locale>/<core|tools>`: a locale's UI strings from
 * `translations/<locale>.json`, split so the start-up bundle carries only what the card shows.
 * Zendesk's `app` block (settings page texts) never reaches the bundle.
 */
export function uiStrings(translationsDir: string): Plugin {
  return {
    name: 'ui-strings',
    resolveId(source) {
      return source.startsWith(PREFIX) ? RESOLVED + source.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const [locale = '', part = ''] = id.slice(RESOLVED.length).split('/');
      if (!/^[a-z]{2,3}(-\w{2,3})?$/.test(locale) || (part !== 'core' && part !== 'tools')) {
        this.error(`unknown UI strings module ${id}`);
      }
      const file = join(translationsDir, `${locale}.json`);
      this.addWatchFile(file);
      const { ui = {} } = JSON.parse(readFileSync(file, 'utf8')) as { ui?: Record<string, unknown> };
      const picked = Object.fromEntries(
        Object.entries(ui).filter(([key]) => CORE_NAMESPACES.includes(key) === (part === 'core')),
      );
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}

/**
 * The SDK falls back to a bundled Promise polyfill when `window.Promise` is missing, which no
 * browser Zendesk supports is; resolve it to the native Promise so the polyfill isn't shipped.
 */
export function nativePromiseForSdk(): Plugin {
  const id = '\0native-promise';
  return {
    name: 'native-promise-for-sdk',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './vendor/native-promise-only' && importer?.includes('zendesk_app_framework_sdk') ? id : null;
    },
    load(loaded) {
      return loaded === id ? 'export default globalThis.Promise;' : null;
    },
  };
}
