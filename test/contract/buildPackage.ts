import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** Runs `npm run build` into a fresh temporary folder and returns it. */
export function buildIntoTemp(prefix: string): string {
  const out = mkdtempSync(join(tmpdir(), prefix));
  execFileSync('npm', ['run', 'build'], {
    cwd: repoRoot,
    env: { ...process.env, ZAF_OUT_DIR: out },
    stdio: 'pipe',
  });
  return out;
}
