import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProofreadPanel } from '../../../src/features/proofread/ProofreadPanel';
import type { RecheckOutcome } from '../../../src/features/trustpilot/useTrustpilotReview';
import { makeReview, makeSettings } from '../../factories';
import { renderWithProviders, createFakeClient } from '../helpers';
import { GOOD_REPLY, LATE_DELIVERY, NORDIC_HOME, proofread, save, typeInEditor } from '../proofread/harness';
import { renderWithTrustpilot, trustpilotBody, trustpilotCalls } from './harness';

// The card's Trustpilot part waits for the review tools' strings and its own chunk.
configure({ asyncUtilTimeout: 10_000 });

async function renderPanel(recheck: (timeoutMs: number) => Promise<RecheckOutcome>) {
  const client = createFakeClient({ values: { 'comment.text': GOOD_REPLY, 'comment.type': 'publicReply' } });
  await renderWithProviders(
    <ProofreadPanel
      review={makeReview(LATE_DELIVERY)}
      isReview
      scenario="negative"
      settings={makeSettings(NORDIC_HOME)}
      recommendation="publicReply"
      recheck={recheck}
    />,
    { client },
  );
  await screen.findByRole('button', { name: 'Mark as proofread' });
  return client;
}

describe('"Mark as proofread" reads the review on Trustpilot again', { timeout: 20_000 }, () => {
  it('stamps the reply when Trustpilot shows the same review, after a bounded check', async () => {
    const recheck = vi.fn(async (): Promise<RecheckOutcome> => ({ kind: 'unchanged' }));
    const client = await renderPanel(recheck);
    await proofread(userEvent.setup());
    expect(await screen.findByText('Proofread — ready to send.')).toBeVisible();
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
    expect(screen.queryByText('Proofread — ready to send.')).toBeNull();
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
    expect(await screen.findByText('Proofread — ready to send.')).toBeVisible();
    expect(screen.getByText(/Trustpilot couldn't be checked again/)).toBeVisible();
  });
});

describe('the re-check in the sidebar', { timeout: 20_000 }, () => {
  it('refuses the stamp when a company reply appeared since the card was loaded, and the card shows it', async () => {
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
    await proofread(userEvent.setup());
    expect(await screen.findByText(/Not marked as proofread: Trustpilot now shows a company reply/)).toBeVisible();
    const card = screen.getByRole('region', { name: 'Trustpilot review' });
    expect(within(card).getByText('Hi Maria, sorted!')).toBeVisible();
    expect(trustpilotCalls(client)).toHaveLength(2);
  });
});
