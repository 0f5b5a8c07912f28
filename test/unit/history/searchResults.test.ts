import { describe, expect, it } from 'vitest';
import { parseSearchPage } from '../../../src/domain/history/searchResults';
import { historySearchPages, historySearchResponse } from '../../bench/historyFixture';

describe('parseSearchPage', () => {
  it('normalises tickets, next_page and count', () => {
    const page = parseSearchPage({
      results: [
        {
          id: 12,
          subject: '  Where is my order? ',
          status: 'Pending',
          created_at: '2025-03-04T05:06:07Z',
          updated_at: '2025-03-05T00:00:00Z',
          tags: ['Trustpilot', 'rating_2', 7],
          via: { channel: 'Email' },
          requester_id: 99,
        },
      ],
      next_page: 'https://acme.zendesk.com/api/v2/search.json?page=2',
      count: 31,
    });
    expect(page).toEqual({
      tickets: [
        {
          id: 12,
          subject: 'Where is my order?',
          status: 'pending',
          viaChannel: 'email',
          createdAt: new Date('2025-03-04T05:06:07Z'),
          tags: ['trustpilot', 'rating_2'],
        },
      ],
      nextPage: 'https://acme.zendesk.com/api/v2/search.json?page=2',
      count: 31,
    });
  });

  it('drops results that are not tickets with an id, and reads odd fields as unknown', () => {
    const page = parseSearchPage({
      results: [
        null,
        'x',
        { id: 'abc' },
        { result_type: 'user', id: 5 },
        { id: '8', status: 'weird', created_at: 'soon' },
      ],
      next_page: '',
      count: -1,
    });
    expect(page).toEqual({
      tickets: [{ id: 8, subject: '', status: 'unknown', viaChannel: '', createdAt: null, tags: [] }],
      nextPage: null,
      count: null,
    });
  });

  it.each([null, undefined, 42, 'text', [], {}, { results: 'none' }])('answers null for %j', (body) => {
    expect(parseSearchPage(body)).toBeNull();
  });

  it('reads the whole benchmark fixture and its pages', () => {
    expect(parseSearchPage(historySearchResponse())?.tickets).toHaveLength(250);
    const pages = historySearchPages(100);
    expect(pages.map((p) => parseSearchPage(p)?.tickets.length)).toEqual([100, 100, 50]);
    expect(parseSearchPage(pages[2])?.nextPage).toBeNull();
    expect(parseSearchPage(pages[0])?.nextPage).toContain('page=2');
  });
});
