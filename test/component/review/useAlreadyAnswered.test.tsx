import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReviewCard } from '../../../src/features/review/ReviewCard';
import { useAlreadyAnswered } from '../../../src/features/review/useAlreadyAnswered';
import type { ZafRequestOptions } from '../../../src/zaf/types';
import { createFakeClient, renderWithProviders } from '../helpers';
import { makeReview } from '../../factories';

/** Five hours after `makeReview`'s default `createdAt`. */
const NOW = new Date('2025-05-01T13:00:00Z');

const COMMENTS_URL = '/api/v2/tickets/1001/comments.json?include=users&per_page=100';
const REVIEW_COMMENT = { id: 1, author_id: 77, public: true, created_at: '2025-05-01T08:00:00Z' };
const AGENT_REPLY = { id: 2, author_id: 5, public: true, created_at: '2025-05-01T10:00:00Z' };
const USERS = [
  { id: 77, role: 'end-user' },
  { id: 5, role: 'agent' },
];

/** The card wired the way the sidebar wires it: the hook's answer merged into the review. */
function CheckedCard({ ticketId }: { ticketId: number | null }) {
  const check = useAlreadyAnswered(ticketId, 77, { sleep: async () => undefined });
  const review = makeReview({ alreadyAnswered: check.status === 'ready' && check.data.answered });
  return <ReviewCard review={review} now={NOW} answeredCheck={check} />;
}

describe('useAlreadyAnswered with the review card', () => {
  it('checks the comments and shows the warning when an agent replied publicly', async () => {
    const client = createFakeClient({
      request: () => ({ comments: [REVIEW_COMMENT, AGENT_REPLY], users: USERS, next_page: null }),
    });
    await renderWithProviders(<CheckedCard ticketId={1001} />, { client });

    expect(await screen.findByRole('alert')).toHaveTextContent(/^Already answered/);
    expect(client.callsOf('request')).toEqual([
      [{ url: COMMENTS_URL, type: 'GET', dataType: 'json', httpCompleteResponse: true, autoRetry: false }],
    ]);
  });

  it('shows the check running, then nothing when there is no reply', async () => {
    let answer: (body: unknown) => void = () => undefined;
    const client = createFakeClient({ request: () => new Promise((resolve) => (answer = resolve)) });
    await renderWithProviders(<CheckedCard ticketId={1001} />, { client });

    expect(screen.getByRole('status')).toHaveTextContent('Checking for earlier replies…');
    await act(async () => answer({ comments: [REVIEW_COMMENT], users: USERS, next_page: null }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the check failed and checks again on request', async () => {
    const user = userEvent.setup();
    let fail = true;
    const client = createFakeClient({
      request: (options: ZafRequestOptions) => {
        if (fail) return Promise.reject({ status: 500 });
        return options.url === COMMENTS_URL
          ? { comments: [REVIEW_COMMENT, AGENT_REPLY], users: USERS, next_page: null }
          : null;
      },
    });
    await renderWithProviders(<CheckedCard ticketId={1001} />, { client });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Couldn't check whether this review already has a public reply.",
    );
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('Already answered')).toBeInTheDocument();
    expect(client.callsOf('request')).toHaveLength(2);
  });

  it('does not offer to check again when Zendesk refused (403)', async () => {
    const client = createFakeClient({ request: () => Promise.reject({ status: 403, statusText: 'Forbidden' }) });
    await renderWithProviders(<CheckedCard ticketId={1001} />, { client });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Couldn't check whether this review already has a public reply.",
    );
    expect(screen.queryByRole('button', { name: 'Check again' })).not.toBeInTheDocument();
    expect(client.callsOf('request')).toHaveLength(1);
  });

  it('checks again after the agent submits the ticket', async () => {
    let comments = [REVIEW_COMMENT];
    const client = createFakeClient({ request: () => ({ comments, users: USERS, next_page: null }) });
    await renderWithProviders(<CheckedCard ticketId={1001} />, { client });
    await act(async () => undefined);
    expect(screen.queryByText('Already answered')).not.toBeInTheDocument();

    comments = [REVIEW_COMMENT, AGENT_REPLY];
    await act(async () => client.emit('ticket.submit.done'));
    expect(await screen.findByText('Already answered')).toBeInTheDocument();
  });

  it('asks nothing for a ticket that is not saved yet', async () => {
    const client = createFakeClient();
    await renderWithProviders(<CheckedCard ticketId={null} />, { client });

    expect(client.callsOf('request')).toEqual([]);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('stops listening for submits when it unmounts', async () => {
    const client = createFakeClient({ request: () => ({ comments: [REVIEW_COMMENT], users: USERS, next_page: null }) });
    const { unmount } = await renderWithProviders(<CheckedCard ticketId={1001} />, { client });
    expect(client.subscribers('ticket.submit.done')).toBe(1);
    unmount();
    expect(client.subscribers('ticket.submit.done')).toBe(0);
  });
});
