// The ZAF SDK as the browser tests serve it at Zendesk's URL (browsers here have no network): the
// npm package `zendesk_app_framework_sdk`, built the way Zendesk ships its script — one minified
// classic script that defines the `ZAFClient` global. Same protocol as Zendesk's current build.

import { createRequire } from 'node:module';
import { build } from 'vite';

/** Where Zendesk ships the SDK; `src/index.html` loads it from here. */
export const ZENDESK_SDK_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';

let built = null;

/** The SDK as one minified classic script (built once per process). */
export function zafSdkScript() {
  built ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('zendesk_app_framework_sdk');
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        target: 'es2015',
        lib: { entry, formats: ['iife'], name: 'ZAFClient', fileName: () => 'zaf_sdk.min.js' },
      },
    });
    const results = Array.isArray(output) ? output : [output];
    const chunk = results
      .flatMap((result) => ('output' in result ? result.output : []))
      .find((item) => item.type === 'chunk');
    if (!chunk) throw new Error('building the ZAF SDK test double produced no script');
    return chunk.code;
  })();
  return built;
}

/**
 * Answers requests for Zendesk's SDK URL in a Playwright browser context with the test double,
 * or fails them (`{ fail: true }`) to show how the app copes when the script cannot be loaded.
 */
export async function serveZafSdk(context, { fail = false } = {}) {
  const body = await zafSdkScript();
  await context.route(ZENDESK_SDK_URL, (route) =>
    fail
      ? route.abort('connectionfailed')
      : route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body }),
  );
}
