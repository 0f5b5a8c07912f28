import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the e2e run writes its screenshots (E2E_SCREENSHOTS overrides test-results/e2e-screenshots). */
export function screenshotDir(): string {
  const dir = resolve(process.env.E2E_SCREENSHOTS ?? join(import.meta.dirname, '..', '..', '..', 'test-results', 'e2e-screenshots'));
  mkdirSync(dir, { recursive: true });
  return dir;
}
