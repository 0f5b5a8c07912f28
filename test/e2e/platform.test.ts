import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, startSession, waitForQuiet, type E2eSession } from './support/session';
import { waitForSidebar } from './support/sidebar';
import { ZENDESK_SDK_URL } from './workspace/zafSdk.mjs';

// How the built app meets the platform: the SDK from Zendesk's URL (or the bundled copy when that
// fails) and the colour scheme when Zendesk only answers `client.get('colorScheme')`.

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const maxChannel = (rgb: string): number => Math.max(...(rgb.match(/\d+/g)?.map(Number) ?? [255]));

describe('the SDK as Zendesk ships it', () => {
  it("loads the SDK from Zendesk's URL with a classic script before the app's module", async () => {
    const ticket = await openFixture(session, 'negative-en');
    try {
      await waitForSidebar(ticket, 'negative-en');
      const scripts = await ticket.frame.evaluate(() =>
        [...document.querySelectorAll('script')].map((script) => ({ src: script.getAttribute('src'), type: script.type })),
      );
      expect(scripts[0]).toEqual({ src: ZENDESK_SDK_URL, type: '' });
      expect(scripts[1]?.type).toBe('module');
      const loaded = await ticket.frame.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      expect(loaded).toContain(ZENDESK_SDK_URL);
      // The bundled copy is only fetched when Zendesk's script failed.
      expect(loaded.filter((name) => /\/lib-[\w-]+\.js$/.test(name))).toEqual([]);
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it("falls back to the bundled SDK when Zendesk's script cannot be loaded", async () => {
    const ticket = await openFixture(session, 'negative-en', { sdkUnreachable: true });
    try {
      await waitForSidebar(ticket, 'negative-en');
      await expect(ticket.app.getByRole('heading', { name: 'Trustpilot review' }).isVisible()).resolves.toBe(true);
      const loaded = await ticket.frame.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      expect(loaded.some((name) => /\/lib-[\w-]+\.js$/.test(name))).toBe(true);
    } finally {
      await ticket.close();
    }
  });
});

describe('the colour scheme', () => {
  it('asks Zendesk for the scheme when the iframe URL has none, and shows dark mode', async () => {
    const ticket = await openFixture(session, 'negative-en', { scheme: 'dark', params: { schemeVia: 'get' } });
    try {
      await waitForSidebar(ticket, 'negative-en');
      await waitForQuiet(ticket.page);
      expect(await ticket.frame.evaluate(() => window.location.search)).not.toContain('colorScheme');
      const gets = (await ticket.page.evaluate(() => window.workspace.log))
        .filter((entry) => entry.direction === 'app→host' && entry.data.request === 'get')
        .map((entry) => entry.data.params);
      expect(gets).toContainEqual(['colorScheme']);
      await ticket.frame.waitForFunction(() => {
        const channels = getComputedStyle(document.body).backgroundColor.match(/\d+/g)?.map(Number) ?? [255];
        return Math.max(...channels) < 60;
      });
      expect(maxChannel(await ticket.frame.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBeLessThan(60);
    } finally {
      await ticket.close();
    }
  });
});
