// The pure-domain benchmarks (TypeScript modules written beside this one), run through Vite's
// module runner so no separate TypeScript loader is needed.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

/** Imports a TypeScript module from test/bench; null when it does not exist (yet). */
export async function importBenchModule(root, name) {
  const file = join(root, 'test/bench', name);
  if (!existsSync(file)) return null;
  const { module } = await runnerImport(file, { root, configFile: false, logLevel: 'error' });
  return module;
}

/** Runs `exportName()` from `file` if both exist; resolves `{status, value | reason}`. */
export async function runDomainBenchmark(root, file, exportName) {
  try {
    const module = await importBenchModule(root, file);
    if (!module) return { status: 'missing', reason: `test/bench/${file} does not exist` };
    if (typeof module[exportName] !== 'function')
      return { status: 'missing', reason: `test/bench/${file} has no ${exportName}()` };
    return { status: 'ok', value: await module[exportName]() };
  } catch (error) {
    return { status: 'failed', reason: String(error?.stack ?? error) };
  }
}
