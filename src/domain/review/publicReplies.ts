/** One comment from `GET /api/v2/tickets/{id}/comments.json`, as far as the app needs it. */
export interface ApiComment {
  id: number | null;
  authorId: number | null;
  public: boolean;
  createdAt: Date | null;
}

/** One page of the comments API: comments, the roles of sideloaded users, the next page's URL. */
export interface CommentsPage {
  comments: ApiComment[];
  roles: Map<number, string>;
  nextPage: string | null;
}

/** Whether, how often and when agents answered the review publicly. */
export interface PublicReplies {
  answered: boolean;
  count: number;
  lastReplyAt: Date | null;
}

type Loose = Record<string, unknown>;
const asObject = (value: unknown): Loose | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : null;
const asId = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
const asDate = (value: unknown): Date | null => {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Reads a comments API body; null when it is not one. Never throws. */
export function parseCommentsPage(body: unknown): CommentsPage | null {
  const page = asObject(body);
  if (!page || !Array.isArray(page.comments)) return null;
  const comments = page.comments
    .map(asObject)
    .filter((c): c is Loose => c !== null)
    .map((c) => ({
      id: asId(c.id),
      authorId: asId(c.author_id),
      public: c.public === true,
      createdAt: asDate(c.created_at),
    }));
  const roles = new Map<number, string>();
  for (const user of Array.isArray(page.users) ? page.users.map(asObject) : []) {
    const id = asId(user?.id);
    if (id !== null && typeof user?.role === 'string') roles.set(id, user.role);
  }
  return { comments, roles, nextPage: typeof page.next_page === 'string' ? page.next_page : null };
}

/**
 * Counts the public agent replies after the review. The first comment is the review itself;
 * an author is an agent by the sideloaded role, or, when roles are missing, by not being the
 * requester or the review's author.
 */
export function summarizePublicReplies(
  comments: readonly ApiComment[],
  roles: ReadonlyMap<number, string>,
  requesterId: number | null,
): PublicReplies {
  const ordered = [...comments].sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
  const reviewAuthor = ordered[0]?.authorId ?? null;
  const isAgent = (authorId: number | null): boolean => {
    if (authorId === null) return false;
    const role = roles.get(authorId);
    if (role !== undefined) return role === 'agent' || role === 'admin';
    return authorId !== requesterId && authorId !== reviewAuthor;
  };
  const replies = ordered.slice(1).filter((c) => c.public && isAgent(c.authorId));
  const last = replies[replies.length - 1];
  return { answered: replies.length > 0, count: replies.length, lastReplyAt: last?.createdAt ?? null };
}
