// Builds the app exactly as `npm run build` does (vite build, then scripts/package.mjs), into
// any folder, so tests and benchmarks exercise the real package without touching dist/.

import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../..', import.meta.url));

function run(args, env) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolveRun(output) : reject(new Error(`${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

/** Builds the Zendesk package into `outDir` (a new temporary folder when omitted); resolves the folder. */
export async function buildApp(outDir) {
  const out = outDir ?? (await mkdtemp(join(tmpdir(), 'trustpilot-app-')));
  // A production build whatever the caller's NODE_ENV (Vitest sets 'test', which would bundle React's development build).
  const env = { NODE_ENV: 'production', ZAF_OUT_DIR: out };
  await run([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], env);
  await run([join(root, 'scripts/package.mjs')], env);
  return out;
}
