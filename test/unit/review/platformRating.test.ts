import { describe, expect, it } from 'vitest';
import { parseReview } from '../../../src/domain/review/parseReview';
import { readRatingLine } from '../../../src/domain/review/parseStars';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { normalizeTicket } from '../../../src/domain/ticket';

describe('a rating line that names Trustpilot', () => {
  it.each([
    ['Trustpilot rating: 3 stars', 3],
    ['Trustpilot Rating: 4/5', 4],
    ['Trustpilot-betyg: 2 stjärnor', 2],
    ['Note Trustpilot : 5 étoiles', 5],
    ['Trustpilot-Bewertung: 1 Stern', 1],
    ['Trustpilot-bedømmelse: 3 stjerner', 3],
  ])('reads %j', (line, stars) => {
    expect(readRatingLine(line)?.stars).toBe(stars);
  });

  it('is the review’s rating when the ticket has no rating tag', () => {
    const ticket = normalizeTicket({
      id: 7,
      subject: 'Trustpilot review: Okay service',
      description: 'Trustpilot rating: 3 stars\n\nThe parcel came late but the staff were kind.',
      tags: ['trustpilot'],
      requester: { id: 2, name: 'Anna Svensson', role: 'end-user' },
    });
    const review = parseReview(ticket, DEFAULT_SETTINGS);
    expect(review.stars).toBe(3);
    expect(review.text).toBe('The parcel came late but the staff were kind.');
  });

  it('does not take prose about Trustpilot for a rating', () => {
    expect(readRatingLine('Trustpilot rating would be 3 stars if you fixed it')).toBeNull();
  });
});
