import { describe, expect, it } from 'vitest';
import { isReviewTicket, parseReview } from '../../../src/domain/review/parseReview';
import { makeComment, makeSettings, makeTicket, makeUser } from '../../factories';

const settings = makeSettings();
/** The ticket's requester (the default user) and an agent of the shop. */
const requester = makeUser();
const agent = makeUser({ id: 99, name: 'Maja Agent', email: 'maja@shop.example', role: 'agent', locale: 'sv' });

describe('isReviewTicket', () => {
  it('is true for a ticket with a configured review tag, in any case', () => {
    expect(isReviewTicket(makeTicket({ tags: ['trustpilot'] }), settings)).toBe(true);
    expect(isReviewTicket(makeTicket({ tags: ['Trustpilot-Review'] }), settings)).toBe(true);
  });

  it('is false for other tickets', () => {
    expect(isReviewTicket(makeTicket({ tags: ['billing', 'trustpilot_positive'] }), settings)).toBe(false);
    expect(isReviewTicket(makeTicket({ tags: [] }), settings)).toBe(false);
  });

  it('follows the reviewTags setting', () => {
    expect(isReviewTicket(makeTicket({ tags: ['reviews'] }), { ...settings, reviewTags: ['reviews'] })).toBe(true);
    expect(isReviewTicket(makeTicket({ tags: ['trustpilot'] }), { ...settings, reviewTags: ['reviews'] })).toBe(false);
  });
});

describe('parseReview', () => {
  it('reads title, stars, reviewer, date, language and text', () => {
    const review = parseReview(makeTicket(), settings);
    expect(review).toMatchObject({
      isReview: true,
      title: 'Great shop',
      text: 'Fast delivery and friendly staff.',
      stars: 4,
      starsFromTags: 4,
      starsFromText: 4,
      starsConflict: false,
      ratingText: 'Rating: 4/5',
      reviewer: { name: 'Anna Svensson', firstName: 'Anna', anonymous: false },
      language: 'en',
      languageDetected: true,
      edited: false,
      alreadyAnswered: false,
    });
    expect(review.createdAt?.toISOString()).toBe('2025-05-01T08:00:00.000Z');
  });

  it('takes the stars from the text when there is no rating tag', () => {
    const review = parseReview(makeTicket({ tags: ['trustpilot'], description: '★★☆☆☆\nSlow.' }), settings);
    expect(review).toMatchObject({
      stars: 2,
      starsFromTags: null,
      starsFromText: 2,
      starsConflict: false,
      text: 'Slow.',
    });
  });

  it('trusts the tags and reports a conflict when the text says otherwise', () => {
    const review = parseReview(
      makeTicket({ tags: ['trustpilot', 'rating_5'], description: 'Rating: 2/5\nChanged my mind.' }),
      settings,
    );
    expect(review).toMatchObject({ stars: 5, starsFromTags: 5, starsFromText: 2, starsConflict: true, edited: true });
  });

  it('uses the tag the text confirms when several rating tags disagree', () => {
    expect(
      parseReview(makeTicket({ tags: ['rating_1', 'rating_5'], description: '1/5\nBad.' }), settings),
    ).toMatchObject({
      stars: 1,
      starsConflict: true,
    });
    expect(parseReview(makeTicket({ tags: ['rating_1', 'rating_5'], description: 'Bad.' }), settings)).toMatchObject({
      stars: null,
      starsConflict: true,
    });
  });

  it('is unrated when neither tags nor text give stars, never guessing', () => {
    const review = parseReview(
      makeTicket({ tags: ['trustpilot'], description: 'I would give 5 stars if I could.' }),
      settings,
    );
    expect(review).toMatchObject({ stars: null, starsFromText: null, text: 'I would give 5 stars if I could.' });
  });

  it('keeps the text that shares a line with the rating', () => {
    expect(parseReview(makeTicket({ description: '★★★★☆ Lovely shoes\n\nWill order again.' }), settings).text).toBe(
      'Lovely shoes\n\nWill order again.',
    );
  });

  it('drops a first line that repeats the title', () => {
    expect(
      parseReview(makeTicket({ subject: 'Great shop', description: 'Great shop\nRating: 4/5\nNice.' }), settings).text,
    ).toBe('Nice.');
  });

  it('has no title for the connector default subject', () => {
    expect(parseReview(makeTicket({ subject: 'New Trustpilot review' }), settings).title).toBeNull();
  });

  it('reads HTML descriptions as text', () => {
    const review = parseReview(
      makeTicket({ description: '<p>Rating: 3/5</p><p>OK <b>shop</b></p><script>x()</script>' }),
      settings,
    );
    expect(review.text).toBe('OK shop');
    expect(review.stars).toBe(4);
    expect(review.starsFromText).toBe(3);
  });

  it('finds the reference number, the Trustpilot link and other links', () => {
    const review = parseReview(
      makeTicket({
        description:
          'Rating: 1/5\nOrder number: 88123\nhttps://www.trustpilot.com/reviews/6650ab\nSee https://shop.example/help',
      }),
      settings,
    );
    expect(review.reference).toBe('88123');
    expect(review.reviewUrl).toBe('https://www.trustpilot.com/reviews/6650ab');
    expect(review.links).toEqual(['https://www.trustpilot.com/reviews/6650ab', 'https://shop.example/help']);
  });

  it("falls back to the requester's locale for the language of a text too short to tell", () => {
    expect(
      parseReview(makeTicket({ subject: '', description: '👍', requester: makeUser({ locale: 'sv-SE' }) }), settings),
    ).toMatchObject({ language: 'sv', languageDetected: false });
  });

  it('sees an edited review in several comments from the reviewer', () => {
    const review = parseReview(
      makeTicket({
        comments: [
          makeComment({ id: 1, value: 'Rating: 4/5 first', author: requester }),
          makeComment({ id: 2, value: 'Rating: 2/5 updated', author: requester }),
        ],
      }),
      settings,
    );
    expect(review.edited).toBe(true);
  });

  it('sees an earlier agent reply', () => {
    const review = parseReview(
      makeTicket({
        comments: [
          makeComment({ id: 1, value: 'Rating: 4/5\n\nFast delivery and friendly staff.', author: requester }),
          makeComment({ id: 2, value: 'Thank you Anna!', author: agent }),
        ],
      }),
      settings,
    );
    expect(review.alreadyAnswered).toBe(true);
  });

  it('does not count the review itself as a reply when a connector posted it as an agent', () => {
    const description = 'Rating: 4/5\n\nFast delivery and friendly staff.';
    const review = parseReview(
      makeTicket({
        comments: [
          makeComment({ id: 1, value: description, author: agent }),
          makeComment({ id: 2, value: `<p>${description}</p>`, author: agent }),
        ],
      }),
      settings,
    );
    expect(review.alreadyAnswered).toBe(false);
  });

  it('marks the review as not a review ticket without a review tag, still reading it', () => {
    expect(parseReview(makeTicket({ tags: ['email'] }), settings)).toMatchObject({ isReview: false, stars: 4 });
  });

  it('copes with a missing requester and dates', () => {
    const review = parseReview(makeTicket({ requester: null, createdAt: null, comments: [] }), settings);
    expect(review).toMatchObject({ reviewer: { anonymous: true, name: '' }, createdAt: null });
  });

  it('ignores an unreadable date', () => {
    expect(parseReview(makeTicket({ createdAt: 'yesterday-ish' }), settings).createdAt).toBeNull();
  });
});
