import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { OpenTicket } from './session';
import { uiText } from './strings';
import type { SaveResult } from './workspaceHandle';

/** Presses the workspace's Submit and resolves with what Zendesk did with the save. */
export async function submit(page: Page): Promise<SaveResult> {
  const before = await page.evaluate(() => window.workspace.saves.length);
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.waitForFunction((count) => window.workspace.saves.length > count, before);
  const result = await page.evaluate(() => window.workspace.saves.at(-1));
  if (!result) throw new Error('no save recorded');
  return result;
}

/**
 * Ticks what is left of the proofreading checklist, marks the reply as proofread, and checks
 * that the section says "Ready to send" with focus on its status.
 */
export async function proofread(ticket: OpenTicket): Promise<void> {
  const panel = ticket.app.getByRole('region', { name: uiText('proofread.heading') });
  const boxes = panel.getByRole('group', { name: uiText('proofread.checklistHeading') }).getByRole('checkbox');
  // Garden draws the box over the input: a person clicks the item's label.
  for (const box of await boxes.all()) {
    if (await box.isChecked()) continue;
    const label = await box.evaluate((input: HTMLInputElement) => input.labels?.[0]?.textContent ?? '');
    await panel.getByText(label, { exact: true }).click();
    expect(await box.isChecked()).toBe(true);
  }
  await panel.getByRole('button', { name: uiText('proofread.markButton') }).click();
  const ready = ticket.app.getByRole('region', { name: uiText('proofread.readyHeading') });
  await ready.getByText(uiText('proofread.statusProofread')).waitFor();
  expect(await ready.getByRole('status').evaluate((element) => element === document.activeElement)).toBe(true);
}
