import { DEFAULT_SETTINGS, type AppSettings } from '../../../src/domain/settings';
import type { Review, Reviewer } from '../../../src/domain/review/types';
import type { ZafRequestOptions } from '../../../src/zaf/types';
import type { FixtureSearchResponse } from '../../bench/historyFixture';

/** The review being viewed in the panel's tests: 2★ from a named reviewer, requester 77. */
export function makeReview(overrides: Partial<Review> = {}, reviewer: Partial<Reviewer> = {}): Review {
  return {
    isReview: true,
    title: 'Late again',
    text: 'The parcel came a week late.',
    stars: 2,
    starsFromTags: 2,
    starsFromText: null,
    starsConflict: false,
    reviewer: {
      name: 'Maria Svensson',
      firstName: 'Maria',
      anonymous: false,
      id: 77,
      email: 'maria@example.se',
      locale: 'en',
      ...reviewer,
    },
    createdAt: new Date('2025-05-01T09:00:00Z'),
    language: 'en',
    languageDetected: true,
    reference: null,
    reviewUrl: null,
    edited: false,
    alreadyAnswered: false,
    tags: ['trustpilot', 'rating_2'],
    ...overrides,
  };
}

export const settingsWith = (overrides: Partial<AppSettings> = {}): AppSettings => ({ ...DEFAULT_SETTINGS, ...overrides });

/** A search result for one ticket of requester 77. */
export const searchTicket = (
  id: number,
  createdAt: string,
  fields: { subject?: string; status?: string; tags?: string[]; channel?: string } = {},
) => ({
  result_type: 'ticket',
  id,
  subject: fields.subject ?? `Ticket ${id}`,
  status: fields.status ?? 'closed',
  created_at: createdAt,
  updated_at: createdAt,
  tags: fields.tags ?? [],
  via: { channel: fields.channel ?? 'email' },
  requester_id: 77,
});

/** Answers search requests from pages: `page=N` in the URL picks page N, none picks the first. */
export function pagedSearch(pages: FixtureSearchResponse[] | Array<Record<string, unknown>>) {
  return (options: ZafRequestOptions): unknown => {
    const page = Number(new URL(options.url, 'https://x.test').searchParams.get('page') ?? '1');
    const body = pages[page - 1];
    if (body === undefined) throw { status: 404, statusText: 'Not Found' };
    return body;
  };
}
