import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryPanel } from '../../../src/features/history/HistoryPanel';
import { createFakeClient, renderWithProviders } from '../helpers';
import type { Review, Reviewer } from '../../../src/domain/review/types';
import { makeReview, makeSettings } from '../../factories';
import { pagedSearch, searchTicket } from './fixtures';

/** The review being viewed: two stars, written on 1 May 2025. */
const VIEWED: Partial<Review> = { stars: 2, createdAt: new Date('2025-05-01T09:00:00Z') };
/** Its writer: requester 77, whose tickets the search answers list. */
const REQUESTER: Partial<Reviewer> = { id: 77, name: 'Maria Svensson', firstName: 'Maria', email: 'maria@example.se' };

vi.mock('../../../src/features/history/summaryText', () => ({
  summaryText: () => {
    throw new Error('summary broke');
  },
}));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('HistoryPanel when its own rendering fails', () => {
  it('shows a message in place of the history and leaves the rest of the page alone', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const client = createFakeClient({
      request: pagedSearch([{ results: [searchTicket(5, '2025-01-01T00:00:00Z')], next_page: null, count: 1 }]),
    });
    await renderWithProviders(
      <>
        <p>Review card</p>
        <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={1} settings={makeSettings()} />
      </>,
      { client },
    );
    expect(
      await screen.findByText('The reviewer history couldn’t be shown. The rest of the app keeps working.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Reviewer history' })).toBeInTheDocument();
    expect(screen.getByText('Review card')).toBeInTheDocument();
  });
});
