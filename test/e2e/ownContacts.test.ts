import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, startSession, waitForQuiet, type E2eSession, type OpenTicket } from './support/session';
import { proofread, submit } from './support/reply';
import { uiText } from './support/strings';

// The installation names no support e-mail (the default): the 1★ template asks the agent for
// "[our email]". What they type there is the company's own for that reply: no confirmation is
// asked and the send gate agrees; an address written by hand still needs one.

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const OWN = 'help@nordlyshome.example';
const editor = (page: Page) => page.getByLabel('Reply editor');
const confirmBox = (ticket: OpenTicket, value: string) =>
  ticket.app.getByRole('checkbox', { name: uiText('proofread.contacts.confirmEmail', { value }) });

/** Picks the 1★ template, fills its fields (the support e-mail among them) and inserts it. */
async function insertTemplate(ticket: OpenTicket): Promise<string> {
  const templates = ticket.app.getByRole('region', { name: uiText('templates.title') });
  await templates.waitFor();
  await waitForQuiet(ticket.page);
  await templates
    .getByLabel(uiText('templates.template'), { exact: true })
    .selectOption({ label: uiText('templates.slots.templateNegative1') });
  await templates.getByLabel('Specific problem').fill('a dining set that never arrived');
  await templates.getByLabel('Our email').fill(OWN);
  await templates.getByText(uiText('templates.allFilled')).waitFor();
  await templates.getByRole('button', { name: uiText('templates.use') }).click();
  // Once the reply is in the editor, the next step is proofreading: the templates fold away.
  await ticket.app.getByRole('region', { name: uiText('proofread.heading') }).waitFor();
  const inserted = await editor(ticket.page).inputValue();
  expect(inserted).toContain(OWN);
  return inserted;
}

describe('contact details typed into a template', () => {
  it('asks no confirmation for the address typed into the template, and the reply goes out', async () => {
    const ticket = await openFixture(session, 'negative-en');
    try {
      await insertTemplate(ticket);
      const panel = ticket.app.getByRole('region', { name: uiText('proofread.heading') });
      await panel.getByRole('button', { name: uiText('proofread.markButton') }).waitFor();
      await expect(confirmBox(ticket, OWN).count()).resolves.toBe(0);
      await proofread(ticket);
      const sent = await submit(ticket.page);
      expect(sent).toMatchObject({ blocked: false, draft: { type: 'publicReply' } });
      expect(sent.draft.text).toContain(OWN);
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it('still asks about an address the agent adds by hand, and the gate blocks it until confirmed', async () => {
    const ticket = await openFixture(session, 'negative-en');
    try {
      const inserted = await insertTemplate(ticket);
      await editor(ticket.page).fill(inserted.replace(OWN, `${OWN} or alex.private@example.net`));
      await confirmBox(ticket, 'alex.private@example.net').waitFor();
      await expect(confirmBox(ticket, OWN).count()).resolves.toBe(0);
      expect(await submit(ticket.page)).toMatchObject({ blocked: true, message: uiText('gate.problems') });
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });
});
