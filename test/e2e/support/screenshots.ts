import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the e2e run writes its screenshots (E2E_SCREENSHOTS overrides test-results/e2e-screenshots). */
export function screenshotDir(): string {
  const dir = resolve(
    process.env.E2E_SCREENSHOTS ?? join(import.meta.dirname, '..', '..', '..', 'test-results', 'e2e-screenshots'),
  );
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Saves the sidebar (header, app iframe, notices) as a PNG. The viewport is first made tall
 * enough for all of it: Chromium paints an out-of-process iframe only where it is on screen.
 */
export async function screenshotSidebar(page: Page, path: string): Promise<void> {
  const sidebar = page.locator('#sidebar-content');
  const box = await sidebar.boundingBox();
  const height = Math.ceil((box?.y ?? 0) + (box?.height ?? 0)) + 40;
  const viewport = page.viewportSize() ?? { width: 1280, height: 1000 };
  if (height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height: Math.min(height, 8000) });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  await sidebar.screenshot({ path });
}
