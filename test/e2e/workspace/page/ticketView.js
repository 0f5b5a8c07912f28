// Renders the ticket's side of the workspace (subject, requester, tags, conversation) as text.

const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const when = (iso) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Draws the ticket pane from the world; call again after a save or a tag change. */
export function renderTicket(world) {
  const { ticket } = world;
  document.getElementById('ticket-meta').textContent =
    `Ticket #${ticket.id} · ${ticket.status} · via ${ticket.via.channel}`;
  document.getElementById('ticket-subject').textContent = ticket.subject;
  document.getElementById('ticket-requester').textContent = `${ticket.requester.name} <${ticket.requester.email}>`;
  renderTags(ticket.tags);
  const list = document.getElementById('conversation');
  list.replaceChildren(
    ...world.comments.map((comment) => {
      const author = world.users.get(comment.author_id);
      const item = el('li', comment.public ? 'public' : 'internal');
      item.append(
        el('span', 'who', author?.name ?? 'Unknown'),
        el('span', 'when', `${when(comment.created_at)}${comment.public ? '' : ' · internal note'}`),
        el('p', 'body', comment.plain_body),
      );
      return item;
    }),
  );
}

/** Draws the tag list. */
export function renderTags(tags) {
  document.getElementById('ticket-tags').replaceChildren(...tags.map((tag) => el('li', '', tag)));
}
