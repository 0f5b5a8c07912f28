import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, startSession, type E2eSession, type OpenTicket } from './support/session';
import { openSection } from './support/sidebar';
import { uiText } from './support/strings';
import type { TrustpilotRequest } from './support/workspaceHandle';

// The optional Trustpilot connection in the built app with the real SDK, against the workspace's
// imitation of Trustpilot's API behind Zendesk's secure proxy (workspace/page/trustpilot.js).

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const CONFIGURED = { 'setting.companyName': 'Nordlys Home', 'setting.supportEmail': 'help@nordlyshome.example' };

const open = (scenario: string, params: Record<string, string> = {}) =>
  openFixture(session, 'negative-en', { params: { ...CONFIGURED, trustpilot: scenario, ...params } });

const card = (ticket: OpenTicket) => ticket.app.getByRole('region', { name: uiText('review.heading') });

/** What Trustpilot says about the review is in "Review details": the agent opens it, and it shows there. */
async function details(ticket: OpenTicket) {
  await openSection(ticket, uiText('flow.section.details'));
  return ticket.app.getByRole('region', { name: uiText('flow.section.details') });
}

const requests = (page: Page): Promise<TrustpilotRequest[]> =>
  page.evaluate(() => window.workspace.trustpilot.requests);

async function proofread(ticket: OpenTicket): Promise<void> {
  const panel = ticket.app.getByRole('region', { name: uiText('proofread.heading') });
  // The reply as it will be published is shown before the checklist can be ticked.
  await panel.getByText('Kind regards,', { exact: false }).waitFor();
  const boxes = panel.getByRole('group', { name: uiText('proofread.checklistHeading') }).getByRole('checkbox');
  await boxes.first().waitFor({ state: 'attached' });
  for (const box of await boxes.all()) {
    if (await box.isChecked()) continue;
    const label = await box.evaluate((input: HTMLInputElement) => input.labels?.[0]?.textContent ?? '');
    await panel.getByText(label, { exact: true }).click();
    expect(await box.isChecked()).toBe(true);
  }
  await panel.getByRole('button', { name: uiText('proofread.markButton') }).click();
}

const REPLY =
  'Hi Sarah,\n\nThank you for telling us, and I am truly sorry your dining set never arrived. Please send us an e-mail at help@nordlyshome.example and we will sort it out today.\n\nKind regards,\nAlex';

describe('the review checked against Trustpilot', () => {
  it('works exactly as before without the connection: no call to Trustpilot', async () => {
    const ticket = await open('off');
    try {
      await card(ticket).getByRole('heading', { name: 'Parcel lost and nobody answers my emails' }).waitFor();
      await ticket.app.getByRole('region', { name: uiText('templates.title') }).waitFor();
      const shown = await details(ticket);
      await shown.getByText(uiText('review.languageLabel')).waitFor();
      expect(await shown.getByText(uiText('trustpilot.checked')).count()).toBe(0);
      expect(await ticket.app.getByRole('button', { name: uiText('trustpilot.historyHeading') }).count()).toBe(0);
      expect(await requests(ticket.page)).toEqual([]);
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it('checks the review through the secure proxy and shows the verified badge', async () => {
    const ticket = await open('normal');
    try {
      const shown = await details(ticket);
      await shown.getByText(uiText('trustpilot.checked')).waitFor();
      expect(await shown.getByText(uiText('trustpilot.verified')).isVisible()).toBe(true);
      expect(await shown.getByText(uiText('trustpilot.same')).isVisible()).toBe(true);
      const sent = (await requests(ticket.page)).filter((request) => request.path.startsWith('/v1/reviews/'));
      expect(sent.map(({ method, path, secure, apikey }) => ({ method, path, secure, apikey }))).toEqual([
        {
          method: 'GET',
          path: '/v1/reviews/6650f0c2a1b2c3d4e5f60718',
          secure: true,
          apikey: '{{setting.trustpilotApiKey}}',
        },
      ]);
      // The key itself never reaches the app: its settings carry only the switch.
      expect((await ticket.state()).settings).not.toHaveProperty('trustpilotApiKey');
    } finally {
      await ticket.close();
    }
  });

  it("lists the reviewer's other public reviews on Trustpilot beside the Zendesk history", async () => {
    const ticket = await open('normal');
    try {
      await openSection(ticket, uiText('trustpilot.historyHeading'));
      const list = ticket.app.getByRole('list', { name: uiText('trustpilot.historyHeading') });
      await list.waitFor({ timeout: 15_000 });
      const items = await list.getByRole('listitem').allTextContents();
      expect(items).toHaveLength(2);
      expect(items[0]).toMatch(/^Quick delivery, lovely lamp★★★★★ .* · Nordlys Home · answered$/);
      expect(items[1]).toMatch(/^Slow refund★★☆☆☆ .* · Another Shop · not answered$/);
      await ticket.app.getByRole('heading', { name: uiText('history.title') }).waitFor();
      const paths = (await requests(ticket.page)).map((request) => request.path);
      expect(paths).toContain('/v1/consumers/consumer-5001/reviews?perPage=20&orderBy=createdat.desc');
    } finally {
      await ticket.close();
    }
  });

  it('shows an edited review as it is now, and the guidance follows the new stars', async () => {
    const ticket = await open('edited');
    try {
      const shown = await details(ticket);
      await shown.getByText(uiText('trustpilot.starsChanged', { from: 1, to: 3 })).waitFor();
      expect(
        await card(ticket)
          .getByRole('img', { name: uiText('review.starsLabel', { count: 3 }) })
          .isVisible(),
      ).toBe(true);
      const added = shown.getByRole('list', { name: uiText('trustpilot.added') });
      expect(await added.textContent()).toContain('customer service called me back');
      expect(await ticket.app.getByRole('combobox', { name: uiText('scenario.label') }).inputValue()).toBe('neutral');
    } finally {
      await ticket.close();
    }
  });

  it('says a deleted review is gone (404)', async () => {
    const ticket = await open('deleted');
    try {
      await (await details(ticket)).getByText(uiText('trustpilot.deletedTitle')).waitFor();
    } finally {
      await ticket.close();
    }
  });

  it('shows a reply written in Trustpilot Business and blocks a second one until confirmed', async () => {
    const ticket = await open('replied');
    try {
      const shown = await details(ticket);
      await shown.getByText(uiText('trustpilot.replyTitle')).waitFor();
      expect(
        await shown.getByText('Our customer care team has contacted you by e-mail.', { exact: false }).isVisible(),
      ).toBe(true);
      // The header says so, and the confirmation replaces "Use template" and the proofreading.
      await card(ticket).getByText(uiText('flow.warning.alreadyAnswered')).waitFor();
      expect(await card(ticket).getByText(uiText('flow.headline.noPublicReply')).isVisible()).toBe(true);
      await ticket.page.getByLabel('Reply editor').fill(REPLY);
      const confirm = ticket.app.getByRole('group', { name: uiText('review.alreadyAnsweredTitle') });
      await confirm.waitFor();
      expect(await ticket.app.getByRole('region', { name: uiText('proofread.heading') }).count()).toBe(0);
      await ticket.page.getByRole('button', { name: 'Submit' }).click();
      await ticket.page.waitForFunction(() => window.workspace.saves.length > 0);
      const save = await ticket.page.evaluate(() => window.workspace.saves.at(-1));
      expect(save).toMatchObject({ blocked: true, message: uiText('gate.secondReply') });
      // Confirmed on purpose: the proofreading follows.
      await confirm.getByText(uiText('proofread.secondReplyConfirm')).click();
      await ticket.app.getByRole('region', { name: uiText('proofread.heading') }).waitFor();
    } finally {
      await ticket.close();
    }
  });

  it('names the setting for an administrator when the key is refused (401), and keeps the ticket data', async () => {
    const ticket = await open('unauthorized');
    try {
      const alert = (await details(ticket)).getByRole('alert');
      await alert.getByText(uiText('trustpilot.unauthorized', { status: 401 })).waitFor();
      expect(
        await card(ticket)
          .getByRole('img', { name: uiText('review.starsLabel', { count: 1 }) })
          .isVisible(),
      ).toBe(true);
    } finally {
      await ticket.close();
    }
  });

  it('waits out Retry-After after a 429 before asking again', async () => {
    const ticket = await open('rate-limited', { trustpilotRetryAfter: '2' });
    try {
      await (await details(ticket)).getByText(uiText('trustpilot.checked')).waitFor({ timeout: 15_000 });
      const reviewCalls = (await requests(ticket.page)).filter((request) => request.path.startsWith('/v1/reviews/'));
      const [first, second] = reviewCalls;
      expect(second && first ? second.at - first.at : 0).toBeGreaterThanOrEqual(2_000);
      expect(reviewCalls).toHaveLength(2);
    } finally {
      await ticket.close();
    }
  });

  it('falls back to the ticket on a slow answer and checks again on request', async () => {
    const ticket = await open('slow', { trustpilotSlow: '11000' });
    try {
      const shown = await details(ticket);
      const failed = shown.getByText(uiText('trustpilot.failed'));
      await failed.waitFor({ timeout: 20_000 });
      await ticket.page.evaluate(() => window.workspace.trustpilot.setScenario('normal'));
      await shown.getByRole('button', { name: uiText('trustpilot.retry') }).click();
      await shown.getByText(uiText('trustpilot.checked')).waitFor();
    } finally {
      await ticket.close();
    }
  });

  it('refuses the proofread stamp when the review was edited since it was loaded', async () => {
    const ticket = await open('normal');
    try {
      const shown = await details(ticket);
      await shown.getByText(uiText('trustpilot.checked')).waitFor();
      await ticket.page.getByLabel('Reply editor').fill(REPLY);
      await ticket.page.evaluate(() => window.workspace.trustpilot.setScenario('edited'));
      await proofread(ticket);
      await ticket.app.getByText(uiText('trustpilot.recheckEdited')).waitFor();
      expect(await shown.getByText(uiText('trustpilot.starsChanged', { from: 1, to: 3 })).isVisible()).toBe(true);
      expect(await ticket.app.getByText(uiText('proofread.statusProofread')).count()).toBe(0);
    } finally {
      await ticket.close();
    }
  });
});
