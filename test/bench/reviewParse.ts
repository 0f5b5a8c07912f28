import { buildGuidance } from '../../src/domain/guidance/buildGuidance';
import { parseReview } from '../../src/domain/review/parseReview';
import { classifyScenario } from '../../src/domain/scenario/classifyScenario';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { TicketSnapshot } from '../../src/domain/types';

const SENTENCES = [
  'I ordered a sofa and two chairs from the online shop at the beginning of the month.',
  'The delivery was promised within five working days but the parcel arrived almost three weeks late.',
  'When it finally came, one of the chairs was damaged and the cover of the sofa had a stain.',
  'I called customer service twice and wrote an e-mail, but nobody replied for more than a week.',
  'Unfortunately the app kept showing an error message when I tried to book a return.',
  'Can you tell me when I will get my refund for the damaged chair?',
  'The sofa itself is comfortable and the colour is exactly as on the photos, which is nice.',
  'I have been a customer for years, so this experience was really disappointing.',
];

/** A Trustpilot description of about `words` words: rating line, then HTML paragraphs. */
function longDescription(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  let sentence = 0;
  let paragraph: string[] = [];
  while (count < words) {
    const next = SENTENCES[sentence % SENTENCES.length] ?? '';
    paragraph.push(next);
    count += next.split(' ').length;
    sentence += 1;
    if (paragraph.length === 5) {
      paragraphs.push(`<p>${paragraph.join(' ')}</p>`);
      paragraph = [];
    }
  }
  if (paragraph.length > 0) paragraphs.push(`<p>${paragraph.join(' ')}</p>`);
  return `<p>Rating: 2/5</p>${paragraphs.join('')}`;
}

function ticketWith(description: string): TicketSnapshot {
  const requester = {
    id: 7,
    name: 'Anna Svensson',
    email: 'anna@example.com',
    role: 'end-user' as const,
    locale: 'en-GB',
  };
  return {
    id: 1001,
    subject: 'Late and damaged delivery',
    description,
    tags: ['trustpilot', 'rating_2', 'trustpilot_negative'],
    status: 'new',
    createdAt: '2025-05-01T08:00:00Z',
    requester,
    comments: [{ id: 1, value: description, author: requester }],
    channel: 'any_channel',
  };
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/**
 * Times `parseReview` + `classifyScenario` 1,000 times on a 5,000-word review (HTML description
 * with a rating line) and returns the median and 99th percentile in milliseconds, plus the median
 * with `buildGuidance` added (what the sidebar computes when a ticket opens).
 */
export function measureReviewParse(): { medianMs: number; p99Ms: number; withGuidanceMedianMs: number; words: number } {
  const description = longDescription(5000);
  const now = new Date('2025-05-02T08:00:00Z');
  const check = parseReview(ticketWith(description), DEFAULT_SETTINGS);
  const detected = classifyScenario(check, DEFAULT_SETTINGS).scenario;
  // A 2★ account of a late, damaged delivery with a refund question: a negative review (the question is one of its reasons).
  if (check.stars !== 2 || detected !== 'negative')
    throw new Error(`benchmark review misread: ${check.stars ?? 'no'} stars, ${detected}`);
  for (let i = 0; i < 50; i += 1) classifyScenario(parseReview(ticketWith(description), DEFAULT_SETTINGS));

  const samples: number[] = [];
  const withGuidance: number[] = [];
  for (let i = 0; i < 1_000; i += 1) {
    // A fresh string each time, as Zendesk hands over a new ticket object on every load.
    const ticket = ticketWith(`${description} `.slice(0, description.length));
    const start = performance.now();
    const review = parseReview(ticket, DEFAULT_SETTINGS);
    const { scenario } = classifyScenario(review);
    const classified = performance.now();
    buildGuidance(review, scenario, DEFAULT_SETTINGS, now);
    const guided = performance.now();
    samples.push(classified - start);
    withGuidance.push(guided - start);
  }
  samples.sort((a, b) => a - b);
  withGuidance.sort((a, b) => a - b);
  return {
    medianMs: percentile(samples, 50),
    p99Ms: percentile(samples, 99),
    withGuidanceMedianMs: percentile(withGuidance, 50),
    words: check.text.split(/\s+/).length,
  };
}
