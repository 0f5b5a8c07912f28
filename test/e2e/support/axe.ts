import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Frame } from 'playwright-core';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One axe violation, flattened so a failing test shows what and where. */
export interface Violation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core (all rules but experimental ones) on the document in the frame. */
export async function findViolations(frame: Frame): Promise<Violation[]> {
  await frame.addScriptTag({ path: axeScript });
  return frame.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof AxeCore };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    }));
  });
}
