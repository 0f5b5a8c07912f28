import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../../src');

/** Source files reached from `entry` through value imports (type-only imports are erased in the build). */
function reachedFrom(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, typeOnly, spec] of source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)';/gms)) {
      if (typeOnly || !spec) continue;
      const base = resolve(dirname(file), spec);
      const candidates = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
      const found = candidates.find((candidate) => existsSync(candidate));
      if (found) visit(found);
    }
  };
  visit(resolve(SRC, entry));
  return [...seen].map((file) => relative(SRC, file).replaceAll('\\', '/'));
}

describe('the review parsing path', () => {
  // The card paints from the start-up bundle; the analysis word lists load with the review tools.
  const reached = reachedFrom('domain/review/parseReview.ts');

  it('reads the core lexicons', () => {
    expect(reached).toContain('domain/language/lexicons/index.ts');
    expect(reached).toContain('domain/language/lexicons/en.ts');
  });

  it('does not import the analysis lexicons or detectors', () => {
    expect(reached.filter((file) => /^domain\/language\/(analysis|detect)\/|findWords/.test(file))).toEqual([]);
  });
});
