import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ZafGetResult } from '../../../src/zaf/types';
import { makeReview } from '../../factories';
import { createFakeClient } from '../helpers';
import { GOOD_REPLY, LATE_DELIVERY, proofread, renderPanel, switchType, typeInEditor } from './harness';

const preview = () => screen.getByRole('document', { name: 'Your reply as it will be published' });
const markButton = () => screen.getByRole('button', { name: 'Mark as proofread' });

describe('ProofreadPanel', () => {
  it('reads the editor once, in one batched call', async () => {
    const { client } = await renderPanel();
    expect(client.callsOf('get')).toEqual([[['comment.text', 'comment.type']]]);
  });

  it('shows the reply exactly as it will be published, as plain text', async () => {
    await renderPanel({
      text: '<p>Hi Anna,</p><p>R&amp;D <strong>thanks</strong> you.</p><p>Kind regards,<br>Maja</p>',
    });
    expect(preview().textContent).toBe('Hi Anna,\n\nR&D thanks you.\n\nKind regards,\nMaja');
    expect(within(preview()).queryByText(/<p>|&amp;/)).toBeNull();
  });

  it('lists blocking problems with the words concerned and will not take the stamp', async () => {
    const user = userEvent.setup();
    await renderPanel({ text: GOOD_REPLY.replace('your honest feedback', '[specific problem]') });
    const problems = screen.getByRole('region', { name: 'Must be fixed before sending' });
    expect(within(problems).getByText('Fill in the placeholders in square brackets.')).toBeVisible();
    expect(within(problems).getByText('“[specific problem]”')).toBeVisible();
    for (const box of screen.getAllByRole('checkbox')) await user.click(box);
    expect(markButton()).toBeDisabled();
    expect(markButton()).toHaveAccessibleDescription('Fix the problems above first.');
  });

  it('asks for the whole checklist before the reply can be marked', async () => {
    const user = userEvent.setup();
    await renderPanel();
    const checklist = screen.getByRole('group', { name: 'Checklist' });
    expect(
      within(checklist)
        .getAllByRole('checkbox')
        .map((box) => box.closest('div')?.textContent),
    ).toEqual([
      'I read the whole review',
      'Spelling and grammar are right',
      'Tone: friendly, human, responsible',
      'No personal data (orders, addresses)',
      'Names and details are right',
      'A next step is offered',
    ]);
    expect(markButton()).toHaveAccessibleDescription('Tick every item of the checklist first.');
    await user.click(within(checklist).getByRole('checkbox', { name: 'I read the whole review' }));
    expect(markButton()).toBeDisabled();
  });

  it('does not ask for a next step on a positive review', async () => {
    await renderPanel({ scenario: 'positive' });
    const checklist = screen.getByRole('group', { name: 'Checklist' });
    expect(within(checklist).queryByRole('checkbox', { name: 'A next step is offered' })).toBeNull();
    expect(within(checklist).getAllByRole('checkbox')).toHaveLength(5);
  });

  it('stamps the reply, and an edit visibly removes the stamp', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel();
    expect(screen.getByRole('heading', { name: 'Proofread before sending' })).toBeVisible();
    expect(screen.queryByRole('status')).toBeNull();
    await proofread(user);
    expect(screen.getByRole('heading', { name: 'Ready to send' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      "Proofread: send it with Zendesk's Submit. Any edit brings the checks back.",
    );
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Mark as proofread' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Checklist' })).toBeNull();
    expect(preview()).toHaveTextContent('Kind regards,');

    await typeInEditor(client, GOOD_REPLY.replace('Maja', 'Maja S.'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You changed the reply after proofreading it. Read it again and mark it as proofread.',
    );
    expect(preview()).toHaveTextContent('Maja S.');
    expect(markButton()).toBeEnabled();
    expect(screen.getByRole('heading', { name: 'Proofread before sending' })).toBeVisible();
    await user.click(markButton());
    expect(screen.getByRole('status')).toHaveTextContent("Proofread: send it with Zendesk's Submit.");
    expect(screen.getByRole('status')).toHaveFocus();
  });

  it('checks live as the agent types, marking the words concerned', async () => {
    const { client } = await renderPanel();
    expect(screen.getByText('No problems found. Read it once more.')).toBeVisible();
    await typeInEditor(client, GOOD_REPLY.replace('your honest', 'your your honest'));
    const warnings = screen.getByRole('region', { name: 'Worth a second look' });
    expect(within(warnings).getByText('A word is repeated.')).toBeVisible();
    expect(within(warnings).getByText('“your your”')).toBeVisible();
    expect(
      within(preview())
        .getAllByRole('mark')
        .map((mark) => mark.textContent),
    ).toEqual(['your your']);
  });

  it('tells the agent an internal note needs no proofreading', async () => {
    const { client } = await renderPanel();
    await switchType(client, 'internalNote');
    expect(
      screen.getByText("This is an internal note: it stays in Zendesk and doesn't need proofreading."),
    ).toBeVisible();
    expect(screen.queryByRole('document')).toBeNull();
  });

  it('waits for a reply to be written', async () => {
    await renderPanel({ text: '<p><br></p>' });
    expect(screen.getByText('Write your public reply in Zendesk. It will appear here to proofread.')).toBeVisible();
  });

  it('shows a read failure with a retry that works', async () => {
    const user = userEvent.setup();
    const client = createFakeClient({ values: { 'comment.text': GOOD_REPLY, 'comment.type': 'publicReply' } });
    const working = client.get;
    client.get = () => Promise.reject(new Error('Zendesk did not answer'));
    await renderPanel({ client });
    expect(await screen.findByText("Couldn't read your reply from Zendesk.")).toBeVisible();
    client.get = working;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('document', { name: 'Your reply as it will be published' })).toHaveTextContent(
      'Hi Anna,',
    );
  });

  it('shows that it is reading, and keeps an edit made while the first read was under way', async () => {
    const client = createFakeClient();
    let answer: (result: ZafGetResult) => void = () => undefined;
    client.get = () =>
      new Promise<ZafGetResult>((resolve) => {
        answer = resolve;
      });
    await renderPanel({ client });
    expect(screen.getByRole('status')).toHaveTextContent('Reading your reply…');
    await act(async () => client.emit('comment.text.changed', '<p>Hi Anna, newer text</p>'));
    await act(async () => answer({ 'comment.text': '<p>older text</p>', 'comment.type': 'publicReply', errors: {} }));
    expect(preview()).toHaveTextContent('Hi Anna, newer text');
  });

  it('asks for an explicit confirmation before a second public reply', async () => {
    const user = userEvent.setup();
    await renderPanel({ review: makeReview({ ...LATE_DELIVERY, alreadyAnswered: true }) });
    const problems = screen.getByRole('region', { name: 'Must be fixed before sending' });
    expect(
      within(problems).getByText(
        'This review already has a public reply. Confirm below that you want to publish a second one.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'I want to publish a second public reply' }));
    expect(screen.queryByRole('region', { name: 'Must be fixed before sending' })).toBeNull();
  });

  it('shows nothing on a ticket that is not a review', async () => {
    await renderPanel({ isReview: false });
    expect(screen.queryByRole('heading', { name: 'Proofread before sending' })).toBeNull();
  });

  it('speaks the agent’s language', async () => {
    await renderPanel({ locale: 'de', text: GOOD_REPLY.replace('your honest', 'your your honest') });
    expect(screen.getByRole('heading', { name: 'Vor dem Senden Korrektur lesen' })).toBeVisible();
    expect(screen.getByText('Ein Wort steht doppelt.')).toBeVisible();
    expect(screen.getByText('„your your“')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Als Korrektur gelesen markieren' })).toBeDisabled();
  });

  it('works in dark mode', async () => {
    await renderPanel({ scheme: 'dark' });
    expect(screen.getByRole('heading', { name: 'Proofread before sending' })).toBeVisible();
    expect(preview()).toHaveTextContent('Hi Anna,');
  });
});
