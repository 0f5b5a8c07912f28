import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './support/axe';
import { SAMPLE_REPLIES } from './support/heights';
import { openFixture, startSession, waitForQuiet, type E2eSession, type OpenTicket } from './support/session';
import { waitForSidebar } from './support/sidebar';
import { uiText } from './support/strings';

// One test per state of the reply flow, in the built app with the real SDK at 320 px: what the
// header and the next step show, what they must not show next to it, and no axe violation.

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const PUBLIC_HEADLINES = ['flow.headline.replyPublicly', 'flow.headline.acknowledgePublicly'];
const BADGES = ['overdue', 'dueSoon', 'onTime'].map((status) => `guidance.responseTime.status.${status}`);

const card = (ticket: OpenTicket) => ticket.app.getByRole('region', { name: uiText('review.heading') });
const count = (ticket: OpenTicket, key: string) => ticket.app.getByText(uiText(key), { exact: true }).count();

async function expectAbsent(ticket: OpenTicket, keys: string[]): Promise<void> {
  for (const key of keys) expect(await count(ticket, key), key).toBe(0);
}

async function open(
  fixture: string,
  params: Record<string, string> = {},
  scheme: 'light' | 'dark' = 'light',
): Promise<OpenTicket> {
  const ticket = await openFixture(session, fixture, { params, scheme });
  await waitForSidebar(ticket, fixture);
  await ticket.app.getByLabel(uiText('scenario.label')).waitFor({ timeout: 15_000 });
  await waitForQuiet(ticket.page);
  return ticket;
}

async function writeReply(ticket: OpenTicket, text: string): Promise<void> {
  await ticket.page.getByLabel('Reply editor').fill(text);
  await waitForQuiet(ticket.page);
}

describe('the reply flow, state by state', () => {
  it('no draft: the recommendation, the response time and the templates; no proofreading yet', async () => {
    const ticket = await open('negative-en');
    try {
      expect(await card(ticket).getByText(uiText('flow.headline.acknowledgePublicly')).isVisible()).toBe(true);
      const badges = await Promise.all(
        BADGES.map((key) => card(ticket).getByText(uiText(key), { exact: true }).count()),
      );
      expect(badges.reduce((sum, n) => sum + n, 0)).toBe(1);
      const templates = ticket.app.getByRole('region', { name: uiText('templates.title') });
      await templates.getByRole('button', { name: uiText('templates.use') }).waitFor();
      expect(await ticket.app.getByRole('region', { name: uiText('proofread.heading') }).count()).toBe(0);
      for (const section of ['flow.section.why', 'flow.section.bestPractices', 'flow.section.details']) {
        const header = ticket.app.getByRole('button', { name: uiText(section), exact: true });
        expect(await header.getAttribute('aria-expanded'), section).toBe('false');
      }
      expect(await findViolations(ticket.frame)).toEqual([]);
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it('a public reply with problems: proofreading under the header, the templates folded away', async () => {
    const ticket = await open('negative-en');
    try {
      await writeReply(ticket, `${SAMPLE_REPLIES.en ?? ''}\n\nsarah.mitchell@mail.example`);
      const panel = ticket.app.getByRole('region', { name: uiText('proofread.heading') });
      await panel.getByRole('region', { name: uiText('proofread.problemsHeading') }).waitFor();
      expect(await panel.getByRole('button', { name: uiText('proofread.markButton') }).isDisabled()).toBe(true);
      expect(await ticket.app.getByRole('button', { name: uiText('templates.use') }).count()).toBe(0);
      const folded = ticket.app.getByRole('button', { name: uiText('templates.title'), exact: true });
      expect(await folded.getAttribute('aria-expanded')).toBe('false');
      expect(await findViolations(ticket.frame)).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it('proofread: "Ready to send" takes the focus, and an edit brings the checks back', async () => {
    const ticket = await open('negative-en');
    try {
      await writeReply(ticket, SAMPLE_REPLIES.en ?? '');
      const panel = ticket.app.getByRole('region', { name: uiText('proofread.heading') });
      const boxes = panel.getByRole('group', { name: uiText('proofread.checklistHeading') }).getByRole('checkbox');
      await boxes.first().waitFor({ state: 'attached' });
      for (const box of await boxes.all()) {
        const label = await box.evaluate((input: HTMLInputElement) => input.labels?.[0]?.textContent ?? '');
        await panel.getByText(label, { exact: true }).click();
      }
      await panel.getByRole('button', { name: uiText('proofread.markButton') }).click();
      const ready = ticket.app.getByRole('region', { name: uiText('proofread.readyHeading') });
      const status = ready.getByRole('status');
      await status.getByText(uiText('proofread.statusProofread')).waitFor();
      expect(await status.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await ready.getByRole('button', { name: uiText('proofread.markButton') }).count()).toBe(0);
      expect(await findViolations(ticket.frame)).toEqual([]);

      await writeReply(ticket, `${SAMPLE_REPLIES.en ?? ''}!`);
      await ticket.app.getByText(uiText('proofread.statusStale')).waitFor();
      expect(await panel.getByRole('button', { name: uiText('proofread.markButton') }).isVisible()).toBe(true);
    } finally {
      await ticket.close();
    }
  });

  it('an internal note: one line, no proofreading demanded', async () => {
    const ticket = await open('negative-en');
    try {
      await ticket.page.getByLabel('Internal note').check();
      await writeReply(ticket, 'Checked with the warehouse: the parcel was lost in transit.');
      await ticket.app.getByText(uiText('proofread.internalNote')).waitFor();
      expect(await ticket.app.getByRole('region', { name: uiText('proofread.heading') }).count()).toBe(0);
      expect(await ticket.app.getByRole('button', { name: uiText('templates.use') }).count()).toBe(0);
      expect(await findViolations(ticket.frame)).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it('already answered: the warning and the confirmation; never "Reply publicly", a badge or "Use template"', async () => {
    const ticket = await open('already-answered-en');
    try {
      expect(await card(ticket).getByText(uiText('flow.warning.alreadyAnswered')).isVisible()).toBe(true);
      expect(await card(ticket).getByText(uiText('flow.headline.noPublicReply')).isVisible()).toBe(true);
      await expectAbsent(ticket, [...PUBLIC_HEADLINES, ...BADGES]);
      const confirm = ticket.app.getByRole('group', { name: uiText('review.alreadyAnsweredTitle') });
      await confirm.waitFor();
      expect(await ticket.app.getByRole('button', { name: uiText('templates.use') }).count()).toBe(0);
      expect(await findViolations(ticket.frame)).toEqual([]);

      await confirm.getByText(uiText('proofread.secondReplyConfirm')).click();
      await card(ticket).getByText(uiText('flow.headline.secondReply')).waitFor();
      await ticket.app.getByRole('button', { name: uiText('templates.use') }).waitFor();
      await expectAbsent(ticket, [...PUBLIC_HEADLINES, ...BADGES]);
    } finally {
      await ticket.close();
    }
  });

  it('a failed check for an earlier reply: the same confirmation, with a retry that works', async () => {
    const ticket = await openFixture(session, 'negative-en', { params: { hold: '1' } });
    try {
      await ticket.page.evaluate(() => {
        window.workspace.failNext('comments', 500, { times: 1 });
        window.workspace.start();
      });
      await waitForSidebar(ticket, 'negative-en');
      await card(ticket).getByText(uiText('flow.warning.answerCheckFailed')).waitFor({ timeout: 15_000 });
      await expectAbsent(ticket, PUBLIC_HEADLINES);
      const confirm = ticket.app.getByRole('group', { name: uiText('flow.confirm.failedTitle') });
      await confirm.waitFor();
      expect(await ticket.app.getByRole('button', { name: uiText('templates.use') }).count()).toBe(0);
      expect(await findViolations(ticket.frame)).toEqual([]);

      await confirm.getByRole('button', { name: uiText('review.checkAgain') }).click();
      await ticket.app.getByRole('button', { name: uiText('templates.use') }).waitFor({ timeout: 15_000 });
      expect(await count(ticket, 'flow.warning.answerCheckFailed')).toBe(0);
      expect(await card(ticket).getByText(uiText('flow.headline.acknowledgePublicly')).isVisible()).toBe(true);
    } finally {
      await ticket.close();
    }
  });

  it('spam: the spam flow only, no badge and no prompt for a public reply', async () => {
    const ticket = await open('spam-en');
    try {
      const flow = ticket.app.getByRole('region', { name: uiText('flow.spam.heading') });
      await flow.waitFor();
      expect(await card(ticket).getByText(uiText('flow.headline.noPublicReply')).isVisible()).toBe(true);
      await expectAbsent(ticket, [...PUBLIC_HEADLINES, ...BADGES, 'proofread.emptyDraft']);
      expect(await flow.getByRole('link', { name: new RegExp(uiText('flow.spam.flag')) }).getAttribute('href')).toBe(
        'https://www.trustpilot.com/reviews/6651e6f708192a3b4c5d6e7f',
      );
      expect(await flow.getByText(uiText('flow.spam.close')).isVisible()).toBe(true);
      expect(await findViolations(ticket.frame)).toEqual([]);

      await writeReply(ticket, SAMPLE_REPLIES.en ?? '');
      await flow.getByRole('alert').getByText(uiText('flow.spam.publicDraft')).waitFor();
      expect(await ticket.app.getByRole('region', { name: uiText('proofread.heading') }).count()).toBe(0);
      await expectAbsent(ticket, BADGES);
    } finally {
      await ticket.close();
    }
  });

  it('opens and closes the sections where the frame may not use the browser storage', async () => {
    // The app's frame is on another site than the workspace: with third-party storage blocked (as in
    // this browser), the sections still work and remember the choice for the page's life.
    const ticket = await open('negative-en');
    try {
      const header = ticket.app.getByRole('button', { name: uiText('flow.section.why'), exact: true });
      const action = ticket.app.getByRole('heading', { name: uiText('guidance.actionHeading') });
      await header.click();
      await action.waitFor();
      expect(await header.getAttribute('aria-expanded')).toBe('true');
      await header.press('Enter');
      await action.waitFor({ state: 'detached' });
      expect(await header.getAttribute('aria-expanded')).toBe('false');
      await header.press('Space');
      await action.waitFor();
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it('dark mode: the proofreading step with a warning and the answered confirmation have no violation', async () => {
    for (const fixture of ['negative-en', 'already-answered-en']) {
      const ticket = await open(fixture, {}, 'dark');
      try {
        if (fixture === 'negative-en') {
          await writeReply(ticket, SAMPLE_REPLIES.en ?? '');
          await ticket.app.getByRole('button', { name: uiText('proofread.markButton') }).waitFor();
        }
        expect(await findViolations(ticket.frame)).toEqual([]);
        expect(ticket.errors).toEqual([]);
      } finally {
        await ticket.close();
      }
    }
  });
});
