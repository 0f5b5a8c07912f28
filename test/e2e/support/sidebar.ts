import { waitForQuiet, type OpenTicket } from './session';

/** Waits until the app has read the ticket, drawn its panels and stopped talking to Zendesk. */
export async function waitForSidebar(ticket: OpenTicket, _fixture: string): Promise<void> {
  await waitForQuiet(ticket.page);
}
