import sampleReplies from './sampleReplies.json';
import type { Page } from 'playwright-core';
import type { OpenTicket } from './session';
import { waitForQuiet } from './session';
import { uiText } from './strings';

/** A realistic public reply per language: a greeting, four sentences and a signature. */
export const SAMPLE_REPLIES: Record<string, string> = sampleReplies;

/** Waits until the review tools show their part of the header (the scenario), then until the app is quiet. */
export async function waitForTools(ticket: OpenTicket, locale: string): Promise<void> {
  await ticket.app.getByLabel(uiText('scenario.label', {}, locale)).waitFor({ timeout: 10_000 });
  await waitForQuiet(ticket.page);
}

/** The height of the app's content, in CSS pixels (what the sidebar needs without scrolling). */
export async function appHeight(ticket: OpenTicket): Promise<number> {
  return ticket.frame.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 0));
}

/** The height of the review's header (stars to warning line), in CSS pixels. */
export async function headerHeight(ticket: OpenTicket, name: string): Promise<number> {
  return ticket.app
    .getByRole('region', { name })
    .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
}

/** Where a control's top is, in CSS pixels from the top of the app. */
export async function topOf(ticket: OpenTicket, role: 'button', name: string): Promise<number> {
  const box = await ticket.app.getByRole(role, { name }).evaluate((element) => element.getBoundingClientRect().top);
  return Math.round(box + 0);
}

/** Types a public reply into the workspace's editor and waits until the app shows its checks. */
export async function writeReply(page: Page, ticket: OpenTicket, text: string): Promise<void> {
  await page.getByLabel('Reply editor').fill(text);
  await waitForQuiet(page);
  await waitForQuiet(page);
}
