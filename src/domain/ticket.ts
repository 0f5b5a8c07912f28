import type { CommentSnapshot, TicketSnapshot, UserSnapshot } from './types';

type Loose = Record<string, unknown>;

const asObject = (value: unknown): Loose | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : null;

const asString = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const asId = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isSafeInteger(n) ? n : null;
};

const ROLES = ['end-user', 'agent', 'admin'] as const;

/** Normalises a ZAF user object (`currentUser`, `ticket.requester`, a comment's author). */
export function normalizeUser(value: unknown): UserSnapshot | null {
  const user = asObject(value);
  if (!user) return null;
  const role = asString(user.role);
  return {
    id: asId(user.id),
    name: asString(user.name).trim(),
    email: asString(user.email).trim(),
    role: (ROLES as readonly string[]).includes(role) ? (role as UserSnapshot['role']) : 'unknown',
    locale: asString(user.locale).trim(),
  };
}

function normalizeComment(value: unknown): CommentSnapshot | null {
  const comment = asObject(value);
  if (!comment) return null;
  return {
    id: asId(comment.id),
    value: asString(comment.value ?? comment.body ?? comment.html_body),
    author: normalizeUser(comment.author),
  };
}

/** Normalises whatever `client.get('ticket')` returned; never throws. */
export function normalizeTicket(value: unknown): TicketSnapshot {
  const ticket = asObject(value) ?? {};
  const tags = Array.isArray(ticket.tags)
    ? ticket.tags.filter((tag): tag is string => typeof tag === 'string').map((tag) => tag.toLowerCase())
    : [];
  const comments = Array.isArray(ticket.comments)
    ? ticket.comments.map(normalizeComment).filter((c): c is CommentSnapshot => c !== null)
    : [];
  const via = asObject(ticket.via);
  const createdAt = asString(ticket.createdAt ?? ticket.created_at);
  const brand = asString(asObject(ticket.brand)?.name ?? ticket.brand).trim();
  return {
    id: asId(ticket.id),
    subject: asString(ticket.subject),
    description: asString(ticket.description),
    tags,
    status: asString(ticket.status),
    createdAt: createdAt === '' ? null : createdAt,
    requester: normalizeUser(ticket.requester),
    comments,
    channel: asString(via?.channel),
    ...(brand !== '' ? { brand } : {}),
  };
}
