import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RecheckOutcome } from '../../../src/features/trustpilot/useTrustpilotReview';
import { GOOD_REPLY, proofread, renderPanel as renderProofreading, save, typeInEditor } from '../proofread/harness';
import { renderWithTrustpilot, trustpilotBody, trustpilotCalls } from './harness';

// The card's Trustpilot part waits for the review tools' strings and its own chunk.
configure({ asyncUtilTimeout: 10_000 });

async function renderPanel(recheck: (timeoutMs: number) => Promise<RecheckOutcome>) {
  const { client } = await renderProofreading({ recheck });
  await screen.findByRole('button', { name: 'Mark as proofread' });
  return client;
}

const READY = "Proofread: send it with Zendesk's Submit. Any edit brings the checks back.";

describe('"Mark as proofread" reads the review on Trustpilot again', { timeout: 20_000 }, () => {
  it('stamps the reply when Trustpilot shows the same review, after a bounded check', async () => {
    const recheck = vi.fn(async (): Promise<RecheckOutcome> => ({ kind: 'unchanged' }));
    const client = await renderPanel(recheck);
    await proofread(userEvent.setup());
    expect(await screen.findByText(READY)).toBeVisible();
    expect(recheck).toHaveBeenCalledWith(4_000);
    expect(await save(client)).toEqual({ allow: true });
  });

  it.each([
    ['edited', 'the reviewer changed the review on Trustpilot since it was loaded'],
    ['replied', 'Trustpilot now shows a company reply to this review'],
    ['deleted', 'the review is no longer on Trustpilot'],
  ] as const)('refuses the stamp when the review was %s, and says why', async (change, why) => {
    const client = await renderPanel(async () => ({ kind: 'changed', change }));
    await proofread(userEvent.setup());
    const alert = await screen.findByText(new RegExp(`Not marked as proofread: ${why}`));
    expect(alert).toBeVisible();
    expect(screen.queryByText(READY)).toBeNull();
    const outcome = await save(client);
    expect(outcome.allow).toBe(false);
  });

  it('drops the refusal once the reply is changed', async () => {
    const client = await renderPanel(async () => ({ kind: 'changed', change: 'edited' }));
    await proofread(userEvent.setup());
    expect(await screen.findByText(/Not marked as proofread/)).toBeVisible();
    await typeInEditor(client, GOOD_REPLY.replace('straight away', 'right away'));
    expect(screen.queryByText(/Not marked as proofread/)).toBeNull();
  });

  it('stamps with a note when Trustpilot cannot be reached', async () => {
    await renderPanel(async () => ({ kind: 'unchecked' }));
    await proofread(userEvent.setup());
    expect(await screen.findByText(READY)).toBeVisible();
    expect(screen.getByText(/Trustpilot couldn't be checked again/)).toBeVisible();
  });
});

describe('the re-check in the sidebar', { timeout: 20_000 }, () => {
  it('refuses the stamp when a company reply appeared since the card was loaded, and asks about a second reply', async () => {
    const draft =
      '<p>Hi Maria,</p><p>Thank you for telling us. We are sorry the lamp arrived broken and will send a new one today.</p><p>Kind regards,<br>Erik</p>';
    const client = await renderWithTrustpilot(
      [
        { status: 200, body: trustpilotBody() },
        {
          status: 200,
          body: trustpilotBody({ companyReply: { text: 'Hi Maria, sorted!', createdAt: '2026-11-21T10:00:00Z' } }),
        },
      ],
      { draft },
    );
    await screen.findByRole('button', { name: 'Mark as proofread' }, { timeout: 10_000 });
    const user = userEvent.setup();
    await proofread(user);
    // The review is answered now: the header says so, and the confirmation replaces the proofreading.
    expect(await screen.findByText('Already answered: this review has a public reply.')).toBeVisible();
    expect(screen.getByRole('group', { name: 'Already answered' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Mark as proofread' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Ready to send' })).toBeNull();
    expect((await save(client)).allow).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Review details' }));
    expect(await screen.findByText('Hi Maria, sorted!')).toBeVisible();
    expect(trustpilotCalls(client)).toHaveLength(2);
  });
});
