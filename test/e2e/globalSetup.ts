import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildApp } from './workspace/build.mjs';

/** Builds the app once for the whole e2e run; the test files read the folder with inject('e2eDistDir'). */
export default async function setup(project: TestProject): Promise<() => void> {
  const distDir = await buildApp();
  project.provide('e2eDistDir', distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
