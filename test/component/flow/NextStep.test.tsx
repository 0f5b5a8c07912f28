import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Flow, FlowStep } from '../../../src/domain/flow';
import { NextStep } from '../../../src/features/flow';
import { useProofreading } from '../../../src/features/proofread';
import { makeReview, makeSettings } from '../../factories';
import { createFakeClient, renderWithProviders } from '../helpers';
import { GOOD_REPLY, LATE_DELIVERY, NORDIC_HOME, proofread } from '../proofread/harness';

const flowWith = (step: FlowStep): Flow => ({
  headline: 'replyPublicly',
  warning: null,
  warnings: [],
  showResponseTime: true,
  secondReply: false,
  step,
});

/** The next step over the sidebar's proofreading state, with a stand-in for the templates panel. */
function Step({ step }: { step: FlowStep }) {
  const proofreading = useProofreading({
    review: makeReview(LATE_DELIVERY),
    isReview: true,
    scenario: 'negative',
    settings: makeSettings(NORDIC_HOME),
    recommendation: 'publicReply',
  });
  return (
    <NextStep
      flow={flowWith(step)}
      scenario="negative"
      proofreading={proofreading}
      templates={<section aria-label="Reply templates">templates</section>}
    />
  );
}

async function renderStep(step: FlowStep, editor: { text?: string; type?: string; failing?: boolean } = {}) {
  const client = createFakeClient({
    values: { 'comment.text': editor.text ?? GOOD_REPLY, 'comment.type': editor.type ?? 'publicReply' },
    failingPaths: editor.failing ? ['comment.text'] : [],
  });
  return renderWithProviders(<Step step={step} />, { client });
}

const templates = () => screen.queryByRole('region', { name: 'Reply templates' });
const proofreadHeading = () => screen.queryByRole('heading', { name: 'Proofread before sending' });

describe('NextStep: one step for the state of the reply', () => {
  it('waits for the reply to be read', async () => {
    await renderStep({ kind: 'loading', waitingFor: 'reply' });
    expect(screen.getByRole('status')).toHaveTextContent('Reading your reply…');
    expect(templates()).toBeNull();
  });

  it('waits for the check for an earlier reply before offering templates', async () => {
    await renderStep({ kind: 'loading', waitingFor: 'answerCheck' }, { text: '' });
    expect(screen.getByRole('status')).toHaveTextContent('Checking for earlier replies…');
    expect(templates()).toBeNull();
  });

  it('offers the templates over an empty editor', async () => {
    await renderStep({ kind: 'templates' }, { text: '' });
    expect(templates()).toBeVisible();
    expect(proofreadHeading()).toBeNull();
  });

  it('proofreads a public reply: the exact text, the checklist and "Mark as proofread"', async () => {
    await renderStep({ kind: 'proofread' });
    expect(proofreadHeading()).toBeVisible();
    expect(screen.getByRole('document', { name: 'Your reply as it will be published' })).toHaveTextContent('Hi Anna,');
    expect(screen.getByRole('group', { name: 'Checklist' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Mark as proofread' })).toBeVisible();
    expect(templates()).toBeNull();
  });

  it('shows "Ready to send" once the reply is proofread, and moves focus there', async () => {
    const user = userEvent.setup();
    await renderStep({ kind: 'readyToSend' });
    await proofread(user);
    expect(screen.getByRole('heading', { name: 'Ready to send' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.queryByRole('group', { name: 'Checklist' })).toBeNull();
  });

  it('says in one line that an internal note needs no proofreading', async () => {
    await renderStep({ kind: 'internalNote' }, { text: '<p>Asked the warehouse.</p>', type: 'internalNote' });
    expect(screen.getByRole('status')).toHaveTextContent(
      "This is an internal note: it stays in Zendesk and doesn't need proofreading.",
    );
    expect(proofreadHeading()).toBeNull();
    expect(templates()).toBeNull();
  });

  it('leaves the confirmation above as the only step: no templates, no proofreading', async () => {
    await renderStep({ kind: 'confirmSecondReply', because: 'answered' });
    expect(templates()).toBeNull();
    expect(proofreadHeading()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark as proofread' })).toBeNull();
  });

  it('shows the spam flow with the note template in it, and no proofreading', async () => {
    await renderStep({ kind: 'spamFlow', publicDraft: true, reviewLink: null });
    expect(screen.getByRole('region', { name: 'Spam: no public reply' })).toBeVisible();
    expect(templates()).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('A public reply is in the editor.');
    expect(proofreadHeading()).toBeNull();
  });

  it('shows an unreadable editor with its retry, whatever step was next', async () => {
    await renderStep({ kind: 'templates' }, { failing: true });
    expect(await screen.findByText("Couldn't read your reply from Zendesk.")).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(templates()).toBeNull();
  });
});
