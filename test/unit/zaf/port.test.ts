import { describe, expect, it, vi } from 'vitest';
import { createZendesk } from '../../../src/zaf/port';
import { createFakeClient } from '../../component/fakeClient';

describe('the Zendesk port', () => {
  it('reads the draft in one batched get', async () => {
    const client = createFakeClient({
      values: { 'comment.text': '<p>Hi</p>', 'comment.type': 'publicReply', 'comment.useRichText': true },
    });
    await expect(createZendesk(client).readDraft()).resolves.toEqual({
      failed: false,
      text: '<p>Hi</p>',
      type: 'publicReply',
      richText: true,
    });
    expect(client.callsOf('get')).toEqual([[['comment.text', 'comment.type', 'comment.useRichText']]]);
  });

  it('says so when Zendesk cannot tell the draft text or type', async () => {
    const client = createFakeClient({ values: { 'comment.text': 'Hi' }, failingPaths: ['comment.type'] });
    await expect(createZendesk(client).readDraft()).resolves.toEqual({ failed: true });
  });

  it('lists the objects that failed in a batched read', async () => {
    const client = createFakeClient({ values: { ticket: { id: 1 } }, failingPaths: ['currentUser'] });
    const read = await createZendesk(client).readObjects(['ticket', 'currentUser']);
    expect(read.values.ticket).toEqual({ id: 1 });
    expect(read.failed).toEqual(['currentUser']);
  });

  it('sets the comment type before writing or appending', async () => {
    const client = createFakeClient();
    const zendesk = createZendesk(client);
    await zendesk.writeDraft('<p>Thanks</p>', 'publicReply');
    await zendesk.appendToDraft('<p>More</p>', 'html', 'publicReply');
    await zendesk.appendToDraft('\n\nMore', 'text', 'internalNote');
    expect(client.calls.map(({ method, args }) => [method, ...args])).toEqual([
      ['set', 'comment.type', 'publicReply'],
      ['set', 'comment.text', '<p>Thanks</p>'],
      ['set', 'comment.type', 'publicReply'],
      ['invoke', 'comment.appendHtml', '<p>More</p>'],
      ['set', 'comment.type', 'internalNote'],
      ['invoke', 'comment.appendText', '\n\nMore'],
    ]);
  });

  it('maps the workspace actions to the SDK invocations Zendesk documents', async () => {
    const client = createFakeClient();
    const zendesk = createZendesk(client);
    await zendesk.addTags(['trustpilot_replied']);
    await zendesk.openTicket(42);
    await zendesk.resize(311.2);
    await zendesk.hide();
    await zendesk.notify('Saved', 'notice');
    expect(client.callsOf('invoke')).toEqual([
      ['ticket.tags.add', ['trustpilot_replied']],
      ['routeTo', 'ticket', 42],
      ['resize', { width: '100%', height: '312px' }],
      ['hide'],
      ['notify', 'Saved', 'notice'],
    ]);
  });

  it('unsubscribes with the function on() returns', () => {
    const client = createFakeClient();
    const handler = vi.fn();
    const off = createZendesk(client).on('ticket.submit.done', handler);
    client.emit('ticket.submit.done');
    off();
    client.emit('ticket.submit.done');
    expect(handler).toHaveBeenCalledTimes(1);
    expect(client.subscribers('ticket.submit.done')).toBe(0);
  });
});
