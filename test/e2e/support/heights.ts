import type { Page } from 'playwright-core';
import type { OpenTicket } from './session';
import { waitForQuiet } from './session';
import { uiText } from './strings';

/** A realistic public reply per language: a greeting, four sentences and a signature. */
export const SAMPLE_REPLIES: Record<string, string> = {
  en:
    'Hi,\n\nThank you for taking the time to tell us, and I am truly sorry it went this way. ' +
    'That is not the experience we want anyone to have. I have asked our team to look into it today, ' +
    'and we will write to you privately so we can put it right.\n\nKind regards,\nAlex',
  sv:
    'Hej,\n\nTack för att du tog dig tid att berätta, och jag är verkligen ledsen att det blev så. ' +
    'Det är inte den upplevelse vi vill ge någon. Jag har bett vårt team att titta på det i dag, ' +
    'och vi hör av oss privat så att vi kan ställa det till rätta.\n\nVänliga hälsningar,\nAlex',
  da:
    'Hej,\n\nTak fordi du tog dig tid til at fortælle os det, og jeg er virkelig ked af, at det gik sådan. ' +
    'Det er ikke den oplevelse, vi ønsker at give nogen. Jeg har bedt vores team se på det i dag, ' +
    'og vi skriver til dig privat, så vi kan gøre det godt igen.\n\nVenlig hilsen,\nAlex',
  fr:
    "Bonjour,\n\nMerci d'avoir pris le temps de nous écrire, et je suis vraiment désolé que cela se soit passé ainsi. " +
    "Ce n'est pas l'expérience que nous voulons offrir. J'ai demandé à notre équipe de s'en occuper aujourd'hui, " +
    'et nous vous écrirons en privé pour arranger les choses.\n\nCordialement,\nAlex',
  de:
    'Hallo,\n\nvielen Dank, dass Sie sich die Zeit genommen haben, und es tut mir wirklich leid, dass es so gelaufen ist. ' +
    'Das ist nicht die Erfahrung, die wir bieten wollen. Ich habe unser Team gebeten, sich heute darum zu kümmern, ' +
    'und wir melden uns privat bei Ihnen, um es wieder gutzumachen.\n\nFreundliche Grüße\nAlex',
};

/** Waits until the review tools show their part of the header (the scenario), then until the app is quiet. */
export async function waitForTools(ticket: OpenTicket, locale: string): Promise<void> {
  await ticket.app.getByLabel(uiText('scenario.label', {}, locale)).waitFor({ timeout: 10_000 });
  await waitForQuiet(ticket.page);
}

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
export async function writeReply(page: Page, ticket: OpenTicket, text: string): Promise<void> {
  await page.getByLabel('Reply editor').fill(text);
  await waitForQuiet(page);
  await waitForQuiet(page);
}
