import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { requestStartup } from '../../../src/app/startupRequest';
import type { ColorScheme } from '../../../src/app/theme';
import { createFakeClient, type FakeClient } from '../fakeClient';
import { createZendesk } from '../../../src/zaf/port';

const reviewTicket = {
  id: 501,
  subject: 'Parcel arrived broken',
  description: '<p>Rating: 2/5</p><p>The lamp arrived in pieces and nobody answers my e-mails.</p>',
  tags: ['trustpilot', 'rating_2', 'trustpilot_negative'],
  status: 'new',
  createdAt: '2026-11-20T08:00:00Z',
  requester: { id: 9, name: 'Maria Lindqvist', email: 'maria@example.se', role: 'end-user', locale: 'sv-SE' },
  comments: [],
  via: { channel: 'api' },
};
const agent = { id: 3, name: 'Erik Holm', email: 'erik@example.com', role: 'agent', locale: 'en-US' };

async function renderApp(
  client: FakeClient | false,
  { browserLocale = 'en-US', scheme = 'light' }: { browserLocale?: string; scheme?: ColorScheme | null } = {},
) {
  await act(async () => {
    render(<App createClient={() => client} initialScheme={scheme} browserLocale={browserLocale} />);
  });
}

describe('App', () => {
  it('explains how to open the app when it runs outside Zendesk', async () => {
    await renderApp(false);
    expect(screen.getByText('Open this app inside Zendesk')).toBeVisible();
    expect(screen.getByText(/add \?zcli_apps=true to the Zendesk address/)).toBeVisible();
  });

  it('says so in the browser language outside Zendesk', async () => {
    await renderApp(false, { browserLocale: 'de-DE' });
    expect(await screen.findByText('Öffnen Sie diese App in Zendesk')).toBeVisible();
  });

  it('waits for app.registered before reading the ticket', async () => {
    const client = createFakeClient({ registered: false, values: { ticket: reviewTicket, currentUser: agent } });
    await renderApp(client);
    expect(screen.getByRole('status')).toHaveTextContent('Connecting to Zendesk…');
    expect(client.callsOf('get')).toEqual([]);
    await act(async () => client.register());
    await waitFor(() => expect(client.callsOf('get')).toEqual([[['ticket', 'currentUser']]]));
  });

  it('reads the ticket and the agent in one batched get', async () => {
    const client = createFakeClient({ values: { ticket: reviewTicket, currentUser: agent } });
    await renderApp(client);
    await screen.findByText('Parcel arrived broken');
    expect(client.callsOf('get')).toEqual([[['ticket', 'currentUser']]]);
  });

  it('shows a translated error with a retry when the ticket cannot be read', async () => {
    const client = createFakeClient({ failingPaths: ['ticket'], values: { currentUser: agent } });
    await renderApp(client);
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't read this ticket from Zendesk.");
    client.values.ticket = reviewTicket;
    client.failingPaths.clear();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Parcel arrived broken')).toBeVisible();
    expect(client.callsOf('get')).toHaveLength(2);
  });

  it('hides itself on tickets that are not reviews', async () => {
    const client = createFakeClient({
      values: { ticket: { ...reviewTicket, tags: ['billing'] }, currentUser: agent },
    });
    await renderApp(client);
    await waitFor(() => expect(client.callsOf('invoke')).toContainEqual(['hide']));
  });

  it('shows a one-line notice on other tickets when the setting asks for it', async () => {
    const client = createFakeClient({
      values: { ticket: { ...reviewTicket, tags: ['billing'] }, currentUser: agent },
      settings: { showOnOtherTickets: true },
    });
    await renderApp(client);
    expect(await screen.findByText("This ticket isn't a Trustpilot review.")).toBeVisible();
    expect(client.callsOf('invoke')).not.toContainEqual(['hide']);
  });

  it("speaks the agent's Zendesk language", async () => {
    const client = createFakeClient({
      values: { ticket: { ...reviewTicket, tags: [] }, currentUser: { ...agent, locale: 'sv-SE' } },
      settings: { showOnOtherTickets: true },
    });
    await renderApp(client);
    expect(await screen.findByText('Det här ärendet är inget Trustpilot-omdöme.')).toBeVisible();
  });

  it('recognises the review tags configured in the settings', async () => {
    const client = createFakeClient({
      values: { ticket: { ...reviewTicket, tags: ['tp-review'] }, currentUser: agent },
      settings: { reviewTags: 'tp-review' },
    });
    await renderApp(client);
    expect(await screen.findByText('Parcel arrived broken')).toBeVisible();
    expect(client.callsOf('invoke')).not.toContainEqual(['hide']);
  });

  it('follows the colour scheme from the URL and from Zendesk change events', async () => {
    const client = createFakeClient({ values: { ticket: reviewTicket, currentUser: agent } });
    await renderApp(client, { scheme: 'dark' });
    await screen.findByText('Parcel arrived broken');
    const background = () => getComputedStyle(document.body).backgroundColor;
    const dark = background();
    expect(client.subscribers('colorScheme.changed')).toBe(1);
    await act(async () => client.emit('colorScheme.changed', 'light'));
    const light = background();
    expect(light).not.toBe(dark);
    await act(async () => client.emit('colorScheme.changed', { colorScheme: 'dark' }));
    expect(background()).toBe(dark);
    expect(client.callsOf('get')).not.toContainEqual([['colorScheme']]);
  });

  it('asks Zendesk for the colour scheme when the URL has none', async () => {
    const lightClient = createFakeClient({ values: { ticket: reviewTicket, currentUser: agent } });
    await renderApp(lightClient, { scheme: 'light' });
    await screen.findByText('Parcel arrived broken');
    const light = getComputedStyle(document.body).backgroundColor;
    cleanup();

    const client = createFakeClient({ values: { ticket: reviewTicket, currentUser: agent, colorScheme: 'dark' } });
    await renderApp(client, { scheme: null });
    await screen.findByText('Parcel arrived broken');
    expect(client.callsOf('get')).toContainEqual([['colorScheme']]);
    await waitFor(() => expect(getComputedStyle(document.body).backgroundColor).not.toBe(light));
  });

  it('stays light when Zendesk cannot tell the colour scheme', async () => {
    const client = createFakeClient({
      values: { ticket: reviewTicket, currentUser: agent },
      failingPaths: ['colorScheme'],
    });
    await renderApp(client, { scheme: null });
    expect(await screen.findByText('Parcel arrived broken')).toBeVisible();
    expect(client.callsOf('get')).toContainEqual([['colorScheme']]);
  });
});

describe('App on a review ticket', () => {
  it('shows the review header with the recommendation, then the next step, then the rest on demand', async () => {
    const client = createFakeClient({
      values: { ticket: reviewTicket, currentUser: agent, 'comment.text': '', 'comment.type': 'publicReply' },
      request: (options) => {
        if (options.url.startsWith('/api/v2/tickets/501/comments')) return { comments: [], next_page: null };
        if (options.url.startsWith('/api/v2/search')) return { results: [], next_page: null, count: 0 };
        throw { status: 404 };
      },
    });
    await renderApp(client);
    expect(await screen.findByRole('heading', { name: 'Parcel arrived broken' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Trustpilot Reply Assistant' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Rated 2 out of 5 stars' })).toBeVisible();
    expect(screen.getByText('Maria Lindqvist')).toBeVisible();
    expect(screen.getByText(/The lamp arrived in pieces/)).toBeVisible();
    expect(await screen.findByRole('combobox', { name: 'Scenario' }, { timeout: 15_000 })).toHaveValue('negative');
    expect(screen.getByText('Acknowledge publicly, continue privately')).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Reply templates' }, { timeout: 15_000 })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Use template' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Proofread before sending' })).not.toBeInTheDocument();
    for (const section of ['Why this advice', 'Best practices', 'Review details']) {
      expect(screen.getByRole('button', { name: section })).toHaveAttribute('aria-expanded', 'false');
    }
    expect(await screen.findByRole('heading', { name: 'Reviewer history' }, { timeout: 15_000 })).toBeVisible();
    expect(client.subscribers('ticket.save')).toBe(1);
  });
});

describe('App with the start-up get sent before React rendered', () => {
  it('uses that answer instead of asking again', async () => {
    const client = createFakeClient({ values: { ticket: reviewTicket, currentUser: agent } });
    const startup = requestStartup(createZendesk(client));
    await act(async () => {
      render(<App createClient={() => client} startup={startup} initialScheme="light" browserLocale="en-US" />);
    });
    expect(await screen.findByRole('heading', { name: 'Parcel arrived broken' })).toBeVisible();
    // The review tools may already be reading the draft; the start-up paths were asked once.
    const startupGets = client.callsOf('get').filter(([paths]) => Array.isArray(paths) && paths.includes('ticket'));
    expect(startupGets).toEqual([[['ticket', 'currentUser']]]);
  });

  it('asks once more when that early get failed', async () => {
    const client = createFakeClient({ values: { ticket: reviewTicket, currentUser: agent } });
    const startup = Promise.reject(new Error('Timeout when invoking "get"'));
    startup.catch(() => undefined);
    await act(async () => {
      render(<App createClient={() => client} startup={startup} initialScheme="light" browserLocale="en-US" />);
    });
    expect(await screen.findByRole('heading', { name: 'Parcel arrived broken' })).toBeVisible();
    // The review tools may already be reading the draft; the start-up paths were asked once.
    const startupGets = client.callsOf('get').filter(([paths]) => Array.isArray(paths) && paths.includes('ticket'));
    expect(startupGets).toEqual([[['ticket', 'currentUser']]]);
  });
});
