import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, startSession, waitForQuiet, type E2eSession, type OpenTicket } from './support/session';
import { waitForSidebar } from './support/sidebar';
import { uiText } from './support/strings';
import type { SaveResult } from './support/workspaceHandle';
import { ZENDESK_SDK_URL } from './workspace/zafSdk.mjs';

// How the built app meets the platform: the SDK from Zendesk's URL (or the bundled copy when that
// fails), the colour scheme when Zendesk only answers `client.get('colorScheme')`, and the
// reporting tags checked after Zendesk saved the ticket.

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
        [...document.querySelectorAll('script')].map((script) => ({
          src: script.getAttribute('src'),
          type: script.type,
        })),
      );
      expect(scripts[0]).toEqual({ src: ZENDESK_SDK_URL, type: '' });
      expect(scripts[1]?.type).toBe('module');
      const loaded = await ticket.frame.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      );
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
      const loaded = await ticket.frame.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      );
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
      expect(
        maxChannel(await ticket.frame.evaluate(() => getComputedStyle(document.body).backgroundColor)),
      ).toBeLessThan(60);
    } finally {
      await ticket.close();
    }
  });
});

/** Inserts the first negative template, proofreads it and presses Submit; resolves with the save. */
async function sendProofreadReply(ticket: OpenTicket): Promise<SaveResult> {
  const { app, page } = ticket;
  const templates = app.getByRole('region', { name: uiText('templates.title') });
  await templates
    .getByLabel(uiText('templates.template'), { exact: true })
    .selectOption({ label: uiText('templates.slots.templateNegative1') });
  await templates.getByLabel('Specific problem').fill('a dining set that never arrived');
  await templates.getByText(uiText('templates.allFilled')).waitFor();
  await templates.getByRole('button', { name: uiText('templates.use') }).click();
  // The reply is in the editor: proofreading is the next step.
  const panel = app.getByRole('region', { name: uiText('proofread.heading') });
  await panel.waitFor();
  const boxes = panel.getByRole('group', { name: uiText('proofread.checklistHeading') }).getByRole('checkbox');
  for (const box of await boxes.all()) {
    if (await box.isChecked()) continue;
    const label = await box.evaluate((input: HTMLInputElement) => input.labels?.[0]?.textContent ?? '');
    await panel.getByText(label, { exact: true }).click();
  }
  await panel.getByRole('button', { name: uiText('proofread.markButton') }).click();
  await app.getByText(uiText('proofread.statusProofread')).waitFor();
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.waitForFunction(() => window.workspace.saves.length > 0);
  const result = await page.evaluate(() => window.workspace.saves.at(-1));
  if (!result) throw new Error('no save recorded');
  return result;
}

const CONFIGURED = { 'setting.companyName': 'Nordlys Home', 'setting.supportEmail': 'help@nordlyshome.example' };

describe('the reporting tags after a save', () => {
  it('tells the agent when the tags the save hook added did not reach the saved ticket', async () => {
    const ticket = await openFixture(session, 'negative-en', { params: { ...CONFIGURED, hookTags: 'lost' } });
    try {
      await waitForSidebar(ticket, 'negative-en');
      await waitForQuiet(ticket.page);
      const sent = await sendProofreadReply(ticket);
      expect(sent).toMatchObject({ blocked: false, tags: ['trustpilot', 'rating_1', 'trustpilot_negative'] });
      const alert = ticket.app.getByRole('alert').filter({ hasText: uiText('platform.tagsMissingTitle') });
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain('trustpilot_replied, trustpilot_private_followup');
    } finally {
      await ticket.close();
    }
  });

  it('stays quiet when the tags were saved with the ticket', async () => {
    const ticket = await openFixture(session, 'negative-en', { params: CONFIGURED });
    try {
      await waitForSidebar(ticket, 'negative-en');
      await waitForQuiet(ticket.page);
      const sent = await sendProofreadReply(ticket);
      expect(sent.tags).toContain('trustpilot_replied');
      await waitForQuiet(ticket.page);
      const gets = (await ticket.page.evaluate(() => window.workspace.log))
        .filter((entry) => entry.direction === 'app→host' && entry.data.request === 'get')
        .map((entry) => entry.data.params);
      expect(gets).toContainEqual(['ticket.tags']);
      await expect(ticket.app.getByText(uiText('platform.tagsMissingTitle')).count()).resolves.toBe(0);
    } finally {
      await ticket.close();
    }
  });
});
