import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './support/axe';
import { openFixture, startSession, waitForQuiet, type E2eSession, type OpenTicket } from './support/session';
import { openSection, waitForSidebar } from './support/sidebar';
import { uiText } from './support/strings';

// The admin's template manager in the built app: "Manage templates" opens it in Zendesk's modal
// (instances.create), the manager there saves to the installation and the sidebar uses the saved
// templates; focus moves into the manager and back to the button. Where the host cannot create a
// modal, the manager takes the sidebar's place instead. axe-core finds nothing in either, with
// problems shown.

const FIXTURE = 'negative-en';
const CUSTOM = '# Delivery delay apology | negative\nSorry for the wait, [Customer name]. Your order is on its way.';

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

/** The modal's frame once the manager page has registered with the workspace. */
async function modalFrame(ticket: OpenTicket): Promise<Frame> {
  await ticket.page.waitForFunction(() => window.workspace.modals.open().length === 1);
  const element = await ticket.page.waitForSelector('#app-modal-frame', { state: 'attached' });
  const frame = await element.contentFrame();
  if (!frame) throw new Error('the modal iframe has no frame');
  return frame;
}

/** The text of the focused element in a frame (the frame's own focus). */
const focusedText = (frame: Frame) => frame.evaluate(() => document.activeElement?.textContent?.trim() ?? null);

describe('the template manager in a Zendesk modal', () => {
  it('opens from the sidebar, saves, and the sidebar offers the saved template; focus goes in and comes back', async () => {
    const ticket = await openFixture(session, FIXTURE, { role: 'admin', params: { restDelay: '5' } });
    try {
      await waitForSidebar(ticket, FIXTURE);
      await openSection(ticket, uiText('flow.section.admin'));
      await ticket.app.getByRole('button', { name: uiText('settings.open') }).click();
      const frame = await modalFrame(ticket);
      const modal = ticket.page.frameLocator('#app-modal-frame');
      await modal.getByRole('heading', { name: uiText('settings.title') }).waitFor({ timeout: 15_000 });
      expect(await focusedText(frame)).toBe(uiText('settings.title'));
      // The sidebar keeps its content; the manager is not appended to it.
      expect(await ticket.app.getByText(uiText('manager.openInModal')).isVisible()).toBe(true);
      expect(await ticket.app.getByRole('heading', { name: uiText('settings.title') }).count()).toBe(0);

      await modal.getByRole('combobox', { name: uiText('settings.setting') }).selectOption('customTemplates');
      await modal.getByRole('textbox', { name: uiText('settings.text') }).fill(CUSTOM);
      await modal.getByRole('button', { name: uiText('settings.save') }).click();
      await modal.getByText(uiText('settings.saved')).waitFor();
      expect((await ticket.state()).settings.customTemplates).toBe(CUSTOM);

      await modal.getByRole('button', { name: uiText('settings.close') }).click();
      await ticket.page.waitForFunction(() => window.workspace.modals.open().length === 0);
      const launcher = ticket.app.getByRole('button', { name: uiText('settings.open') });
      await ticket.frame.waitForFunction(
        (label) => document.activeElement?.textContent?.trim() === label,
        uiText('settings.open'),
      );
      expect(await launcher.isEnabled()).toBe(true);
      expect(await ticket.app.getByText(uiText('manager.openInModal')).count()).toBe(0);

      const picker = ticket.app.getByRole('combobox', { name: uiText('templates.template') });
      const options = await picker.locator('option').allTextContents();
      expect(options).toContain('Delivery delay apology');
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it("gives focus back when Zendesk's × closes the modal", async () => {
    const ticket = await openFixture(session, FIXTURE, { role: 'admin', params: { restDelay: '5' } });
    try {
      await waitForSidebar(ticket, FIXTURE);
      await openSection(ticket, uiText('flow.section.admin'));
      await ticket.app.getByRole('button', { name: uiText('settings.open') }).click();
      await modalFrame(ticket);
      await ticket.page
        .frameLocator('#app-modal-frame')
        .getByRole('heading', { name: uiText('settings.title') })
        .waitFor();
      await ticket.page.getByRole('button', { name: 'Close modal' }).click();
      await ticket.frame.waitForFunction(
        (label) => document.activeElement?.textContent?.trim() === label,
        uiText('settings.open'),
      );
      expect(await ticket.page.evaluate(() => window.workspace.modals.closed.length)).toBe(1);
    } finally {
      await ticket.close();
    }
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations with problems shown (%s)', async (scheme) => {
    const ticket = await openFixture(session, FIXTURE, { role: 'admin', scheme, params: { restDelay: '5' } });
    try {
      await waitForSidebar(ticket, FIXTURE);
      await openSection(ticket, uiText('flow.section.admin'));
      await ticket.app.getByRole('button', { name: uiText('settings.open') }).click();
      const frame = await modalFrame(ticket);
      const modal = ticket.page.frameLocator('#app-modal-frame');
      await modal.getByRole('textbox', { name: uiText('settings.text') }).fill('Hi [Customer name, [[Order]] is late.');
      await modal.getByRole('list', { name: uiText('settings.problemsInSetting') }).waitFor();
      await modal.getByRole('button', { name: uiText('settings.close') }).click();
      await modal.getByText(uiText('manager.discardTitle')).waitFor();
      expect(await findViolations(frame)).toEqual([]);
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });
});

describe('the template manager where the host cannot open a modal', () => {
  it('takes the place of the sidebar content, focused, without accessibility violations, and comes back', async () => {
    const ticket = await openFixture(session, FIXTURE, {
      role: 'admin',
      params: { restDelay: '5', modals: 'off' },
    });
    try {
      await waitForSidebar(ticket, FIXTURE);
      await openSection(ticket, uiText('flow.section.admin'));
      await ticket.app.getByRole('button', { name: uiText('settings.open') }).click();
      const heading = ticket.app.getByRole('heading', { name: uiText('settings.title') });
      await heading.waitFor({ timeout: 15_000 });
      expect(await focusedText(ticket.frame)).toBe(uiText('settings.title'));
      expect(await ticket.app.getByRole('region', { name: uiText('review.heading') }).isVisible()).toBe(false);

      await ticket.app.getByRole('textbox', { name: uiText('settings.text') }).fill('Hi [Customer name');
      await ticket.app.getByRole('list', { name: uiText('settings.problemsInSetting') }).waitFor();
      await waitForQuiet(ticket.page);
      expect(await findViolations(ticket.frame)).toEqual([]);

      await ticket.app.getByRole('button', { name: uiText('manager.backToReview') }).click();
      await ticket.app.getByRole('button', { name: uiText('manager.discard') }).click();
      await ticket.app.getByRole('region', { name: uiText('review.heading') }).waitFor();
      expect(await focusedText(ticket.frame)).toBe(uiText('settings.open'));
      expect(ticket.errors.filter((error) => !error.includes('instances.create'))).toEqual([]);
    } finally {
      await ticket.close();
    }
  });
});
