import { act, render } from '@testing-library/react';
import { App } from '../../../src/app/App';
import type { ZafRequestOptions } from '../../../src/zaf/types';
import { createFakeClient, type FakeClient } from '../fakeClient';

export const REVIEW_ID = '6650f0c2a1b2c3d4e5f60718';
export const REVIEW_TEXT = 'The lamp arrived in pieces. Nobody answers my e-mails.';

export const reviewTicket = {
  id: 501,
  subject: 'Parcel arrived broken',
  description: `<p>Rating: 2/5</p><p>${REVIEW_TEXT}</p><p>Review: https://www.trustpilot.com/reviews/${REVIEW_ID}</p>`,
  tags: ['trustpilot', 'rating_2', 'trustpilot_negative'],
  status: 'new',
  createdAt: '2026-11-20T08:00:00Z',
  requester: { id: 9, name: 'Maria Lindqvist', email: 'maria@example.se', role: 'end-user', locale: 'sv-SE' },
  comments: [],
  via: { channel: 'api' },
};
const agent = { id: 3, name: 'Erik Holm', email: 'erik@example.com', role: 'agent', locale: 'en-US' };

/** Trustpilot's answer for the review: the same text and stars as the ticket unless replaced. */
export const trustpilotBody = (overrides: Record<string, unknown> = {}) => ({
  id: REVIEW_ID,
  stars: 2,
  title: 'Parcel arrived broken',
  text: REVIEW_TEXT,
  language: 'en',
  createdAt: '2026-11-20T08:00:00Z',
  isVerified: true,
  consumer: { id: 'c0ffee', displayName: 'Maria Lindqvist', numberOfReviews: 3 },
  businessUnit: { id: 'b1', displayName: 'Nordlys Home' },
  ...overrides,
});

export type TrustpilotAnswer = { status: number; body?: unknown; headers?: Record<string, string> };

export const isTrustpilot = (options: unknown): boolean =>
  String((options as ZafRequestOptions).url).startsWith('https://api.trustpilot.com/');

/**
 * Renders the whole app on a review ticket; Trustpilot answers from `answers` in turn (the last
 * one repeats), Zendesk's comments and search answer empty.
 */
export async function renderWithTrustpilot(
  answers: TrustpilotAnswer[],
  {
    enabled = true,
    draft = '',
    consumerReviews = { reviews: [] },
  }: { enabled?: boolean; draft?: string; consumerReviews?: unknown } = {},
): Promise<FakeClient> {
  const queue = [...answers];
  const client = createFakeClient({
    settings: { trustpilotEnabled: enabled },
    values: { ticket: reviewTicket, currentUser: agent, 'comment.text': draft, 'comment.type': 'publicReply' },
    request(options) {
      if (isTrustpilot(options) && options.url.includes('/consumers/')) {
        return Promise.resolve({ status: 200, headers: {}, responseText: JSON.stringify(consumerReviews) });
      }
      if (isTrustpilot(options)) {
        const answer = (queue.length > 1 ? queue.shift() : queue[0]) ?? { status: 500 };
        const response = {
          status: answer.status,
          headers: answer.headers ?? {},
          responseText: JSON.stringify(answer.body ?? {}),
        };
        return answer.status < 400 ? Promise.resolve(response) : Promise.reject(response);
      }
      if (options.url.includes('/comments.json')) return Promise.resolve({ comments: [], next_page: null });
      return Promise.resolve({ results: [], next_page: null, count: 0 });
    },
  });
  await act(async () => {
    render(<App createClient={() => client} initialScheme="light" browserLocale="en-US" />);
  });
  return client;
}

/** The calls for the review itself (the reviewer's other reviews are read separately). */
export const trustpilotCalls = (client: FakeClient): unknown[] =>
  client
    .callsOf('request')
    .map(([options]) => options)
    .filter((options) => isTrustpilot(options) && !String((options as ZafRequestOptions).url).includes('/consumers/'));

export const consumerCalls = (client: FakeClient): unknown[] =>
  client
    .callsOf('request')
    .map(([options]) => options)
    .filter((options) => String((options as ZafRequestOptions).url).includes('api.trustpilot.com/v1/consumers/'));
