import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, startSession, type E2eSession, type OpenTicket } from './support/session';
import { uiText } from './support/strings';
import type { SaveResult } from './support/workspaceHandle';

// The send gate through the real SDK in Chromium: subscribed before the sidebar renders, still
// failing closed after the sidebar broke, and for channel comment types.

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

// The chunk with everything below the review card (templates, proofreading…).
const TOOLS_CHUNK = /\/ReviewTools-[\w-]+\.js$/;

async function submit(page: Page): Promise<SaveResult> {
  const before = await page.evaluate(() => window.workspace.saves.length);
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.waitForFunction((count) => window.workspace.saves.length > count, before);
  const result = await page.evaluate(() => window.workspace.saves.at(-1));
  if (!result) throw new Error('no save recorded');
  return result;
}

/** Opens a fixture with the app held back, so the test can set up the network first. */
async function openHeld(fixture: string, params: Record<string, string> = {}): Promise<OpenTicket> {
  return openFixture(session, fixture, { params: { hold: '1', ...params } });
}

describe('the send gate in the agent workspace', () => {
  it('blocks a public reply saved while the app is still starting, with the loading message', async () => {
    const ticket = await openHeld('negative-en');
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      await ticket.context.route(TOOLS_CHUNK, async (route: Route) => {
        await released;
        await route.continue();
      });
      await ticket.page.getByLabel('Reply editor').fill('Dear Sarah, sorry about the parcel.');
      await ticket.page.evaluate(() => window.workspace.start());
      await ticket.page.evaluate(() => window.workspace.ready);
      await ticket.app.getByRole('region', { name: uiText('review.heading') }).waitFor();
      const early = await submit(ticket.page);
      expect(early).toMatchObject({ blocked: true, message: uiText('gate.loading'), draft: { type: 'publicReply' } });

      // An internal note goes through at the same moment.
      await ticket.page.getByLabel('Internal note').check();
      expect(await submit(ticket.page)).toMatchObject({ blocked: false, draft: { type: 'internalNote' } });
    } finally {
      release();
      await ticket.close();
    }
  });

  it('keeps blocking after the sidebar failed (its tools could not load), and says what to do', async () => {
    const ticket = await openHeld('negative-en');
    try {
      await ticket.context.route(TOOLS_CHUNK, (route: Route) => route.abort('failed'));
      await ticket.page.evaluate(() => window.workspace.start());
      await ticket.app.getByText(uiText('app.crashTitle')).waitFor({ timeout: 15_000 });
      await expect(ticket.app.getByText(uiText('gate.crashNotice')).isVisible()).resolves.toBe(true);
      expect((await ticket.state()).subscriptions['ticket.save']).toBe(1);
      await ticket.page.getByLabel('Reply editor').fill('Dear Sarah, here is your refund.');
      expect(await submit(ticket.page)).toMatchObject({ blocked: true, message: uiText('gate.appFailed') });
    } finally {
      await ticket.close();
    }
  });

  it('gates a facebookWallReply draft like a public reply', async () => {
    const ticket = await openFixture(session, 'negative-en', { params: { publicType: 'facebookWallReply' } });
    try {
      const panel = ticket.app.getByRole('region', { name: uiText('proofread.heading') });
      await ticket.page.getByLabel('Reply editor').fill('Dear Sarah, thank you for your review.');
      await panel.getByRole('button', { name: uiText('proofread.markButton') }).waitFor();
      const saved = await submit(ticket.page);
      expect(saved).toMatchObject({
        blocked: true,
        message: uiText('gate.notProofread'),
        draft: { type: 'facebookWallReply' },
      });
      expect((await ticket.state()).comments).toBe(1);
    } finally {
      await ticket.close();
    }
  });
});
