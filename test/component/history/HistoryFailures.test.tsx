import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryPanel } from '../../../src/features/history/HistoryPanel';
import type { ZafRequestOptions } from '../../../src/zaf/types';
import { historySearchPages } from '../../bench/historyFixture';
import { createFakeClient, renderWithProviders } from '../helpers';
import type { Review, Reviewer } from '../../../src/domain/review/types';
import { makeReview, makeSettings } from '../../factories';
import { openHistoryList, pagedSearch, searchTicket } from './fixtures';

/** The review being viewed: two stars, written on 1 May 2025. */
const VIEWED: Partial<Review> = { stars: 2, createdAt: new Date('2025-05-01T09:00:00Z') };
/** Its writer: requester 77, whose tickets the search answers list. */
const REQUESTER: Partial<Reviewer> = { id: 77, name: 'Maria Svensson', firstName: 'Maria', email: 'maria@example.se' };

const page = {
  results: [searchTicket(940, '2025-04-20T08:00:00Z', { subject: 'Where is my parcel?', status: 'open' })],
  next_page: null,
  count: 1,
};

/** Answers with each handler in turn, then keeps using the last one. */
const inTurn = (...answers: Array<(options: ZafRequestOptions) => unknown>) => {
  let call = 0;
  return (options: ZafRequestOptions): unknown => {
    const answer = answers[Math.min(call, answers.length - 1)];
    call += 1;
    return answer?.(options);
  };
};

const tooManyRequests = (retryAfter: string | null) => () => {
  throw { status: 429, statusText: 'Too Many Requests', getResponseHeader: () => retryAfter };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('HistoryPanel when Zendesk fails', () => {
  it('waits out a 429 as Retry-After asks, says so, then shows the history', async () => {
    vi.useFakeTimers();
    const client = createFakeClient({ request: inTurn(tooManyRequests('4'), () => page) });
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={1} settings={makeSettings()} />,
      {
        client,
      },
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Zendesk is busy. Trying again in 4 s (attempt 2 of 3)…');
    expect(client.callsOf('request')).toHaveLength(1);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(3900);
    });
    expect(client.callsOf('request')).toHaveLength(1);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(client.callsOf('request')).toHaveLength(2);
    openHistoryList();
    expect(screen.getByRole('button', { name: /Where is my parcel/ })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('gives up after three tries of 429 and offers to try again', async () => {
    vi.useFakeTimers();
    const client = createFakeClient({ request: tooManyRequests(null) });
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={1} settings={makeSettings()} />,
      {
        client,
      },
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000 + 10_000);
    });
    expect(client.callsOf('request')).toHaveLength(3);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Zendesk is receiving too many requests right now, so the history couldn’t be loaded.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('honours a long Retry-After in full and says at what time it tries again', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 2, 9, 30, 0));
    const client = createFakeClient({
      request: inTurn(
        () => {
          throw { status: 429, statusText: 'Too Many Requests', headers: { 'retry-after': '93' }, responseText: '{}' };
        },
        () => page,
      ),
    });
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={1} settings={makeSettings()} />,
      {
        client,
      },
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    const at = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(
      new Date(2026, 11, 2, 9, 31, 33),
    );
    expect(screen.getByRole('status')).toHaveTextContent(`Zendesk is busy. Trying again at ${at} (attempt 2 of 3)…`);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(92_000);
    });
    expect(client.callsOf('request')).toHaveLength(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(client.callsOf('request')).toHaveLength(2);
    openHistoryList();
    expect(screen.getByRole('button', { name: /Where is my parcel/ })).toBeInTheDocument();
  });

  it('explains a 403 without offering to try again', async () => {
    const client = createFakeClient({
      request: () => {
        throw { status: 403, statusText: 'Forbidden', responseText: '' };
      },
    });
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={1} settings={makeSettings()} />,
      {
        client,
      },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('You don’t have permission to search tickets');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(client.callsOf('request')).toHaveLength(1);
  });

  it('explains a server error and loads again when asked', async () => {
    const user = userEvent.setup();
    const client = createFakeClient({
      request: inTurn(
        () => {
          throw { status: 500, statusText: 'Internal Server Error', responseText: '' };
        },
        () => page,
      ),
    });
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={1} settings={makeSettings()} />,
      {
        client,
      },
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('Zendesk couldn’t load the history (server error 500).');
    expect(client.callsOf('request')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(await screen.findByRole('button', { name: /^Other tickets \(\d+\)$/ }));
    expect(screen.getByRole('button', { name: /Where is my parcel/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(client.callsOf('request')).toHaveLength(2);
  });

  it('says when Zendesk cannot be reached', async () => {
    const client = createFakeClient({
      request: () => {
        throw { status: 0, statusText: 'error' };
      },
    });
    await renderWithProviders(
      <HistoryPanel review={makeReview(VIEWED, REQUESTER)} ticketId={1} settings={makeSettings()} />,
      {
        client,
      },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Couldn’t reach Zendesk. Check your connection.');
  });

  it('keeps the loaded tickets when a further page fails, and retries that page', async () => {
    const user = userEvent.setup();
    const pages = historySearchPages(10, { count: 15, requesterId: 77, firstId: 5000, reviews: 1 });
    const ok = pagedSearch(pages);
    const client = createFakeClient({
      request: inTurn(
        ok,
        () => {
          throw { status: 503, statusText: 'Service Unavailable' };
        },
        ok,
      ),
    });
    await renderWithProviders(
      <HistoryPanel
        review={makeReview(VIEWED, REQUESTER)}
        ticketId={1}
        settings={makeSettings({ historyLimit: 100 })}
      />,
      { client },
    );

    await user.click(await screen.findByRole('button', { name: 'Other tickets (10)' }));
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Zendesk couldn’t load the history (server error 503).');
    expect(screen.getAllByRole('button', { name: /^.*#\d+ / })).toHaveLength(10);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: /#4986 / })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /#\d+ / })).toHaveLength(15);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
