// A picture of the workspace with the app on a fixture ticket, for the README.

import { launchChromium } from './chromium.mjs';
import { serveZafSdk } from './zafSdk.mjs';

const quiet = async (page, ms = 600) => {
  let count = -1;
  let since = Date.now();
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await page.waitForTimeout(50)) {
    const now = await page.evaluate(() => window.workspace.log.length);
    if (now !== count) [count, since] = [now, Date.now()];
    else if (Date.now() - since >= ms) return;
  }
};

/** Opens `fixture` in the workspace (optionally submits `draft`) and saves a screenshot of the page to `file`. */
export async function takeScreenshot(workspace, { file, fixture, scheme = 'light', draft = null }) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, colorScheme: scheme });
    await serveZafSdk(context);
    const page = await context.newPage();
    const url = new URL(workspace.url);
    url.searchParams.set('fixture', fixture);
    url.searchParams.set('scheme', scheme);
    await page.goto(url.toString());
    await page.waitForFunction(() => 'workspace' in window);
    await page.evaluate(() => window.workspace.ready);
    await quiet(page);
    // A draft that has not been proofread yet, submitted: the picture shows the save gate at work.
    if (draft) {
      await page.fill('#comment', draft);
      await page.click('#submit');
      await page.waitForFunction(() => window.workspace.saves.length > 0);
      await quiet(page);
    }
    await page.screenshot({ path: file });
  } finally {
    await browser.close();
  }
}
