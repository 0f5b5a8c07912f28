import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures } from './workspace/server.mjs';
import { findViolations } from './support/axe';
import { screenshotDir, screenshotSidebar } from './support/screenshots';
import { openFixture, startSession, type E2eSession } from './support/session';
import { waitForSidebar } from './support/sidebar';

// Every fixture, light and dark: axe-core finds nothing in the rendered sidebar, and a
// screenshot of the sidebar at its real width is kept for people to look at.

const fixtures = await listFixtures();
const shots = screenshotDir();
let session: E2eSession;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
  console.log(`Sidebar screenshots: ${shots}`);
});

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
const luminance = (rgb: string): number => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe.each(['light', 'dark'] as const)('the sidebar in the %s scheme', (scheme) => {
  it.each(fixtures.map((fixture) => [fixture.id]))('%s has no accessibility violations', async (id) => {
    const ticket = await openFixture(session, id, { scheme });
    try {
      await waitForSidebar(ticket, id);
      await screenshotSidebar(ticket.page, join(shots, `${id}-${scheme}.png`));
      expect(await findViolations(ticket.frame)).toEqual([]);
      const background = await ticket.frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
      if (scheme === 'dark') expect(luminance(background)).toBeLessThan(0.1);
      else expect(luminance(background)).toBeGreaterThan(0.8);
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });
});
