import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { RequestFailure } from '../../../src/api/request';
import { ConfirmSecondReply } from '../../../src/features/flow';
import type { AlreadyAnsweredView } from '../../../src/features/review';
import { renderWithProviders } from '../helpers';

const failedCheck = (error: RequestFailure, retry = vi.fn()): AlreadyAnsweredView => ({
  status: 'error',
  error,
  retry,
});

/** The confirmation as the sidebar holds it: the choice lives in the parent. */
function Harness(props: { because: 'answered' | 'checkFailed'; check?: AlreadyAnsweredView }) {
  const [confirmed, setConfirmed] = useState(false);
  return (
    <>
      <ConfirmSecondReply {...props} confirmed={confirmed} onConfirm={setConfirmed} />
      <p>{confirmed ? 'confirmed' : 'not confirmed'}</p>
    </>
  );
}

describe('ConfirmSecondReply', () => {
  it('on an answered review: says a reply exists and asks for an explicit second reply, with no retry', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Harness because="answered" />);

    const group = screen.getByRole('group', { name: 'Already answered' });
    expect(
      within(group).getByText(
        "This review already has a public reply. Don't send another one: Trustpilot shows only the latest reply, and sending again can create a duplicate.",
      ),
    ).toBeVisible();
    expect(within(group).queryByRole('button', { name: 'Check again' })).not.toBeInTheDocument();
    const box = within(group).getByRole('checkbox', { name: 'I want to publish a second public reply' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByText('confirmed')).toBeInTheDocument();
    await user.click(box);
    expect(screen.getByText('not confirmed')).toBeInTheDocument();
  });

  it('after a failed check: says a reply may exist, offers the retry and its own confirmation', async () => {
    const user = userEvent.setup();
    const retry = vi.fn();
    await renderWithProviders(
      <Harness because="checkFailed" check={failedCheck({ kind: 'server', status: 500 }, retry)} />,
    );

    const group = screen.getByRole('group', { name: "Couldn't check for an earlier reply" });
    expect(
      within(group).getByText(
        "A public reply may already exist, and a second one can't be withdrawn. Check again, or read the conversation and confirm.",
      ),
    ).toBeVisible();
    await user.click(within(group).getByRole('button', { name: 'Check again' }));
    expect(retry).toHaveBeenCalledTimes(1);
    await user.click(within(group).getByRole('checkbox', { name: 'I read the conversation: publish a public reply' }));
    expect(screen.getByText('confirmed')).toBeInTheDocument();
  });

  it('offers no retry when Zendesk refused the check (403): asking again would be refused too', async () => {
    await renderWithProviders(
      <Harness because="checkFailed" check={failedCheck({ kind: 'forbidden', status: 403 })} />,
    );
    const group = screen.getByRole('group', { name: "Couldn't check for an earlier reply" });
    expect(within(group).queryByRole('button', { name: 'Check again' })).not.toBeInTheDocument();
    expect(
      within(group).getByRole('checkbox', { name: 'I read the conversation: publish a public reply' }),
    ).not.toBeChecked();
  });

  it('is reached with the keyboard: the retry, then the confirmation', async () => {
    const user = userEvent.setup();
    const retry = vi.fn();
    await renderWithProviders(<Harness because="checkFailed" check={failedCheck({ kind: 'network' }, retry)} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(retry).toHaveBeenCalledTimes(1);
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'I read the conversation: publish a public reply' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByText('confirmed')).toBeInTheDocument();
  });

  it('speaks the agent’s language', async () => {
    await renderWithProviders(<Harness because="answered" />, { locale: 'de' });
    expect(screen.getByRole('group', { name: 'Bereits beantwortet' })).toBeVisible();
  });
});
