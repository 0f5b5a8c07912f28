import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryPanel } from '../../../src/features/history/HistoryPanel';
import { createFakeClient, renderWithProviders } from '../helpers';
import { makeReview, pagedSearch, searchTicket, settingsWith } from './factories';

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
        <HistoryPanel review={makeReview()} ticketId={1} settings={settingsWith()} />
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
