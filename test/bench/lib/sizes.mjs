// Sizes of what the built app loads: the start-up graph read from dist/ (index.html, then the
// static imports of each chunk) and everything else as lazily loaded chunks, gzip-compressed.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipSize = (file) => gzipSync(readFileSync(file)).length;

/** `./name.js` references of the static imports in a built chunk (not `import()`). */
function staticImports(code) {
  const found = new Set();
  const pattern = /(?:\bimport|\bexport)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["']\.\/([\w.-]+\.(?:js|css))["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** Start-up and lazy files of the package in `distDir`, each with its raw and gzip size. */
export function measureSizes(distDir) {
  const assets = join(distDir, 'assets');
  const html = readFileSync(join(assets, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\.\/([\w.-]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
  const startup = new Set();
  const queue = [...entry];
  while (queue.length > 0) {
    const name = queue.shift();
    if (startup.has(name)) continue;
    startup.add(name);
    if (name.endsWith('.js')) queue.push(...staticImports(readFileSync(join(assets, name), 'utf8')));
  }
  const files = readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => ({
      name,
      bytes: readFileSync(join(assets, name)).length,
      gzip: gzipSize(join(assets, name)),
      startup: startup.has(name),
    }));
  const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
  const pick = (startupFlag, ext) => files.filter((file) => file.startup === startupFlag && file.name.endsWith(ext));
  return {
    files,
    startupJs: { gzip: sum(pick(true, '.js'), 'gzip'), bytes: sum(pick(true, '.js'), 'bytes') },
    startupCss: { gzip: sum(pick(true, '.css'), 'gzip'), bytes: sum(pick(true, '.css'), 'bytes') },
    lazy: files.filter((file) => !file.startup),
  };
}
