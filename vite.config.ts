import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { nativePromiseForSdk, slimDependencies, uiStrings, validatorSafeText } from './scripts/vitePlugins.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * `manager.html`, the page the sidebar opens in Zendesk's modal for the template manager: the
 * sidebar's built page marked `data-page="manager"`, on which main.tsx loads the manager's chunk.
 * One entry for both pages keeps the sidebar's start-up code in one chunk; a second entry would
 * split the modules the two share into more, and larger, start-up chunks.
 */
function managerPage(): Plugin {
  return {
    name: 'manager-page',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return this.error('the sidebar page index.html was not built');
      const html = String(index.source)
        .replace(/<html lang="en">/, '<html lang="en" data-page="manager">')
        .replace(/<title>([^<]*)<\/title>/, '<title>$1 · template manager</title>');
      if (!html.includes('data-page="manager"')) return this.error('index.html has no <html lang="en"> to mark');
      this.emitFile({ type: 'asset', fileName: 'manager.html', source: html });
    },
  };
}

/**
 * The app is built from `src/` into `dist/assets/` (relative URLs, as Zendesk serves the
 * package from its own CDN path); `scripts/package.mjs` then completes the Zendesk package.
 * `ZAF_OUT_DIR` lets tests build into a temporary folder.
 */
export default defineConfig({
  root: here('./src'),
  base: './',
  publicDir: here('./zendesk/assets'),
  plugins: [
    react(),
    uiStrings(here('./translations')),
    nativePromiseForSdk(),
    slimDependencies(here('./scripts/slim')),
    validatorSafeText(),
    managerPage(),
  ],
  build: {
    outDir: process.env.ZAF_OUT_DIR ? `${process.env.ZAF_OUT_DIR}/assets` : here('./dist/assets'),
    emptyOutDir: true,
    assetsDir: '.',
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // The sidebar, and the background location that follows sent replies on Trustpilot. (The
      // template manager's modal page is the sidebar's page under another name: see managerPage.)
      input: { index: here('./src/index.html'), background: here('./src/background.html') },
    },
  },
  test: {
    root: here('.'),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // Property tests run hundreds of cases; give them room on a busy machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        resolve: { mainFields: ['browser', 'module', 'main'] },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
          // Rendering Garden in jsdom is CPU-bound: leave room for a busy 2-core machine.
          testTimeout: 20_000,
          // Run styled-components' browser build (and Garden through it) so styles reach jsdom's CSSOM.
          server: { deps: { inline: [/@zendeskgarden\//, 'styled-components'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'contract',
          environment: 'node',
          include: ['test/contract/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
