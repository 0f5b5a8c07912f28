import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GOOD_REPLY, proofread, save, typeInEditor } from '../proofread/harness';
import { AGENT_REPLY, REVIEW_COMMENT, renderSidebar, spamTicket } from './sidebar';

const PUBLIC_HEADLINES = ['Reply publicly', 'Acknowledge publicly, continue privately'];
const RESPONSE_BADGES = ['Overdue', 'Due soon', 'On time'];
const ANSWERED = 'Already answered: this review has a public reply.';
const CHECK_FAILED = "Couldn't check for an earlier public reply.";
const ANSWER_UNKNOWN_GATE =
  "It couldn't be checked whether this review already has a public reply. Check again or confirm the reply in the Trustpilot panel before sending.";

/** A reply for the sidebar's review, from its default company. */
const REPLY = GOOD_REPLY.replace('help@nordichome.example', 'our support team by e-mail');

const expectNoPublicHeadline = () => {
  for (const headline of PUBLIC_HEADLINES) expect(screen.queryByText(headline)).not.toBeInTheDocument();
};
const expectNoResponseBadge = () => {
  for (const badge of RESPONSE_BADGES) expect(screen.queryByText(badge)).not.toBeInTheDocument();
};

describe('the reply flow in the whole sidebar', () => {
  it('with no draft: the recommendation, the response time and the templates; the rest on demand', async () => {
    const user = userEvent.setup();
    await renderSidebar();

    expect(screen.getByText('Acknowledge publicly, continue privately')).toBeVisible();
    expect(await screen.findByText('Overdue')).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Use template' }, { timeout: 15_000 })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Proofread before sending' })).not.toBeInTheDocument();

    const why = screen.getByRole('button', { name: 'Why this advice' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('heading', { name: 'Recommended action' })).not.toBeInTheDocument();
    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Recommended action' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Why this scenario' })).toBeVisible();
  });

  it('never shows a public recommendation, a badge or "Use template" next to "already answered"', async () => {
    const user = userEvent.setup();
    await renderSidebar({ comments: [REVIEW_COMMENT, AGENT_REPLY] });

    expect(await screen.findByText(ANSWERED)).toBeVisible();
    expect(screen.getByText("Don't reply publicly")).toBeVisible();
    expectNoPublicHeadline();
    expectNoResponseBadge();
    const confirm = await screen.findByRole('group', { name: 'Already answered' });
    expect(
      within(confirm).getByText(
        "This review already has a public reply. Don't send another one: Trustpilot shows only the latest reply, and sending again can create a duplicate.",
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Use template' })).not.toBeInTheDocument();

    await user.click(within(confirm).getByRole('checkbox', { name: 'I want to publish a second public reply' }));
    expect(screen.getByText('Second public reply, confirmed by you')).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Use template' })).toBeVisible();
    expectNoPublicHeadline();
  });

  it('asks for the same confirmation when the check for an earlier reply failed, with a retry', async () => {
    const user = userEvent.setup();
    let fail = true;
    const client = await renderSidebar({
      draft: REPLY,
      comments: () =>
        fail
          ? Promise.reject({ status: 500, statusText: 'Server error' })
          : { comments: [REVIEW_COMMENT], users: [{ id: 9, role: 'end-user' }], next_page: null },
    });

    expect(await screen.findByText(CHECK_FAILED)).toBeVisible();
    expect(screen.getByText("Don't reply publicly")).toBeVisible();
    const confirm = await screen.findByRole('group', { name: "Couldn't check for an earlier reply" });
    expect(screen.queryByRole('heading', { name: 'Proofread before sending' })).not.toBeInTheDocument();
    expect(await save(client)).toEqual({ allow: false, reason: ANSWER_UNKNOWN_GATE });

    fail = false;
    await user.click(within(confirm).getByRole('button', { name: 'Check again' }));
    expect(await screen.findByRole('heading', { name: 'Proofread before sending' })).toBeVisible();
    expect(screen.queryByText(CHECK_FAILED)).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: "Couldn't check for an earlier reply" })).not.toBeInTheDocument();
  });

  it('lets the agent confirm after a failed check and send the proofread reply', async () => {
    const user = userEvent.setup();
    const client = await renderSidebar({ draft: REPLY, comments: 500 });

    const confirm = await screen.findByRole('group', { name: "Couldn't check for an earlier reply" });
    await user.click(
      within(confirm).getByRole('checkbox', { name: 'I read the conversation: publish a public reply' }),
    );
    expect(await screen.findByRole('heading', { name: 'Proofread before sending' })).toBeVisible();
    await proofread(user);
    expect(await save(client)).toEqual({ allow: true });
  });

  it('on spam: the spam flow only, no badge and no prompt for a public reply', async () => {
    await renderSidebar({ ticket: spamTicket });

    expect(await screen.findByRole('heading', { name: 'Spam: no public reply' })).toBeVisible();
    expect(screen.getByText("Don't reply publicly")).toBeVisible();
    expect(screen.getByText('Looks like spam or not about your business.')).toBeVisible();
    expectNoPublicHeadline();
    expectNoResponseBadge();
    expect(screen.getByRole('link', { name: /Flag the review on Trustpilot/ })).toHaveAttribute(
      'href',
      'https://www.trustpilot.com/reviews/6651e6f708192a3b4c5d6e7f',
    );
    expect(screen.getByText('Then close the ticket: set it to Solved without a public reply.')).toBeVisible();
    expect(screen.queryByText(/Write your public reply/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Proofread before sending' })).not.toBeInTheDocument();
  });

  it('on spam with a public reply in the editor: says it must become an internal note', async () => {
    await renderSidebar({ ticket: spamTicket, draft: REPLY });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A public reply is in the editor. Switch it to an internal note: spam gets no public reply.',
    );
    expect(screen.queryByRole('heading', { name: 'Proofread before sending' })).not.toBeInTheDocument();
    expectNoResponseBadge();
  });

  it('with a public reply: proofreading comes first, templates fold away, and focus moves to "Ready to send"', async () => {
    const user = userEvent.setup();
    const client = await renderSidebar({ draft: REPLY });

    expect(await screen.findByRole('heading', { name: 'Proofread before sending' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Use template' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reply templates' })).toHaveAttribute('aria-expanded', 'false');

    await proofread(user);
    expect(screen.getByRole('heading', { name: 'Ready to send' })).toBeVisible();
    const status = screen
      .getAllByRole('status')
      .find((element) => element.textContent?.startsWith('Proofread: send it'));
    expect(status).toHaveTextContent("Proofread: send it with Zendesk's Submit. Any edit brings the checks back.");
    expect(status).toHaveFocus();
    expect(await save(client)).toEqual({ allow: true });

    await typeInEditor(client, REPLY.replace('Maja', 'Maja S.'));
    expect(screen.getByRole('heading', { name: 'Proofread before sending' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Mark as proofread' })).toBeVisible();
  });

  it('with an internal note: one line, no proofreading and no confirmation', async () => {
    const client = await renderSidebar({ draft: '<p>Checked with the warehouse.</p>', type: 'internalNote' });

    expect(
      await screen.findByText("This is an internal note: it stays in Zendesk and doesn't need proofreading."),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Proofread before sending' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use template' })).not.toBeInTheDocument();
    expect(await save(client)).toEqual({ allow: true });
  });

  it('keeps an open section open on the next ticket', async () => {
    const user = userEvent.setup();
    await renderSidebar();
    await user.click(screen.getByRole('button', { name: 'Best practices' }));
    expect(screen.getByText('Thank them for sharing their experience.')).toBeVisible();
    await act(async () => undefined);

    cleanup();
    await renderSidebar();
    expect(screen.getByRole('button', { name: 'Best practices' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Thank them for sharing their experience.')).toBeVisible();
  });
});
