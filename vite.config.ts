import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { nativePromiseForSdk, slimDependencies, uiStrings, validatorSafeText } from './scripts/vitePlugins.ts';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

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
      // The sidebar, the background location that follows sent replies on Trustpilot, and the
      // template manager that the sidebar opens in Zendesk's modal.
      input: {
        index: here('./src/index.html'),
        background: here('./src/background.html'),
        manager: here('./src/manager.html'),
      },
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
