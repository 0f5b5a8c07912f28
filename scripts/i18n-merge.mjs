#!/usr/bin/env node
// Deep-merges translation keys into translations/<locale>.json.
// Usage: node scripts/i18n-merge.mjs keys.json
// keys.json: { "en": { "ui": { ... } , "app": { ... } }, "sv": { ... }, ... }
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../translations/', import.meta.url));
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const merge = (target, source) => {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      target[key] = merge(target[key] && typeof target[key] === 'object' ? target[key] : {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
};

for (const [locale, tree] of Object.entries(input)) {
  const file = `${dir}${locale}.json`;
  let current = {};
  try {
    current = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    current = {};
  }
  writeFileSync(file, `${JSON.stringify(merge(current, tree), null, 2)}\n`);
  console.log(`merged into ${locale}.json`);
}
