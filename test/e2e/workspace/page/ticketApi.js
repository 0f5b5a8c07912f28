// The ZAF APIs of the ticket sidebar: `get` paths, `set` paths and `invoke` actions, answered
// from the workspace's live state with the result shapes Zendesk uses:
// `{errors: {}, '<path>': value}`, and `errors['<path>'] = {name, message}` for what fails.

import { zafComment } from './world.js';

const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PRIORITIES = [null, 'low', 'normal', 'high', 'urgent'];
const TYPES = [null, 'question', 'incident', 'problem', 'task'];
const COMMENT_TYPES = ['publicReply', 'internalNote'];

const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
const noSuchPath = (path) => ({ name: 'InvalidPathError', message: `"${path}" is not a valid path` });
const noSuchAction = (name) => ({ name: 'InvalidActionError', message: `"${name}" is not a valid action` });
const badValue = (path, value) => ({
  name: 'InvalidValueError',
  message: `${JSON.stringify(value)} is not a valid value for "${path}"`,
});

/** `comment.*` is an alias of `ticket.comment.*` in ZAF. */
const canonical = (path) => (path === 'comment' || path.startsWith('comment.') ? `ticket.${path}` : path);

const asTagList = (value) =>
  (Array.isArray(value) ? value : [value]).filter((tag) => typeof tag === 'string' && tag !== '');

/**
 * state: { world, editor, sidebar, colorScheme(), onTagsChanged(tags), onTicketChanged(field), notify(text, kind) }
 */
export function createTicketApi(state) {
  const { world, editor, sidebar } = state;

  const ticketView = () => ({
    ...world.ticket,
    description: world.comments[0]?.plain_body ?? '',
    comments: world.comments.map((comment) => zafComment(comment, world.users)),
    comment: { text: editor.html(), type: editor.type(), attachments: [], useRichText: editor.rich },
  });

  const roots = {
    ticket: ticketView,
    currentUser: () => world.currentUser,
    currentAccount: () => world.account,
    colorScheme: () => state.colorScheme(),
    viewport: () => ({ width: window.innerWidth, height: window.innerHeight }),
  };

  /** Reads one path; `undefined` when Zendesk has no such path. */
  function read(path) {
    const [root, ...rest] = canonical(path).split('.');
    const make = Object.hasOwn(roots, root) ? roots[root] : null;
    if (!make) return undefined;
    let node = make();
    for (const segment of rest) {
      if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, segment))
        return undefined;
      node = node[segment];
    }
    return node;
  }

  function get(paths) {
    const result = { errors: {} };
    for (const path of paths) {
      const value = typeof path === 'string' ? read(path) : undefined;
      if (value === undefined) result.errors[path] = noSuchPath(path);
      else result[path] = clone(value);
    }
    return result;
  }

  const setters = {
    'ticket.comment.text': (value) => typeof value === 'string' && (editor.setText(value), true),
    'ticket.comment.type': (value) =>
      (COMMENT_TYPES.includes(value) || value === editor.type()) &&
      (editor.setType(value === 'internalNote' ? value : 'publicReply'), true),
    'ticket.subject': (value) =>
      typeof value === 'string' && ((world.ticket.subject = value), state.onTicketChanged('subject'), true),
    'ticket.status': (value) =>
      STATUSES.includes(value) && ((world.ticket.status = value), state.onTicketChanged('status'), true),
    'ticket.priority': (value) =>
      PRIORITIES.includes(value) && ((world.ticket.priority = value), state.onTicketChanged('priority'), true),
    'ticket.type': (value) =>
      TYPES.includes(value) && ((world.ticket.type = value), state.onTicketChanged('type'), true),
    'ticket.tags': (value) => Array.isArray(value) && (setTags(asTagList(value)), true),
  };

  function set(values) {
    const result = { errors: {} };
    for (const [path, value] of Object.entries(values)) {
      const setter = setters[canonical(path)];
      if (!setter) result.errors[path] = noSuchPath(path);
      else if (!setter(value)) result.errors[path] = badValue(path, value);
      else result[path] = clone(value);
    }
    return result;
  }

  function setTags(tags) {
    world.ticket.tags = [...new Set(tags.map((tag) => tag.toLowerCase()))];
    state.onTagsChanged(world.ticket.tags);
  }

  const actions = {
    resize: (size) => size && typeof size === 'object' && (sidebar.resize(size), true),
    hide: () => (sidebar.hide(), true),
    show: () => (sidebar.show(), true),
    'ticket.comment.appendText': (text) => typeof text === 'string' && (editor.append(text), true),
    'ticket.comment.appendHtml': (html) => typeof html === 'string' && (editor.appendHtml(html), true),
    'ticket.tags.add': (tags) =>
      asTagList(tags).length > 0 && (setTags([...world.ticket.tags, ...asTagList(tags)]), true),
    'ticket.tags.remove': (tags) => {
      const remove = new Set(asTagList(tags).map((tag) => tag.toLowerCase()));
      setTags(world.ticket.tags.filter((tag) => !remove.has(tag)));
      return true;
    },
    notify: (message, kind) => typeof message === 'string' && (state.notify(message, kind ?? 'notice'), true),
    routeTo: (where, id) =>
      typeof where === 'string' && (state.notify(`Zendesk would open ${where} ${id ?? ''}`.trim(), 'routeTo'), true),
  };

  function invoke(calls) {
    const result = { errors: {} };
    for (const [name, args] of Object.entries(calls)) {
      const action = actions[canonical(name)];
      if (!action) result.errors[name] = noSuchAction(name);
      else if (!action(...(Array.isArray(args) ? args : [args]))) result.errors[name] = badValue(name, args);
      else result[name] = null;
    }
    return result;
  }

  return { get, set, invoke, read };
}
