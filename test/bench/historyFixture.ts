/**
 * Deterministic search responses for a requester's ticket history: pure data, no imports, so the
 * jsdom measurements and the browser benchmark render exactly the same history.
 */

/** One ticket as `/api/v2/search.json` returns it (the fields the history reads, plus a description). */
export interface FixtureSearchTicket {
  result_type: 'ticket';
  id: number;
  subject: string;
  description: string;
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  created_at: string;
  updated_at: string;
  tags: string[];
  via: { channel: string };
  requester_id: number;
}

/** A search response body. */
export interface FixtureSearchResponse {
  results: FixtureSearchTicket[];
  next_page: string | null;
  previous_page: string | null;
  count: number;
}

export interface HistoryFixtureOptions {
  /** Tickets in the history (default 250). */
  count?: number;
  requesterId?: number;
  /** How many of them are Trustpilot reviews (default 3: a person, not a shared requester). */
  reviews?: number;
  /** Id of the newest ticket; older ones count down from it. */
  firstId?: number;
  /** Creation time of the newest ticket (ISO); each older one is 37 hours earlier. */
  newest?: string;
}

const CHANNELS = ['email', 'web', 'chat', 'voice', 'api', 'native_messaging', 'email', 'email'];
const STATUSES: FixtureSearchTicket['status'][] = [
  'closed',
  'closed',
  'solved',
  'closed',
  'pending',
  'solved',
  'open',
  'hold',
];
const SUBJECTS = [
  'Where is my order?',
  'Refund for a damaged parcel',
  'Change of delivery address',
  'Invoice copy, order #48213',
  'Question about the warranty on a coffee machine that stopped heating after three weeks of use',
  'Delivery delayed again',
  '<b>Not bold</b> & not a tag',
  'Återbetalning — skadad vara',
  'Commande incomplète',
  '',
];

/** A search response holding a whole history of `count` tickets, newest first. */
export function historySearchResponse(options: HistoryFixtureOptions = {}): FixtureSearchResponse {
  const count = options.count ?? 250;
  const requesterId = options.requesterId ?? 90_001;
  const reviews = Math.min(options.reviews ?? 3, count);
  const firstId = options.firstId ?? 500_000;
  const newest = Date.parse(options.newest ?? '2025-06-01T10:00:00Z');
  // Spread the reviews over the history rather than bunching them at the top.
  const reviewSlots = new Set(Array.from({ length: reviews }, (_, i) => Math.floor(((i + 0.5) * count) / reviews)));
  const results = Array.from({ length: count }, (_, i): FixtureSearchTicket => {
    const created = new Date(newest - i * 37 * 3_600_000).toISOString();
    const updated = new Date(newest - i * 37 * 3_600_000 + 5 * 3_600_000).toISOString();
    const base = {
      result_type: 'ticket' as const,
      id: firstId - i,
      created_at: created,
      updated_at: updated,
      requester_id: requesterId,
      status: STATUSES[i % STATUSES.length] ?? 'closed',
    };
    if (reviewSlots.has(i)) {
      const stars = (i % 5) + 1;
      const mood = stars <= 2 ? ['trustpilot_negative'] : stars >= 4 ? ['trustpilot_positive'] : [];
      return {
        ...base,
        subject: stars <= 2 ? 'Disappointed with the delivery' : 'Great service',
        description: `Rating: ${stars}/5\n\nReview text number ${i}.`,
        tags: ['trustpilot', `rating_${stars}`, ...mood],
        via: { channel: 'any_channel' },
      };
    }
    return {
      ...base,
      subject: SUBJECTS[i % SUBJECTS.length] ?? '',
      description: `Message ${i} from the customer. `.repeat(8),
      tags: i % 3 === 0 ? ['order', 'web_shop'] : ['support'],
      via: { channel: CHANNELS[i % CHANNELS.length] ?? 'email' },
    };
  });
  return { results, next_page: null, previous_page: null, count };
}

/** The same history cut into pages of `perPage` linked by `next_page`, as Zendesk pages it. */
export function historySearchPages(perPage: number, options: HistoryFixtureOptions = {}): FixtureSearchResponse[] {
  const whole = historySearchResponse(options);
  const size = Math.max(1, Math.floor(perPage));
  const pages: FixtureSearchResponse[] = [];
  const query = `query=type%3Aticket+requester_id%3A${options.requesterId ?? 90_001}&sort_by=created_at&sort_order=desc`;
  const link = (page: number): string =>
    `https://example.zendesk.com/api/v2/search.json?page=${page}&per_page=${size}&${query}`;
  const total = Math.max(1, Math.ceil(whole.results.length / size));
  for (let page = 1; page <= total; page += 1) {
    pages.push({
      results: whole.results.slice((page - 1) * size, page * size),
      next_page: page < total ? link(page + 1) : null,
      previous_page: page > 1 ? link(page - 1) : null,
      count: whole.count,
    });
  }
  return pages;
}
