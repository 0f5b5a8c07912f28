import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAlreadyAnswered } from '../../../src/features/review/useAlreadyAnswered';
import { createFakeClient, renderWithProviders } from '../helpers';
import { AGENT_REPLY, REVIEW_COMMENT, USERS, commentCalls, commentsUrl, renderSidebar } from '../app/sidebar';

const COMMENTS_URL = commentsUrl(501);
const ANSWERED = 'Already answered: this review has a public reply.';
const CHECK_FAILED = "Couldn't check for an earlier public reply.";

/** The hook alone, for what it asks Zendesk and when it stops listening. */
function Check({ ticketId }: { ticketId: number | null }) {
  const check = useAlreadyAnswered(ticketId, 9, { sleep: async () => undefined });
  return <p>{check.status === 'ready' ? `answered: ${String(check.data.answered)}` : check.status}</p>;
}

describe('useAlreadyAnswered in the sidebar', () => {
  it('checks the comments and shows the warning when an agent replied publicly', async () => {
    const client = await renderSidebar({ comments: [REVIEW_COMMENT, AGENT_REPLY] });

    expect(await screen.findByText(ANSWERED)).toBeVisible();
    expect(commentCalls(client)).toEqual([
      [{ url: COMMENTS_URL, type: 'GET', dataType: 'json', httpCompleteResponse: true, autoRetry: false }],
    ]);
  });

  it('shows the check running, then nothing when there is no reply', async () => {
    let answer: (body: unknown) => void = () => undefined;
    await renderSidebar({ comments: () => new Promise((resolve) => (answer = resolve)) });

    expect(screen.getAllByText('Checking for earlier replies…')[0]).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Use template' })).not.toBeInTheDocument();
    await act(async () => answer({ comments: [REVIEW_COMMENT], users: USERS, next_page: null }));
    expect(screen.queryByText('Checking for earlier replies…')).not.toBeInTheDocument();
    expect(screen.queryByText(ANSWERED)).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Use template' })).toBeVisible();
  });

  it('says when the check failed and checks again on request', async () => {
    const user = userEvent.setup();
    let fail = true;
    const client = await renderSidebar({
      comments: () =>
        fail
          ? Promise.reject({ status: 500 })
          : { comments: [REVIEW_COMMENT, AGENT_REPLY], users: USERS, next_page: null },
    });

    expect(await screen.findByText(CHECK_FAILED)).toBeVisible();
    fail = false;
    const confirm = await screen.findByRole('group', { name: "Couldn't check for an earlier reply" });
    await user.click(within(confirm).getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText(ANSWERED)).toBeVisible();
    expect(await screen.findByRole('group', { name: 'Already answered' })).toBeVisible();
    expect(commentCalls(client)).toHaveLength(2);
  });

  it('does not offer to check again when Zendesk refused (403)', async () => {
    const client = await renderSidebar({ comments: 403 });

    expect(await screen.findByText(CHECK_FAILED)).toBeVisible();
    expect(await screen.findByRole('group', { name: "Couldn't check for an earlier reply" })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Check again' })).not.toBeInTheDocument();
    expect(commentCalls(client)).toHaveLength(1);
  });

  it('checks again after the agent submits the ticket', async () => {
    let comments = [REVIEW_COMMENT];
    const client = await renderSidebar({ comments: () => ({ comments, users: USERS, next_page: null }) });
    expect(await screen.findByRole('button', { name: 'Use template' })).toBeVisible();
    expect(screen.queryByText(ANSWERED)).not.toBeInTheDocument();

    comments = [REVIEW_COMMENT, AGENT_REPLY];
    await act(async () => client.emit('ticket.submit.done'));
    expect(await screen.findByText(ANSWERED)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Use template' })).not.toBeInTheDocument();
  });

  it('asks nothing for a ticket that is not saved yet', async () => {
    const client = createFakeClient();
    await renderWithProviders(<Check ticketId={null} />, { client });

    expect(client.callsOf('request')).toEqual([]);
    expect(screen.getByText('answered: false')).toBeInTheDocument();
  });

  it('stops listening for submits when it unmounts', async () => {
    const client = createFakeClient({ request: () => ({ comments: [REVIEW_COMMENT], users: USERS, next_page: null }) });
    const { unmount } = await renderWithProviders(<Check ticketId={1001} />, { client });
    expect(client.subscribers('ticket.submit.done')).toBe(1);
    unmount();
    expect(client.subscribers('ticket.submit.done')).toBe(0);
  });
});
