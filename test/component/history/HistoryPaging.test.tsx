import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { requesterSearchPath } from '../../../src/api/search';
import { HistoryPanel } from '../../../src/features/history/HistoryPanel';
import { historySearchPages } from '../../bench/historyFixture';
import { createFakeClient, renderWithProviders } from '../helpers';
import type { Review, Reviewer } from '../../../src/domain/review/types';
import { makeReview, makeSettings } from '../../factories';
import { pagedSearch } from './fixtures';

/** The review being viewed: two stars, written on 1 May 2025. */
const VIEWED: Partial<Review> = { stars: 2, createdAt: new Date('2025-05-01T09:00:00Z') };
/** Its writer: requester 77, whose tickets the search answers list. */
const REQUESTER: Partial<Reviewer> = { id: 77, name: 'Maria Svensson', firstName: 'Maria', email: 'maria@example.se' };

const fixture = { count: 120, requesterId: 77, firstId: 5000, reviews: 2 };
const requestedUrls = (calls: unknown[][]) => calls.map(([options]) => (options as { url: string }).url);
const rows = () => within(screen.getByRole('list')).getAllByRole('button');

describe('HistoryPanel paging', () => {
  it('shows ten rows, then all of the page, then loads further pages only when asked', async () => {
    const user = userEvent.setup();
    const client = createFakeClient({ request: pagedSearch(historySearchPages(50, fixture)) });
    await renderWithProviders(
      <HistoryPanel
        review={makeReview(VIEWED, REQUESTER)}
        ticketId={1}
        settings={makeSettings({ historyLimit: 500 })}
      />,
      { client },
    );

    expect(await screen.findByText(/based on the latest 50 of 120 tickets$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Other tickets (50)' }));
    expect(rows()).toHaveLength(10);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show all 50' }));
    expect(rows()).toHaveLength(50);
    expect(rows()[10]).toHaveFocus();
    expect(client.callsOf('request')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('button', { name: /#4950 / })).toHaveFocus();
    expect(rows()).toHaveLength(100);

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByRole('button', { name: /#4881 / });
    expect(rows()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.queryByText(/based on the latest/)).not.toBeInTheDocument();

    expect(requestedUrls(client.callsOf('request'))).toEqual([
      requesterSearchPath(77, 50),
      '/api/v2/search.json?page=2&per_page=50&query=type%3Aticket+requester_id%3A77&sort_by=created_at&sort_order=desc',
      '/api/v2/search.json?page=3&per_page=50&query=type%3Aticket+requester_id%3A77&sort_by=created_at&sort_order=desc',
    ]);
  });

  it('stops at the historyLimit setting and says so', async () => {
    const user = userEvent.setup();
    const client = createFakeClient({ request: pagedSearch(historySearchPages(30, fixture)) });
    await renderWithProviders(
      <HistoryPanel
        review={makeReview(VIEWED, REQUESTER)}
        ticketId={1}
        settings={makeSettings({ historyLimit: 30 })}
      />,
      { client },
    );

    await user.click(await screen.findByRole('button', { name: 'Other tickets (30)' }));
    await user.click(screen.getByRole('button', { name: 'Show all 30' }));
    expect(rows()).toHaveLength(30);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText('Showing the latest 30 tickets (the limit set in the app settings).')).toBeInTheDocument();
    expect(requestedUrls(client.callsOf('request'))).toEqual([requesterSearchPath(77, 30)]);
  });
});
