import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForQuiet, type OpenTicket } from './session';
import { uiText } from './strings';

interface FixtureFile {
  ticket: { tags: string[] };
  agent: { locale: string };
}

const UI_LOCALES = ['en', 'sv', 'fr', 'da', 'de'];

/** What a fixture is, as far as waiting for the sidebar goes. */
export function fixtureFacts(fixture: string): { isReview: boolean; locale: string } {
  const file = join(import.meta.dirname, '..', 'fixtures', `${fixture}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as FixtureFile;
  const language = data.agent.locale.slice(0, 2).toLowerCase();
  return {
    isReview: data.ticket.tags.some((tag) => tag === 'trustpilot' || tag === 'trustpilot-review'),
    locale: UI_LOCALES.includes(language) ? language : 'en',
  };
}

/** Waits for the review card on a review ticket, then until the app stops talking to Zendesk. */
export async function waitForSidebar(ticket: OpenTicket, fixture: string): Promise<void> {
  const { isReview, locale } = fixtureFacts(fixture);
  if (isReview)
    await ticket.app.getByRole('region', { name: uiText('review.heading', {}, locale) }).waitFor({ timeout: 10_000 });
  await waitForQuiet(ticket.page);
}

/**
 * Opens a section the sidebar shows on demand (its accordion header), as the agent does with a
 * click; a section already open (the browser remembered it) stays open.
 */
export async function openSection(ticket: OpenTicket, label: string | RegExp): Promise<void> {
  const header = ticket.app.getByRole('button', { name: label, exact: typeof label === 'string' });
  await header.waitFor({ timeout: 15_000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await waitForQuiet(ticket.page);
}
