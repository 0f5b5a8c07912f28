import { describe, expect, it } from 'vitest';
import { PendingGate } from '../../../src/app/PendingGate';
import { createFakeClient, renderWithProviders } from '../helpers';

const PROOFREAD_FIRST = "Proofread the reply in the Trustpilot panel before sending — it can't be edited once published.";

async function saveWith(values: Record<string, unknown>, options: { getRejects?: boolean } = {}) {
  const client = createFakeClient({ values, ...options });
  await renderWithProviders(<PendingGate />, { client });
  const [answer] = client.trigger('ticket.save');
  return answer;
}

describe('PendingGate (while the proofreading tools load)', () => {
  it('blocks a public reply with text', async () => {
    await expect(saveWith({ 'comment.text': '<p>Hi Maria</p>', 'comment.type': 'publicReply' })).rejects.toBe(PROOFREAD_FIRST);
  });

  it('lets an internal note through', async () => {
    await expect(saveWith({ 'comment.text': '<p>Spam, flagged</p>', 'comment.type': 'internalNote' })).resolves.toBe(true);
  });

  it('lets a save without a comment through', async () => {
    await expect(saveWith({ 'comment.text': '<p><br></p>', 'comment.type': 'publicReply' })).resolves.toBe(true);
  });

  it('fails closed when the draft cannot be read', async () => {
    await expect(saveWith({}, { getRejects: true })).rejects.toBe(
      "Couldn't read the reply from Zendesk, so it wasn't sent. Try again in a moment.",
    );
  });
});
