import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type E2eSession, type OpenTicket } from './support/session';
import { openSection } from './support/sidebar';
import { uiText } from './support/strings';

// Proof of publication: after a proofread reply is sent, the app's background location follows it
// on Trustpilot (the workspace's imitation) and records the outcome, also after the sidebar closed.
// Playwright's clock runs the 30 s … 10 min schedule in moments.

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const REPLY =
  'Hi Sarah,\n\nThank you for telling us, and I am truly sorry your dining set never arrived. Please send us an e-mail at help@nordlyshome.example and we will sort it out today.\n\nKind regards,\nAlex';

async function open(scenario: string, params: Record<string, string> = {}): Promise<OpenTicket> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.clock.install();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = new URL(session.workspace.url);
  const all = {
    fixture: 'negative-en',
    trustpilot: scenario,
    'setting.companyName': 'Nordlys Home',
    'setting.supportEmail': 'help@nordlyshome.example',
    ...params,
  };
  for (const [name, value] of Object.entries(all)) url.searchParams.set(name, value);
  await page.goto(url.toString());
  await page.waitForFunction(() => 'workspace' in window);
  await page.evaluate(() => window.workspace.ready);
  const element = await page.waitForSelector('#app', { state: 'attached' });
  const frame = await element.contentFrame();
  if (!frame) throw new Error('no app frame');
  return {
    page,
    context,
    app: page.frameLocator('#app'),
    frame,
    errors,
    state: () => page.evaluate(() => window.workspace.state()),
    close: () => context.close(),
  };
}

/** After a send, the publication status shows under the next step, outside the review's header. */
const sidebar = (ticket: OpenTicket) => ticket.app;

/** Writes, proofreads and sends the reply; resolves once Zendesk saved it. */
async function sendProofreadReply(ticket: OpenTicket): Promise<void> {
  await openSection(ticket, uiText('flow.section.details'));
  await ticket.app.getByText(uiText('trustpilot.checked')).waitFor();
  await ticket.page.getByLabel('Reply editor').fill(REPLY);
  const panel = ticket.app.getByRole('region', { name: uiText('proofread.heading') });
  await panel.getByText('Kind regards,', { exact: false }).waitFor();
  const boxes = panel.getByRole('group', { name: uiText('proofread.checklistHeading') }).getByRole('checkbox');
  await boxes.first().waitFor({ state: 'attached' });
  for (const box of await boxes.all()) {
    if (await box.isChecked()) continue;
    const label = await box.evaluate((input: HTMLInputElement) => input.labels?.[0]?.textContent ?? '');
    await panel.getByText(label, { exact: true }).click();
  }
  await panel.getByRole('button', { name: uiText('proofread.markButton') }).click();
  await ticket.app.getByText(uiText('proofread.statusProofread')).waitFor();
  await ticket.page.getByRole('button', { name: 'Submit' }).click();
  await ticket.page.waitForFunction(() => window.workspace.saves.at(-1)?.blocked === false);
}

const lookCount = (page: Page): Promise<number> => page.evaluate(() => window.workspace.trustpilot.requests.length);

/** Waits until the background location has said nothing to Zendesk for `quietMs` of real time. */
async function backgroundQuiet(page: Page, quietMs = 400): Promise<void> {
  let count = -1;
  let since = Date.now();
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    const now = await page.evaluate(() => window.workspace.background.log.length);
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Moves the clock on by `ms` and waits until the background made its next look at Trustpilot and
 * finished with it (jumping while a call is in flight would time it out).
 */
async function nextLook(page: Page, ms: number): Promise<void> {
  await backgroundQuiet(page);
  const before = await lookCount(page);
  await page.clock.fastForward(ms);
  await page.waitForFunction((count) => window.workspace.trustpilot.requests.length > count, before);
  await backgroundQuiet(page);
}

const updates = (page: Page) => page.evaluate(() => window.workspace.background.updates);

describe('proof of publication on Trustpilot', { timeout: 90_000 }, () => {
  it('shows "Published on Trustpilot" and tags the ticket when the reply appears', async () => {
    const ticket = await open('normal');
    try {
      await sendProofreadReply(ticket);
      await sidebar(ticket).getByText(uiText('trustpilot.pubFollowing')).waitFor();
      await nextLook(ticket.page, 31_000);
      await sidebar(ticket)
        .getByText(/^Published on Trustpilot at \d\d:\d\d( [AP]M)?\.$/)
        .waitFor();
      await ticket.page.waitForFunction(() => window.workspace.background.updates.length > 0);
      const [update] = await updates(ticket.page);
      expect(update?.ticket.additional_tags).toEqual(['trustpilot_reply_published']);
      expect(update?.ticket.comment?.public).toBe(false);
      expect(update?.ticket.comment?.body).toMatch(
        /^Trustpilot check: the reply is published on Trustpilot \(confirmed at \d\d:\d\d( [AP]M)?\)\.$/,
      );
      expect((await ticket.state()).tags).toContain('trustpilot_reply_published');
      expect(await ticket.page.evaluate(() => window.workspace.notices())).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it('says "not visible yet" while Trustpilot caches the reply, then published', async () => {
    const ticket = await open('reply-after', { trustpilotReplyDelay: '90000' });
    try {
      await sendProofreadReply(ticket);
      await nextLook(ticket.page, 31_000);
      await sidebar(ticket)
        .getByText(/^Not visible on Trustpilot yet \(Trustpilot caches replies for a few minutes\)\./)
        .waitFor();
      await nextLook(ticket.page, 30_000);
      await nextLook(ticket.page, 60_000);
      await sidebar(ticket)
        .getByText(/^Published on Trustpilot at/)
        .waitFor();
    } finally {
      await ticket.close();
    }
  });

  it('shows a different reply and records it as missing', async () => {
    const ticket = await open('different');
    try {
      await sendProofreadReply(ticket);
      await nextLook(ticket.page, 31_000);
      await sidebar(ticket).getByText(uiText('trustpilot.pubDifferent')).waitFor();
      expect(
        await sidebar(ticket).getByText('Thank you for your feedback! We hope to see you again soon.').isVisible(),
      ).toBe(true);
      await ticket.page.waitForFunction(() => window.workspace.background.updates.length > 0);
      expect((await updates(ticket.page))[0]?.ticket.additional_tags).toEqual(['trustpilot_reply_missing']);
    } finally {
      await ticket.close();
    }
  });

  it('keeps following after the sidebar closed, and notifies the agent when the reply never appears', async () => {
    const ticket = await open('never');
    try {
      await sendProofreadReply(ticket);
      await sidebar(ticket).getByText(uiText('trustpilot.pubFollowing')).waitFor();
      await ticket.page.evaluate(() => window.workspace.closeSidebar());
      for (const step of [31_000, 30_000, 60_000, 180_000, 300_000]) await nextLook(ticket.page, step);
      await ticket.page.waitForFunction(() => window.workspace.background.updates.length > 0);
      const notices = await ticket.page.evaluate(() => window.workspace.notices());
      expect(notices).toEqual([`error: ${uiText('trustpilot.notifyMissing', { ticketId: 48213 })}`]);
      const [update] = await updates(ticket.page);
      expect(update?.ticket.additional_tags).toEqual(['trustpilot_reply_missing']);
      expect(update?.ticket.comment?.body).toContain('was not visible on Trustpilot 10 minutes after it was sent');
      // The card's read, the proofread re-check, then the background's five looks.
      const reviewReads = await ticket.page.evaluate(
        () => window.workspace.trustpilot.requests.filter((request) => request.path.startsWith('/v1/reviews/')).length,
      );
      expect(reviewReads).toBe(7);
    } finally {
      await ticket.close();
    }
  });
});
