#!/usr/bin/env node
// `npm run package`: the zip an admin uploads to Zendesk (Admin Center › Apps › Upload private
// app), made from the built package in dist/ (or ZAF_OUT_DIR) without what only local runs need:
// zcli.apps.config.json (sample settings for `zcli apps:server`). Written to release/ (or
// ZAF_PACKAGE_FILE).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = resolve(process.env.ZAF_OUT_DIR ?? join(root, 'dist'));
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const target = resolve(process.env.ZAF_PACKAGE_FILE ?? join(root, 'release', `${name}-${version}.zip`));

/** Files only local runs use; never uploaded. */
export const LOCAL_ONLY = ['zcli.apps.config.json'];

const walk = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? walk(join(dir, entry)) : [join(dir, entry)]));

const files = walk(out)
  .map((file) => relative(out, file).split(sep).join('/'))
  .filter((file) => !LOCAL_ONLY.includes(file) && !file.endsWith('.zip'));
for (const required of ['manifest.json', 'assets/index.html', 'translations/en.json']) {
  if (!files.includes(required)) {
    console.error(`${out} has no ${required}: run npm run build first`);
    process.exit(1);
  }
}

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, zip(files.map((file) => ({ name: file, data: readFileSync(join(out, file)) }))));
console.log(`Upload package: ${target} (${files.length} files)`);
