// Lint rules, including the import rules that keep the layers apart:
//   app → features → (api, zaf, i18n, ui) → domain; only src/zaf imports the SDK;
//   a feature is used from outside through its index.ts; tests may import anything.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const folders = (path) =>
  readdirSync(new URL(path, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

const features = folders('./src/features/');
const topLevel = folders('./src/');

/** Each feature's files are private to it; others go through its index.ts. */
const featureZones = features.map((feature) => ({
  target: [
    ...topLevel.filter((name) => name !== 'features').map((name) => `./src/${name}/**`),
    ...features.filter((other) => other !== feature).map((other) => `./src/features/${other}/**`),
    './src/*.ts',
    './src/*.tsx',
  ],
  from: `./src/features/${feature}`,
  except: ['./index.ts'],
  message: `Use the ${feature} feature through src/features/${feature}/index.ts.`,
}));

const layerZones = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'src/domain is pure: it imports nothing outside itself.',
  },
  ...['zaf', 'api', 'i18n'].map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/app', './src/features'],
    message: `src/${layer} sits below the features and the app.`,
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import the app shell.',
  },
  {
    target: './src/lib',
    from: './src',
    except: ['./lib'],
    message: 'src/lib holds small helpers of the language only: it imports nothing of the app.',
  },
  {
    target: './src/ui',
    from: ['./src/app', './src/features', './src/zaf', './src/api'],
    message: 'src/ui holds layout primitives only: they know nothing of Zendesk or the features.',
  },
];

const PORT_MESSAGE = "Use Zendesk through the port's named operations (src/zaf/port.ts, useZendesk()).";

/** Only src/zaf talks to the SDK; the rest of the app uses the port's named operations. */
const sdkOnlyInZaf = (allowClient) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'zendesk_app_framework_sdk', message: 'Only src/zaf talks to the Zendesk SDK.' }],
      patterns: [
        { group: ['**/zaf/instances', '**/zaf/tagRequests'], message: PORT_MESSAGE },
        ...(allowClient
          ? []
          : [
              { group: ['**/zaf/sdk'], message: PORT_MESSAGE },
              { group: ['**/zaf/types'], importNames: ['ZafClient'], message: PORT_MESSAGE },
            ]),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'test-results/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      // The rules of hooks; the React Compiler's stricter checks do not apply (the app does not use it).
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      ...sdkOnlyInZaf(false),
    },
  },
  {
    // The entry points start the SDK and hand its client to the send gate and the provider.
    files: ['src/main.tsx', 'src/background.ts', 'src/manager.tsx', 'src/app/App.tsx'],
    rules: sdkOnlyInZaf(true),
  },
  {
    files: ['src/zaf/**'],
    rules: {
      'no-restricted-imports': 'off',
      // Zendesk's save hook takes a thrown string as the message it shows the agent.
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Tests fake the SDK's loosely typed surfaces on purpose, and ZAF rejects with plain objects.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/only-throw-error': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      // Vitest's asymmetric matchers (expect.any, expect.stringMatching) and parsed JSON bodies are `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**/*.ts', 'vite.config.ts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node, ...globals.browser },
    },
  },
  prettier,
);
