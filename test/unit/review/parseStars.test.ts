import { describe, expect, it } from 'vitest';
import { findRatingLine, readRatingLine, starsInTags } from '../../../src/domain/review/parseStars';

describe('readRatingLine', () => {
  it.each([
    ['Rating: 4/5', 4],
    ['4/5', 4],
    ['★★★★☆', 4],
    ['4 stars', 4],
    ['4 stjärnor', 4],
    ['4 étoiles', 4],
    ['4 stjerner', 4],
    ['4 Sterne', 4],
    ['1 star', 1],
    ['1 stjärna', 1],
    ['2 sterren', 2],
    ['3 estrellas', 3],
    ['5 stelle', 5],
    ['3 gwiazdki', 3],
    ['4 tähteä', 4],
    ['4 out of 5 stars', 4],
    ['3 av 5', 3],
    ['2 sur 5 étoiles', 2],
    ['4 von 5 Sternen', 4],
    ['4 ud af 5 stjerner', 4],
    ['Betyg: 2', 2],
    ['Note : 5/5', 5],
    ['Bewertung: 3 Sterne', 3],
    ['Valoración: 4/5', 4],
    ['Ocena: 1/5', 1],
    ['Rating: ★★☆☆☆', 2],
    ['⭐⭐⭐⭐⭐', 5],
    ['⭐️⭐️⭐️', 3],
    ['[4/5]', 4],
    ['4.0/5', 4],
    ['Rating: 4/5 ★★★★☆', 4],
    ['RATING: 4 / 5', 4],
  ])('reads "%s" as %i stars', (line, stars) => {
    expect(readRatingLine(line)?.stars).toBe(stars);
  });

  it('keeps the text that follows the rating on its line', () => {
    expect(readRatingLine('★★★★☆ Great shop')).toEqual({ stars: 4, matched: '★★★★☆', rest: 'Great shop' });
    expect(readRatingLine('4/5 - Would buy again')).toEqual({ stars: 4, matched: '4/5', rest: 'Would buy again' });
    expect(readRatingLine('5 stars!')).toEqual({ stars: 5, matched: '5 stars', rest: '' });
  });

  it.each([
    ['I would give 5 stars if I could'],
    ['5 stars all the way'],
    ['4/5/2024'],
    ['14/5'],
    ['0/5'],
    ['6/5'],
    ['4.5/5'],
    ['4/50'],
    ['★★★☆'],
    ['☆☆☆☆☆'],
    ['Rating: 10'],
    ['Order 4 arrived'],
    ['4'],
    [''],
  ])('does not take "%s" for a rating', (line) => {
    expect(readRatingLine(line)).toBeNull();
  });
});

describe('findRatingLine', () => {
  it('finds the first rating line and where it is', () => {
    expect(findRatingLine(['Great title', '', 'Rating: 2/5', 'Text'])).toEqual({
      stars: 2,
      matched: 'Rating: 2/5',
      rest: '',
      lineIndex: 2,
    });
    expect(findRatingLine(['No rating here', 'at all'])).toBeNull();
  });
});

describe('starsInTags', () => {
  it('reads rating_N tags and common variants', () => {
    expect(starsInTags(['trustpilot', 'rating_4'])).toEqual([4]);
    expect(starsInTags(['rating-2', 'trustpilot_rating_2', '2_stars'])).toEqual([2]);
    expect(starsInTags(['RATING_5'])).toEqual([5]);
  });

  it('lists every distinct rating when the tags disagree', () => {
    expect(starsInTags(['rating_5', 'rating_1'])).toEqual([1, 5]);
  });

  it('ignores tags that are not ratings', () => {
    expect(starsInTags(['rating_0', 'rating_6', 'rating_45', 'trustpilot_negative', 'rating'])).toEqual([]);
  });
});
