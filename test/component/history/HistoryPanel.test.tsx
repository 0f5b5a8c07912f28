import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { requesterSearchPath } from '../../../src/api/search';
import { HistoryCacheProvider } from '../../../src/features/history/HistoryCacheProvider';
import { HistoryPanel } from '../../../src/features/history/HistoryPanel';
import { createHistoryCache } from '../../../src/features/history/historyCache';
import { createFakeClient, renderWithProviders } from '../helpers';
import type { Review, Reviewer } from '../../../src/domain/review/types';
import { makeReview, makeSettings } from '../../factories';
import { openHistoryList, pagedSearch, searchTicket } from './fixtures';

/** The review being viewed: two stars, written on 1 May 2025. */
const VIEWED: Partial<Review> = { stars: 2, createdAt: new Date('2025-05-01T09:00:00Z') };
/** Its writer: requester 77, whose tickets the search answers list. */
const REQUESTER: Partial<Reviewer> = { id: 77, name: 'Maria Svensson', firstName: 'Maria', email: 'maria@example.se' };

const CURRENT = 1000;
const firstPageUrl = requesterSearchPath(77, 50);

const onePage = {
  results: [
    searchTicket(CURRENT, '2025-05-01T09:00:00Z', {
      tags: ['trustpilot', 'rating_2'],
      status: 'new',
      channel: 'any_channel',
    }),
    searchTicket(940, '2025-04-20T08:00:00Z', { subject: 'Where is my parcel?', status: 'open', channel: 'email' }),
    searchTicket(810, '2025-02-03T08:00:00Z', {
      subject: 'Lovely shop',
      status: 'solved',
      tags: ['trustpilot', 'rating_5', 'trustpilot_positive'],
      channel: 'any_channel',
    }),
    searchTicket(700, '2024-11-12T08:00:00Z', {
      subject: '<img src=x onerror=alert(1)>',
      status: 'closed',
      channel: 'chat',
    }),
  ],
  next_page: null,
  count: 4,
};

describe('HistoryPanel', () => {
  it('shows the summary and the other tickets, newest first, from one request', async () => {
    const client = createFakeClient({ request: pagedSearch([onePage]) });
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={CURRENT} settings={makeSettings()} />,
      { client },
    );

    expect(await screen.findByText('2nd review · was 5★, now 2★ · 1 open ticket (e-mail)')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(openHistoryList()).toHaveAccessibleName('Other tickets (3)');
    const list = screen.getByRole('list', { name: 'Other tickets from this reviewer, newest first' });
    const rows = within(list).getAllByRole('button');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Where is my parcel?#940 · e-mail · Open · Apr 20, 2025',
      'Lovely shop★★★★★ #810 · Trustpilot review · Solved · Feb 3, 2025',
      '<img src=x onerror=alert(1)>#700 · chat · Closed · Nov 12, 2024',
    ]);
    expect(within(rows[1] as HTMLElement).getByRole('img', { name: '5 of 5 stars' })).toBeInTheDocument();
    expect(list.querySelector('img')).toBeNull();
    expect(client.callsOf('request')).toEqual([
      [{ url: firstPageUrl, type: 'GET', dataType: 'json', httpCompleteResponse: true, autoRetry: false }],
    ]);
  });

  it('opens a ticket in Zendesk when its row is chosen', async () => {
    const user = userEvent.setup();
    const client = createFakeClient({ request: pagedSearch([onePage]) });
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={CURRENT} settings={makeSettings()} />,
      { client },
    );

    await user.click(await screen.findByRole('button', { name: 'Other tickets (3)' }));
    await user.click(screen.getByRole('button', { name: /Lovely shop/ }));
    expect(client.callsOf('invoke')).toEqual([['routeTo', 'ticket', 810]]);

    screen.getByRole('button', { name: /Where is my parcel/ }).focus();
    await user.keyboard('{Enter}');
    expect(client.callsOf('invoke')).toEqual([
      ['routeTo', 'ticket', 810],
      ['routeTo', 'ticket', 940],
    ]);
  });

  it('says when Zendesk could not open a ticket', async () => {
    const user = userEvent.setup();
    const client = createFakeClient({ request: pagedSearch([onePage]) });
    client.invoke = async () => {
      throw new Error('routeTo failed');
    };
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={CURRENT} settings={makeSettings()} />,
      { client },
    );
    await user.click(await screen.findByRole('button', { name: 'Other tickets (3)' }));
    await user.click(screen.getByRole('button', { name: /Lovely shop/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Couldn’t open ticket #810.');
  });

  it('calls a reviewer without other tickets a first reviewer', async () => {
    const client = createFakeClient({
      request: pagedSearch([{ results: [onePage.results[0]], next_page: null, count: 1 }]),
    });
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={CURRENT} settings={makeSettings()} />,
      { client },
    );
    expect(await screen.findByText('First review · nothing else open')).toBeInTheDocument();
    expect(screen.getByText('No other tickets from this reviewer.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows no history for an anonymous reviewer and makes no request', async () => {
    const client = createFakeClient({ request: pagedSearch([onePage]) });
    await renderWithProviders(
      <HistoryPanel
        review={makeReview(VIEWED, { ...REQUESTER, anonymous: true, name: '', firstName: '' })}
        ticketId={CURRENT}
        settings={makeSettings()}
      />,
      { client },
    );
    expect(
      screen.getByText(
        'Anonymous reviewer: no history is shown, because earlier tickets can’t be linked to one person.',
      ),
    ).toBeInTheDocument();
    expect(client.callsOf('request')).toEqual([]);
  });

  it('hides the history of a requester shared by many reviews', async () => {
    const reviews = Array.from({ length: 8 }, (_, i) =>
      searchTicket(900 - i, `2025-04-0${i + 1}T08:00:00Z`, { tags: ['trustpilot', `rating_${(i % 5) + 1}`] }),
    );
    const client = createFakeClient({ request: pagedSearch([{ results: reviews, next_page: null, count: 8 }]) });
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={CURRENT} settings={makeSettings()} />,
      { client },
    );
    expect(
      await screen.findByText(
        'No history is shown: this requester has 8 other reviews, so it is probably a shared placeholder for anonymous reviewers rather than one person.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('keeps the history for the session: a remounted panel makes no new request', async () => {
    const client = createFakeClient({ request: pagedSearch([onePage]) });
    const cache = createHistoryCache();
    const panel = <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={CURRENT} settings={makeSettings()} />;
    const { unmount } = await renderWithProviders(<HistoryCacheProvider cache={cache}>{panel}</HistoryCacheProvider>, {
      client,
    });
    await screen.findByText(/2nd review/);
    unmount();

    await renderWithProviders(<HistoryCacheProvider cache={cache}>{panel}</HistoryCacheProvider>, { client });
    expect(screen.getByText('2nd review · was 5★, now 2★ · 1 open ticket (e-mail)')).toBeInTheDocument();
    expect(client.callsOf('request')).toHaveLength(1);
  });

  it.each([
    ['with', true],
    ['without', false],
  ])('asks Zendesk once at start-up under StrictMode, %s a cache provider', async (_, withProvider) => {
    const client = createFakeClient({ request: pagedSearch([onePage]) });
    const panel = <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={CURRENT} settings={makeSettings()} />;
    await renderWithProviders(
      <StrictMode>{withProvider ? <HistoryCacheProvider>{panel}</HistoryCacheProvider> : panel}</StrictMode>,
      { client },
    );
    await screen.findByText(/2nd review/);
    expect(client.callsOf('request')).toEqual([
      [{ url: firstPageUrl, type: 'GET', dataType: 'json', httpCompleteResponse: true, autoRetry: false }],
    ]);
  });

  it('speaks the agent’s language, ordinals and channels included', async () => {
    const client = createFakeClient({ request: pagedSearch([onePage]) });
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={CURRENT} settings={makeSettings()} />,
      { client, locale: 'sv' },
    );
    expect(await screen.findByText('2:a omdömet · förut 5★, nu 2★ · 1 öppet ärende (e-post)')).toBeInTheDocument();
    openHistoryList(/^Andra ärenden \(3\)$/);
    expect(
      screen.getByRole('list', { name: 'Andra ärenden från den här recensenten, nyast först' }),
    ).toBeInTheDocument();
  });
});
