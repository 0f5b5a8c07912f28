import type { FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './support/axe';
import { SAMPLE_REPLIES, waitForTools } from './support/heights';
import { openFixture, startSession, waitForQuiet, type E2eSession, type OpenOptions } from './support/session';
import { waitForSidebar } from './support/sidebar';
import { uiText } from './support/strings';

// One test per state of the reply flow, in the built app with the real SDK at 320 px: what the
// header and the next step show, what they must not show beside it, and no axe-core violation.

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const HEADLINES = ['replyPublicly', 'acknowledgePublicly', 'noPublicReply', 'secondReply'] as const;
const BADGES = ['onTime', 'dueSoon', 'overdue'].map((status) => uiText(`guidance.responseTime.status.${status}`));

/** Opens a fixture, waits for the tools, runs `check` on the app and axe on every state it reaches. */
async function inState(
  fixture: string,
  check: (app: FrameLocator, tools: { axe: () => Promise<void>; page: import('playwright-core').Page }) => Promise<void>,
  options: OpenOptions = {},
): Promise<void> {
  const ticket = await openFixture(session, fixture, { width: 320, ...options });
  try {
    await waitForSidebar(ticket, fixture);
    await waitForTools(ticket, 'en');
    const axe = async () => {
      await waitForQuiet(ticket.page);
      expect(await findViolations(ticket.frame)).toEqual([]);
    };
    await check(ticket.app, { axe, page: ticket.page });
    expect(ticket.errors).toEqual([]);
  } finally {
    await ticket.close();
  }
}

/** The headlines the header shows (exactly one is expected). */
async function headlinesShown(app: FrameLocator): Promise<string[]> {
  const shown: string[] = [];
  for (const headline of HEADLINES) {
    const text = uiText(`flow.headline.${headline}`);
    if ((await app.getByText(text, { exact: true }).count()) > 0) shown.push(headline);
  }
  return shown;
}

async function badgesShown(app: FrameLocator): Promise<string[]> {
  const shown: string[] = [];
  for (const badge of BADGES) if ((await app.getByText(badge, { exact: true }).count()) > 0) shown.push(badge);
  return shown;
}

const button = (app: FrameLocator, key: string) => app.getByRole('button', { name: uiText(key), exact: true });

describe('the reply flow, state by state', () => {
  it('no draft: the templates and "Use template"; no proofreading yet', async () => {
    await inState('negative-en', async (app, { axe }) => {
      expect(await headlinesShown(app)).toEqual(['acknowledgePublicly']);
      expect(await badgesShown(app)).toHaveLength(1);
      await expect(button(app, 'templates.use').isVisible()).resolves.toBe(true);
      await expect(button(app, 'proofread.markButton').count()).resolves.toBe(0);
      await axe();
    });
  });

  it('a public reply: proofreading right under the header, templates folded away', async () => {
    await inState('negative-en', async (app, { axe, page }) => {
      await page.getByLabel('Reply editor').fill(SAMPLE_REPLIES.en ?? '');
      await button(app, 'proofread.markButton').waitFor();
      await expect(button(app, 'templates.use').count()).resolves.toBe(0);
      const folded = app.getByRole('button', { name: uiText('templates.title'), exact: true });
      await expect(folded.getAttribute('aria-expanded')).resolves.toBe('false');
      await axe();
    });
  });

  it('a draft with problems: the problems are listed, the stamp is refused, no violation', async () => {
    await inState('negative-en', async (app, { axe, page }) => {
      await page.getByLabel('Reply editor').fill('Hi [name], mail me at someone@example.org about order 48213377.');
      await app.getByText(uiText('proofread.problemsHeading')).waitFor();
      await expect(button(app, 'proofread.markButton').isDisabled()).resolves.toBe(true);
      await axe();
    });
  });

  it('proofread: "Ready to send" with focus on the status; any edit brings the checks back', async () => {
    await inState('negative-en', async (app, { axe, page }) => {
      await page.getByLabel('Reply editor').fill(SAMPLE_REPLIES.en ?? '');
      const checklist = app.getByRole('group', { name: uiText('proofread.checklistHeading') });
      for (const box of await checklist.getByRole('checkbox').all()) {
        const label = await box.evaluate((input: HTMLInputElement) => input.labels?.[0]?.textContent ?? '');
        await checklist.getByText(label, { exact: true }).click();
      }
      await button(app, 'proofread.markButton').click();
      await app.getByRole('heading', { name: uiText('proofread.readyHeading') }).waitFor();
      const focused = await app.locator(':focus').textContent();
      expect(focused).toBe(uiText('proofread.statusProofread'));
      await axe();
      await page.getByLabel('Reply editor').fill(`${SAMPLE_REPLIES.en ?? ''} Thanks again.`);
      await app.getByText(uiText('proofread.statusStale')).waitFor();
      await expect(button(app, 'proofread.markButton').isVisible()).resolves.toBe(true);
    });
  });

  it('an internal note: one line, no proofreading demanded', async () => {
    await inState('negative-en', async (app, { axe, page }) => {
      await page.getByLabel('Internal note').check();
      await page.getByLabel('Reply editor').fill('Customer called, refund approved.');
      await app.getByText(uiText('proofread.internalNote')).waitFor();
      await expect(button(app, 'proofread.markButton').count()).resolves.toBe(0);
      await axe();
    });
  });

  it('already answered: the warning and the confirm step instead of "Use template"; never "Reply publicly"', async () => {
    await inState('already-answered-en', async (app, { axe }) => {
      await app.getByText(uiText('flow.warning.alreadyAnswered')).waitFor();
      expect(await headlinesShown(app)).toEqual(['noPublicReply']);
      expect(await badgesShown(app)).toEqual([]);
      await expect(button(app, 'templates.use').count()).resolves.toBe(0);
      await axe();
      await app.getByText(uiText('proofread.secondReplyConfirm'), { exact: true }).click();
      await button(app, 'templates.use').waitFor();
      expect(await headlinesShown(app)).toEqual(['secondReply']);
    });
  });

  it('a failed check for an earlier reply fails closed: the same confirmation, with a retry', async () => {
    await inState(
      'negative-en',
      async (app, { axe }) => {
        await app.getByText(uiText('flow.confirm.failedTitle')).first().waitFor();
        await expect(button(app, 'review.checkAgain').isVisible()).resolves.toBe(true);
        await expect(button(app, 'templates.use').count()).resolves.toBe(0);
        expect(await headlinesShown(app)).toEqual(['noPublicReply']);
        await axe();
        await app.getByText(uiText('flow.confirm.failedConfirm'), { exact: true }).click();
        await button(app, 'templates.use').waitFor();
      },
      { params: { fault: 'comments:500' } },
    );
  });

  it('spam: only the spam flow; no response-time badge, no public-reply prompt', async () => {
    await inState('spam-en', async (app, { axe, page }) => {
      await app.getByRole('heading', { name: uiText('flow.spam.heading') }).waitFor();
      expect(await headlinesShown(app)).toEqual(['noPublicReply']);
      expect(await badgesShown(app)).toEqual([]);
      await expect(app.getByRole('link', { name: new RegExp(uiText('flow.spam.flag')) }).isVisible()).resolves.toBe(
        true,
      );
      await expect(app.getByText(uiText('flow.spam.close')).isVisible()).resolves.toBe(true);
      await expect(app.getByText(uiText('proofread.emptyDraft')).count()).resolves.toBe(0);
      await expect(button(app, 'templates.use').count()).resolves.toBe(0);
      await axe();
      await page.getByLabel('Reply editor').fill('Thanks for your review!');
      await app.getByText(uiText('flow.spam.publicDraft')).waitFor();
      await expect(button(app, 'proofread.markButton').count()).resolves.toBe(0);
    });
  });

  it('dark mode: the proofreading state has no violation either', async () => {
    await inState(
      'negative-en',
      async (app, { axe, page }) => {
        await page.getByLabel('Reply editor').fill(SAMPLE_REPLIES.en ?? '');
        await button(app, 'proofread.markButton').waitFor();
        await axe();
      },
      { scheme: 'dark' },
    );
  });
});
