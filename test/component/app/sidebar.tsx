import { act, render, screen } from '@testing-library/react';
import { App } from '../../../src/app/App';
import type { ZafRequestOptions } from '../../../src/zaf/types';
import { createFakeClient, type FakeClient } from '../fakeClient';

/** A two-star review written long ago: its response time is overdue on any day the tests run. */
export const reviewTicket = {
  id: 501,
  subject: 'Parcel arrived broken',
  description: '<p>Rating: 2/5</p><p>The lamp arrived in pieces and nobody answers my e-mails.</p>',
  tags: ['trustpilot', 'rating_2', 'trustpilot_negative'],
  status: 'new',
  createdAt: '2024-11-20T08:00:00Z',
  requester: { id: 9, name: 'Maria Lindqvist', email: 'maria@example.se', role: 'end-user', locale: 'sv-SE' },
  comments: [],
  via: { channel: 'api' },
};

/** An advert posted as a one-star review. */
export const spamTicket = {
  ...reviewTicket,
  id: 502,
  subject: 'Get 10k followers today',
  description:
    '<p>Rating: 1/5</p><p>BOOST your business!!! Buy real Instagram followers and 5-star reviews at cheap-followers-now.example. Use code TRUST50 for 50% off. Visit now >>> www.cheap-followers-now.example <<< Limited offer, click the link in our profile!!!</p><p>Review: https://www.trustpilot.com/reviews/6651e6f708192a3b4c5d6e7f</p>',
  tags: ['trustpilot', 'rating_1', 'trustpilot_negative'],
  requester: { ...reviewTicket.requester, name: 'Fast Followers Pro', email: 'promo@cheap-followers-now.example' },
};

export const agent = { id: 3, name: 'Erik Holm', email: 'erik@example.com', role: 'agent', locale: 'en-US' };

/** The reviewer's comment and an agent's public reply, as the comments API lists them. */
export const REVIEW_COMMENT = { id: 1, author_id: 9, public: true, created_at: '2024-11-20T08:00:00Z' };
export const AGENT_REPLY = { id: 2, author_id: 5, public: true, created_at: '2024-11-20T10:00:00Z' };
export const USERS = [
  { id: 9, role: 'end-user' },
  { id: 5, role: 'agent' },
];

export const commentsUrl = (ticketId: number) => `/api/v2/tickets/${ticketId}/comments.json?include=users&per_page=100`;

export interface SidebarOptions {
  ticket?: typeof reviewTicket;
  /** The comments API's answer for the ticket; a number fails it with that status. */
  comments?: unknown[] | number | (() => unknown);
  /** The editor's content (HTML) and type. */
  draft?: string;
  type?: 'publicReply' | 'internalNote';
  role?: 'agent' | 'admin';
  locale?: string;
}

/** The comments API's answer: an object, a rejection with a status, or a promise the test settles. */
function commentsAnswer(comments: SidebarOptions['comments']): unknown {
  if (typeof comments === 'function') return comments();
  if (typeof comments === 'number') return Promise.reject({ status: comments, statusText: 'Failed' });
  return { comments: comments ?? [REVIEW_COMMENT], users: USERS, next_page: null };
}

/** Renders the whole app on a review ticket over a fake Zendesk, and waits for the reply flow. */
export async function renderSidebar(options: SidebarOptions = {}): Promise<FakeClient> {
  const ticket = options.ticket ?? reviewTicket;
  const client = createFakeClient({
    values: {
      ticket,
      currentUser: { ...agent, role: options.role ?? 'agent', locale: options.locale ?? 'en-US' },
      'comment.text': options.draft ?? '',
      'comment.type': options.type ?? 'publicReply',
    },
    request: (request: ZafRequestOptions) => {
      if (request.url.startsWith(`/api/v2/tickets/${ticket.id}/comments`)) return commentsAnswer(options.comments);
      if (request.url.startsWith('/api/v2/search')) return { results: [], next_page: null, count: 0 };
      return Promise.reject({ status: 404, statusText: 'Not Found' });
    },
  });
  await act(async () => {
    render(<App createClient={() => client} initialScheme="light" browserLocale="en-US" />);
  });
  await screen.findByRole('combobox', { name: /^(Scenario|Scénario|Scenarie|Szenario)$/ }, { timeout: 15_000 });
  return client;
}

/** The calls to the ticket's comments (the history asks the search API separately). */
export const commentCalls = (client: FakeClient, ticketId = reviewTicket.id) =>
  client
    .callsOf('request')
    .filter(([options]) =>
      String((options as ZafRequestOptions).url).startsWith(`/api/v2/tickets/${ticketId}/comments`),
    );
