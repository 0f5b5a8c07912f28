import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, startSession, waitForQuiet, type E2eSession } from './support/session';
import { openSection, waitForSidebar } from './support/sidebar';
import { uiText } from './support/strings';
import type { ProtocolMessage } from './support/workspaceHandle';

// The built app with the real SDK in Chromium, at the sidebar's width: start-up, hiding,
// saves that must never be blocked, and the colour scheme.

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const appMessages = (log: { direction: string; data: ProtocolMessage }[]): ProtocolMessage[] =>
  log.filter((entry) => entry.direction === 'app→host').map((entry) => entry.data);

describe('the app in the agent workspace', () => {
  it('reads the ticket and the agent in one get round trip, then sizes itself to its content', async () => {
    const ticket = await openFixture(session, 'negative-en');
    try {
      await waitForQuiet(ticket.page);
      const messages = appMessages(await ticket.page.evaluate(() => window.workspace.log));
      expect(messages[0]?.key).toBe('iframe.handshake');
      const calls = messages.filter((message) => message.request !== undefined);
      const firstResize = calls.findIndex(
        (call) => call.request === 'invoke' && JSON.stringify(call.params).includes('"resize"'),
      );
      expect(calls.slice(0, firstResize).map((call) => [call.request, call.params])).toEqual([
        ['get', ['ticket', 'currentUser']],
      ]);
      expect(calls[firstResize]?.params).toEqual({
        resize: [{ width: '100%', height: expect.stringMatching(/^\d+px$/) }],
      });
      const { height } = await ticket.state();
      const contentHeight = await ticket.frame.evaluate(() =>
        Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 0),
      );
      expect(height).toBe(contentHeight);
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it('hides itself on a ticket that is not a review, and never blocks its save', async () => {
    const ticket = await openFixture(session, 'not-a-review');
    try {
      await waitForQuiet(ticket.page);
      expect((await ticket.state()).hidden).toBe(true);
      await expect(ticket.page.getByText('The app hid itself on this ticket').isVisible()).resolves.toBe(true);

      await ticket.page.getByLabel('Reply editor').fill('Hello Henrik,\nthe invoice with your VAT number is attached.');
      await ticket.page.getByRole('button', { name: 'Submit' }).click();
      await ticket.page.getByText('Saved with a public reply').waitFor();
      const [save] = await ticket.page.evaluate(() => window.workspace.saves);
      expect(save?.blocked).toBe(false);
      expect(save?.tags).toEqual(['billing', 'invoice']);
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it('never blocks an internal note on a review', async () => {
    const ticket = await openFixture(session, 'negative-en');
    try {
      await waitForQuiet(ticket.page);
      await ticket.page.getByLabel('Internal note').check();
      await ticket.page.getByLabel('Reply editor').fill('@Jonas can you check with the courier where NH-48213 went?');
      await ticket.page.getByRole('button', { name: 'Submit' }).click();
      await ticket.page.getByText('Saved with an internal note').or(ticket.page.getByText('Save blocked')).waitFor();
      const [save] = await ticket.page.evaluate(() => window.workspace.saves);
      expect(save).toMatchObject({ blocked: false, draft: { type: 'internalNote' } });
      expect((await ticket.state()).commentText).toBe('');
    } finally {
      await ticket.close();
    }
  });

  it("follows Zendesk's colour scheme when the agent switches to dark mode", async () => {
    const ticket = await openFixture(session, 'negative-en');
    try {
      await waitForQuiet(ticket.page);
      const background = () => ticket.frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      await ticket.page.getByLabel('Colour scheme').selectOption('dark');
      await ticket.frame.waitForFunction((before) => getComputedStyle(document.body).backgroundColor !== before, light);
      const channel = (await background()).match(/\d+/g)?.map(Number) ?? [];
      expect(Math.max(...channel)).toBeLessThan(60);
    } finally {
      await ticket.close();
    }
  });

  it("shows the reviewer's history after waiting out a 429 with Retry-After", async () => {
    const ticket = await openFixture(session, 'negative-en', { params: { fault: 'search:429' } });
    try {
      await waitForSidebar(ticket, 'negative-en');
      // The summary stays visible; the list is one click away.
      await openSection(ticket, /^Other tickets \(\d+\)$/);
      const list = ticket.app.getByRole('list', { name: uiText('history.listLabel') });
      await list.getByText('Where is my order NH-48213?').waitFor({ timeout: 15_000 });
      await expect(list.getByText('Delivery date for dining set').isVisible()).resolves.toBe(true);
      await expect(list.getByText('Parcel lost and nobody answers my emails').count()).resolves.toBe(0);
      const searches = appMessages(await ticket.page.evaluate(() => window.workspace.log)).filter(
        (message) =>
          /^request:\d+$/.test(message.key ?? '') &&
          String((message.message as { url?: string }).url).startsWith('/api/v2/search.json'),
      );
      expect(searches).toHaveLength(2);
    } finally {
      await ticket.close();
    }
  });

  it("pages through a frequent customer's long history on demand", async () => {
    const ticket = await openFixture(session, 'long-history-en', { params: { restDelay: '0' } });
    try {
      await waitForSidebar(ticket, 'long-history-en');
      await ticket.app.getByText(/^2nd review · was \d★, now \d★/).waitFor({ timeout: 15_000 });
      const list = ticket.app.getByRole('list', { name: uiText('history.listLabel') });
      await expect(list.count()).resolves.toBe(0);
      await openSection(ticket, /^Other tickets \(\d+\)$/);
      await list.getByRole('listitem').first().waitFor({ timeout: 15_000 });
      await expect(list.getByRole('listitem').count()).resolves.toBe(10);
      const searchUrls = async () =>
        appMessages(await ticket.page.evaluate(() => window.workspace.log))
          .filter((message) => /^request:\d+$/.test(message.key ?? ''))
          .map((message) => String((message.message as { url?: string }).url))
          .filter((url) => url.startsWith('/api/v2/search.json'));
      // One page at start-up; the next only when the agent asks for it.
      await expect(searchUrls()).resolves.toHaveLength(1);
      await ticket.app.getByRole('button', { name: /^Show all/ }).click();
      // The first page of 50, less the ticket being worked on.
      await expect(list.getByRole('listitem').count()).resolves.toBe(49);
      await ticket.app.getByRole('button', { name: uiText('history.loadMore') }).click();
      await list.getByRole('listitem').nth(98).waitFor({ timeout: 15_000 });
      await expect(list.getByRole('listitem').count()).resolves.toBe(99);
      await expect(searchUrls()).resolves.toHaveLength(2);
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it('shows HTML from the review as text and runs none of it', async () => {
    const ticket = await openFixture(session, 'html-description-en');
    try {
      await waitForSidebar(ticket, 'html-description-en');
      const card = ticket.app.getByRole('region', { name: uiText('review.heading') });
      await expect(card.getByText(/The desk itself is sturdy & looks great in oak/).isVisible()).resolves.toBe(true);
      const injected = await ticket.frame.evaluate(() => ({
        ran: (window as unknown as { __reviewXss?: boolean }).__reviewXss === true,
        elements: document.querySelectorAll('img[src="x"], a[href^="javascript:"], script:not([src])').length,
      }));
      expect(injected).toEqual({ ran: false, elements: 0 });
    } finally {
      await ticket.close();
    }
  });
});
