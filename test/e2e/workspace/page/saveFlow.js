// What Zendesk does when the agent presses Submit: run the ticket.save hook, then save the
// comment (clearing the editor) or show the reason an app gave for blocking the save.

import { renderTicket } from './ticketView.js';
import { commentHtml } from './world.js';

/**
 * options: { world, editor, host, hookTimeoutMs, status (element), dropHookTags }
 * dropHookTags: tags apps change inside the save hook are not saved (Zendesk does not document
 * that they persist).
 */
export function createSaveFlow({ world, editor, host, hookTimeoutMs, status, dropHookTags = false }) {
  const saves = [];

  function commit() {
    const text = editor.plain();
    if (text.trim() !== '') {
      world.comments.push({
        id: Math.max(...world.comments.map((c) => c.id)) + 1,
        type: 'Comment',
        author_id: world.currentUser.id,
        body: text,
        html_body: editor.rich ? `<div class="zd-comment" dir="auto">${editor.html()}</div>` : commentHtml(text),
        plain_body: text,
        public: editor.type() !== 'internalNote',
        attachments: [],
        via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
        created_at: new Date().toISOString(),
      });
    }
    world.ticket.updatedAt = new Date().toISOString();
    editor.clear();
    renderTicket(world);
  }

  function show(kind, text) {
    status.className = kind ? `save-status ${kind}` : 'save-status';
    status.textContent = text;
  }

  /** Submit: resolves with the hook's outcome, the draft, and the tags after the save. */
  async function submit() {
    show('', 'Saving…');
    const draft = { type: editor.type(), text: editor.plain(), html: editor.html() };
    host.fire('ticket.submit.start');
    const tagsBeforeHook = [...world.ticket.tags];
    const outcome = await host.runHook('ticket.save', hookTimeoutMs);
    if (dropHookTags) world.ticket.tags = tagsBeforeHook;
    let message = null;
    if (outcome.blocked) {
      message =
        outcome.message ??
        (outcome.timedOut
          ? 'The app did not answer the save hook in time.'
          : 'An app prevented this ticket from being saved.');
      show('blocked', `Save blocked: ${message}`);
      host.fire('ticket.submit.fail');
    } else {
      commit();
      const added = draft.type === 'publicReply' ? ' with a public reply' : ' with an internal note';
      show('saved', `Saved${draft.text.trim() ? added : ''}. Tags: ${world.ticket.tags.join(', ')}`);
      host.fire('ticket.submit.done');
    }
    host.fire('ticket.submit.always');
    const result = { ...outcome, message, draft, tags: [...world.ticket.tags] };
    saves.push(result);
    return result;
  }

  return { submit, saves };
}
