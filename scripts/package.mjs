#!/usr/bin/env node
// Completes the Zendesk package after `vite build` wrote <out>/assets:
// manifest.json, translations/<locale>.json (the `app` block Zendesk reads) and
// zcli.apps.config.json (a value for every parameter, so `zcli apps:server` never prompts).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = resolve(process.env.ZAF_OUT_DIR ?? join(root, 'dist'));

const manifest = JSON.parse(readFileSync(join(root, 'zendesk/manifest.json'), 'utf8'));
const config = JSON.parse(readFileSync(join(root, 'zendesk/zcli.apps.config.json'), 'utf8'));

const missing = (manifest.parameters ?? [])
  .map((parameter) => parameter.name)
  .filter((name) => !Object.prototype.hasOwnProperty.call(config.parameters ?? {}, name));
if (missing.length > 0) {
  console.error(`zendesk/zcli.apps.config.json lacks a value for: ${missing.join(', ')}`);
  process.exit(1);
}

mkdirSync(join(out, 'translations'), { recursive: true });
copyFileSync(join(root, 'zendesk/manifest.json'), join(out, 'manifest.json'));
copyFileSync(join(root, 'zendesk/zcli.apps.config.json'), join(out, 'zcli.apps.config.json'));

// The UI strings are bundled into the app; Zendesk only reads the `app` block.
for (const file of readdirSync(join(root, 'translations')).filter((name) => name.endsWith('.json'))) {
  const { app } = JSON.parse(readFileSync(join(root, 'translations', file), 'utf8'));
  if (app) writeFileSync(join(out, 'translations', file), `${JSON.stringify({ app }, null, 2)}\n`);
}

console.log(`Zendesk package ready in ${out}`);
