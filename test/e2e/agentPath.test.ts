import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, startSession, waitForQuiet, type E2eSession } from './support/session';
import { openSection } from './support/sidebar';
import { proofread, submit } from './support/reply';
import { uiText } from './support/strings';

// An agent answers a 1★ review from start to finish, in the built app with the real SDK:
// template, placeholder, insertion (empty and non-empty editor, each choice), the save gate
// before and after proofreading, an edit after proofreading, and the reporting tags.

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

/** An installation whose admin set the company's contact details, as a live one would be. */
const CONFIGURED = { 'setting.companyName': 'Nordlys Home', 'setting.supportEmail': 'help@nordlyshome.example' };

const editor = (page: Page) => page.getByLabel('Reply editor');

describe("the agent's whole path for a negative review", () => {
  it('takes a 1★ review from template to a sent, tagged reply only after proofreading', async () => {
    const ticket = await openFixture(session, 'negative-en', { params: CONFIGURED });
    const { page, app } = ticket;
    try {
      // The review and the guidance.
      const card = app.getByRole('region', { name: uiText('review.heading') });
      await card.waitFor();
      await expect(
        card.getByRole('heading', { name: 'Parcel lost and nobody answers my emails' }).isVisible(),
      ).resolves.toBe(true);
      await expect(
        card.getByRole('img', { name: uiText('review.starsLabel', { count: 1 }) }).isVisible(),
      ).resolves.toBe(true);
      await expect(card.getByText('Sarah Mitchell').isVisible()).resolves.toBe(true);
      // The tools add the recommendation to the header once they load.
      await card.getByText(uiText('flow.headline.acknowledgePublicly')).waitFor();
      await waitForQuiet(page);

      // Pick the template and fill the placeholder the app cannot fill itself.
      const templates = app.getByRole('region', { name: uiText('templates.title') });
      const pickTemplate = async () => {
        await templates
          .getByLabel(uiText('templates.template'), { exact: true })
          .selectOption({ label: uiText('templates.slots.templateNegative1') });
        await expect(templates.getByText(uiText('templates.openOne')).isVisible()).resolves.toBe(true);
        await templates.getByLabel('Specific problem').fill('a dining set that never arrived');
        await templates.getByText(uiText('templates.allFilled')).waitFor();
      };
      await pickTemplate();

      // Into the empty editor: inserted as a public reply without asking; proofreading comes next
      // and the templates fold away.
      await templates.getByRole('button', { name: uiText('templates.use') }).click();
      const proofreading = app.getByRole('region', { name: uiText('proofread.heading') });
      await proofreading.waitFor();
      await expect(templates.count()).resolves.toBe(0);
      const inserted = await editor(page).inputValue();
      expect(inserted).toMatch(/^Hi Sarah,\n\nThank you for taking the time/);
      expect(inserted).toContain('your experience with a dining set that never arrived.');
      expect(inserted).toContain('help@nordlyshome.example');
      expect(inserted).not.toMatch(/\[[^\]]+\]/);
      expect((await ticket.state()).commentType).toBe('publicReply');

      // Into a non-empty editor, from the folded templates: the agent is asked, and each choice
      // does what it says.
      const confirm = templates.getByRole('alertdialog', { name: uiText('templates.confirm.title') });
      await editor(page).fill('Dear Sarah, my own words.');
      await openSection(ticket, uiText('templates.title'));
      await pickTemplate();
      await templates.getByRole('button', { name: uiText('templates.use') }).click();
      await confirm.getByRole('button', { name: uiText('templates.confirm.cancel') }).click();
      await confirm.waitFor({ state: 'detached' });
      expect(await editor(page).inputValue()).toBe('Dear Sarah, my own words.');

      await templates.getByRole('button', { name: uiText('templates.use') }).click();
      await confirm.getByRole('button', { name: uiText('templates.confirm.append') }).click();
      await templates.getByText(uiText('templates.done.publicReply.append')).waitFor();
      expect(await editor(page).inputValue()).toBe(`Dear Sarah, my own words.\n\n${inserted}`);

      await templates.getByRole('button', { name: uiText('templates.use') }).click();
      await confirm.getByRole('button', { name: uiText('templates.confirm.replace') }).click();
      await templates.getByText(uiText('templates.done.publicReply.replace')).waitFor();
      expect(await editor(page).inputValue()).toBe(inserted);

      // Not proofread: Zendesk refuses the save and shows the app's reason.
      const refused = await submit(page);
      expect(refused).toMatchObject({ blocked: true, message: uiText('gate.notProofread') });
      await expect(page.getByText(`Save blocked: ${uiText('gate.notProofread')}`).isVisible()).resolves.toBe(true);
      expect((await ticket.state()).comments).toBe(1);

      // Proofread, then change a word: blocked again as stale.
      await proofread(ticket);
      await editor(page).fill(inserted.replace('straight away', 'right away'));
      await app.getByText(uiText('proofread.statusStale')).waitFor();
      expect(await submit(page)).toMatchObject({ blocked: true, message: uiText('gate.stale') });

      // Proofread the final text: the reply goes out with the reporting tags.
      await proofread(ticket);
      const sent = await submit(page);
      expect(sent).toMatchObject({ blocked: false, draft: { type: 'publicReply' } });
      expect(sent.draft.text).toContain('right away');
      expect(sent.tags).toEqual([
        'trustpilot',
        'rating_1',
        'trustpilot_negative',
        'trustpilot_replied',
        'trustpilot_private_followup',
      ]);
      const after = await ticket.state();
      expect(after.comments).toBe(2);
      expect(after.commentText).toBe('');
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });
});
