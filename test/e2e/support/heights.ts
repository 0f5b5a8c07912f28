import type { Page } from 'playwright-core';
import type { OpenTicket } from './session';
import { waitForQuiet } from './session';
import { uiText } from './strings';

/** A public reply long enough to be realistic: a greeting, four sentences and a signature. */
export const SAMPLE_REPLY =
  'Hi Sarah,\n\nThank you for taking the time to tell us, and I am truly sorry your order never reached you. ' +
  'That is not the experience we want anyone to have. I have asked our delivery team to look into it today, ' +
  'and we will write to you privately so we can put it right.\n\nKind regards,\nAlex';

/** The height of the app's content, in CSS pixels (what the sidebar needs without scrolling). */
export async function appHeight(ticket: OpenTicket): Promise<number> {
  return ticket.frame.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 0));
}

/** Where a control's top is, in CSS pixels from the top of the app. */
export async function topOf(ticket: OpenTicket, role: 'button', name: string): Promise<number> {
  const box = await ticket.app.getByRole(role, { name }).evaluate((element) => element.getBoundingClientRect().top);
  return Math.round(box + 0);
}

/** Types a public reply into the workspace's editor and waits until the app shows its checks. */
export async function writeReply(page: Page, ticket: OpenTicket, text: string = SAMPLE_REPLY): Promise<void> {
  await page.getByLabel('Reply editor').fill(text);
  await waitForQuiet(page);
  await waitForQuiet(page);
}
