import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeReview } from '../../factories';
import { createFakeClient } from '../helpers';
import { GOOD_REPLY, LATE_DELIVERY, proofread, renderPanel, save, switchType, typeInEditor } from './harness';

const NOT_PROOFREAD = "Proofread the reply in the Trustpilot panel before sending — it can't be edited once published.";
const LOADING =
  'The Trustpilot panel is still loading — try again in a moment. Public replies to reviews go out only after proofreading.';
const UNREADABLE = "Couldn't read the reply from Zendesk, so it wasn't sent. Try again in a moment.";

const tagCalls = (client: ReturnType<typeof createFakeClient>) =>
  client.callsOf('invoke').filter(([name]) => name === 'ticket.tags.add');

describe('the ticket.save hook', () => {
  it('blocks a public reply that was not proofread, with the reason Zendesk shows', async () => {
    const { client } = await renderPanel();
    expect(await save(client)).toEqual({ allow: false, reason: NOT_PROOFREAD });
    expect(tagCalls(client)).toEqual([]);
  });

  it('allows the proofread reply and asks Zendesk to tag the ticket first', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel();
    await proofread(user);
    expect(await save(client)).toEqual({ allow: true });
    expect(tagCalls(client)).toEqual([['ticket.tags.add', ['trustpilot_replied']]]);
  });

  it('adds the private follow-up tag when that was the guidance', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel({ recommendation: 'publicThenPrivate' });
    await proofread(user);
    expect(await save(client)).toEqual({ allow: true });
    expect(tagCalls(client)).toEqual([['ticket.tags.add', ['trustpilot_replied', 'trustpilot_private_followup']]]);
  });

  it('blocks again after an edit to the proofread text', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel();
    await proofread(user);
    await typeInEditor(client, GOOD_REPLY.replace('straight away', 'right away'));
    expect(await save(client)).toEqual({
      allow: false,
      reason:
        "The reply changed after it was proofread. Proofread it again in the Trustpilot panel before sending — it can't be edited once published.",
    });
  });

  it('judges the text Zendesk holds at save time, even if no change event arrived', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel();
    await proofread(user);
    client.values['comment.text'] = `${GOOD_REPLY}<p>P.S. one more thing</p>`;
    expect((await save(client)).allow).toBe(false);
  });

  it('never blocks an internal note, a save without a comment, or a ticket that is not a review', async () => {
    const note = await renderPanel({ type: 'internalNote', text: '<p>Anna: 070-123 45 67, order 48213</p>' });
    expect(await save(note.client)).toEqual({ allow: true });
    note.unmount();

    const empty = await renderPanel({ text: '<p><br></p>' });
    expect(await save(empty.client)).toEqual({ allow: true });
    empty.unmount();

    const other = await renderPanel({ isReview: false });
    expect(other.client.trigger('ticket.save')).toEqual([true]);
    expect(tagCalls(other.client)).toEqual([]);
  });

  it('keeps the stamp when a proofread reply is switched to an internal note and back unchanged', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel();
    await proofread(user);
    await switchType(client, 'internalNote');
    expect(await save(client)).toEqual({ allow: true });
    await switchType(client, 'publicReply');
    expect(await save(client)).toEqual({ allow: true });
    expect(tagCalls(client)).toEqual([['ticket.tags.add', ['trustpilot_replied']]]);
  });

  it('gates a facebookWallReply like a public reply, and lets it be proofread', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel({ type: 'facebookWallReply' });
    expect(await save(client)).toEqual({ allow: false, reason: NOT_PROOFREAD });
    await proofread(user);
    expect(await save(client)).toEqual({ allow: true });
  });

  it('takes a switch from an internal note to another channel type as public, from Zendesk’s answer', async () => {
    const { client } = await renderPanel({ type: 'internalNote' });
    client.values['comment.type'] = 'twitterReply';
    await act(async () => client.emit('comment.type.changed', 'twitterReply'));
    expect(await save(client)).toEqual({ allow: false, reason: NOT_PROOFREAD });
  });

  it('lets an internal note through after the agent switched from a public reply', async () => {
    const { client } = await renderPanel();
    await switchType(client, 'internalNote');
    expect(await save(client)).toEqual({ allow: true });
  });

  it('blocks a public reply to spam', async () => {
    const { client } = await renderPanel({ scenario: 'spam' });
    expect(await save(client)).toEqual({
      allow: false,
      reason: 'This review looks like spam: send an internal note, not a public reply.',
    });
  });

  it('lets the save go only once Zendesk has taken the tags', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel();
    await proofread(user);
    let tagsTaken: (value: unknown) => void = () => undefined;
    client.invoke = (...args: unknown[]) => {
      client.calls.push({ method: 'invoke', args });
      return new Promise((resolve) => {
        tagsTaken = resolve;
      });
    };
    const [answer] = client.trigger('ticket.save');
    let settled = false;
    void (answer as Promise<unknown>).then(() => {
      settled = true;
    });
    await act(async () => undefined);
    expect(tagCalls(client)).toEqual([['ticket.tags.add', ['trustpilot_replied']]]);
    expect(settled).toBe(false);
    await act(async () => tagsTaken({}));
    expect(settled).toBe(true);
  });

  it('blocks personal data and names the panel as the place to fix it', async () => {
    const { client } = await renderPanel({
      text: GOOD_REPLY.replace('help@nordichome.example', 'anna.svensson@example.org'),
    });
    expect(await save(client)).toEqual({
      allow: false,
      reason: "The reply has problems to fix first — see the Trustpilot panel. It can't be edited once published.",
    });
  });

  it('blocks a second public reply until the agent confirms it', async () => {
    const user = userEvent.setup();
    const { client, getByRole } = await renderPanel({
      review: makeReview({ ...LATE_DELIVERY, alreadyAnswered: true }),
    });
    expect(await save(client)).toEqual({
      allow: false,
      reason: 'This review already has a public reply. Confirm a second one in the Trustpilot panel before sending.',
    });
    await user.click(getByRole('checkbox', { name: 'I want to publish a second public reply' }));
    await proofread(user);
    expect(await save(client)).toEqual({ allow: true });
  });

  it('fails closed when Zendesk cannot give the draft of a public reply', async () => {
    const client = createFakeClient({
      values: { 'comment.text': GOOD_REPLY, 'comment.type': 'publicReply' },
    });
    await renderPanel({ client });
    client.failingPaths.add('comment.text');
    expect(await save(client)).toEqual({ allow: false, reason: UNREADABLE });
  });

  it('fails closed when the read rejects and the reply was last seen as public', async () => {
    const user = userEvent.setup();
    const client = createFakeClient({ values: { 'comment.text': GOOD_REPLY, 'comment.type': 'publicReply' } });
    await renderPanel({ client });
    await proofread(user);
    client.get = () => Promise.reject(new Error('Zendesk did not answer'));
    expect(await save(client)).toEqual({ allow: false, reason: UNREADABLE });
  });

  it('never trusts a remembered internal note when the read rejects: a note with text is held back', async () => {
    const client = createFakeClient({ values: { 'comment.text': '<p>note</p>', 'comment.type': 'internalNote' } });
    await renderPanel({ client });
    client.get = () => Promise.reject(new Error('Zendesk did not answer'));
    expect(await save(client)).toEqual({ allow: false, reason: UNREADABLE });
  });

  it('lets a status change through when the read rejects and the editor was last seen empty', async () => {
    const client = createFakeClient({ values: { 'comment.text': '<p>Hi</p>', 'comment.type': 'publicReply' } });
    await renderPanel({ client });
    await typeInEditor(client, '<p><br></p>');
    client.get = () => Promise.reject(new Error('Zendesk did not answer'));
    expect(await save(client)).toEqual({ allow: true });
  });

  it('blocks with the "couldn\'t read" reason when the type was never known', async () => {
    const client = createFakeClient({ getRejects: true });
    await renderPanel({ client });
    expect(await save(client)).toEqual({ allow: false, reason: UNREADABLE });
  });

  it('does not wait forever for Zendesk: a read that never answers blocks after the time limit', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const client = createFakeClient({ values: { 'comment.text': GOOD_REPLY, 'comment.type': 'publicReply' } });
      await renderPanel({ client });
      client.get = () => new Promise(() => undefined);
      const [answer] = client.trigger('ticket.save');
      const settled = (answer as Promise<unknown>).then(
        () => 'allowed',
        (error: Error) => error.message,
      );
      await act(async () => {
        await vi.advanceTimersByTimeAsync(2500);
      });
      expect(await settled).toBe(UNREADABLE);
    } finally {
      vi.useRealTimers();
    }
  });

  it('still sends the reply when Zendesk refuses the tags', async () => {
    const user = userEvent.setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { client } = await renderPanel();
    await proofread(user);
    client.invoke = () => Promise.reject(new Error('not allowed'));
    expect(await save(client)).toEqual({ allow: true });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('gives the reason in the agent’s language', async () => {
    const { client } = await renderPanel({ locale: 'sv' });
    expect(await save(client)).toEqual({
      allow: false,
      reason: 'Korrekturläs svaret i Trustpilot-panelen innan du skickar – det kan inte ändras när det är publicerat.',
    });
  });

  it('leaves the gate answering when the panel goes away: the panel unsubscribes, public replies wait', async () => {
    const { client, unmount } = await renderPanel();
    expect(client.subscribers('ticket.save')).toBe(1);
    expect(client.subscribers('comment.type.changed')).toBe(1);
    unmount();
    expect(['ticket.save', 'comment.text.changed', 'comment.type.changed'].map((e) => client.subscribers(e))).toEqual([
      1, 1, 0,
    ]);
    expect(await save(client)).toEqual({ allow: false, reason: LOADING });
  });
});
