import { describe, expect, it } from 'vitest';
import {
  changeSince,
  compareWithTicket,
  isEdited,
  textChange,
  withTrustpilot,
} from '../../../src/domain/trustpilot/compare';
import { parseConsumerReviews, parseTrustpilotReview } from '../../../src/domain/trustpilot/parse';
import { normaliseReplyText, sameReplyText } from '../../../src/domain/trustpilot/replyText';
import { reviewIdFromUrl } from '../../../src/domain/trustpilot/reviewId';
import { makeTrustpilotReview } from '../../factories';
import { apiBody, LOST_PARCEL, REVIEW_ID, TEXT, TICKET_REVIEW } from './fixtures';

describe('reviewIdFromUrl', () => {
  it.each([
    [`https://www.trustpilot.com/reviews/${REVIEW_ID}`, REVIEW_ID],
    [`https://dk.trustpilot.com/reviews/${REVIEW_ID}?utm=x`, REVIEW_ID],
    [`https://se.trustpilot.com/reviews/${REVIEW_ID}/`, REVIEW_ID],
  ])('reads the id from %s', (url, id) => {
    expect(reviewIdFromUrl(url)).toBe(id);
  });

  it.each([
    null,
    'https://www.trustpilot.com/review/www.nordlys-home.example',
    `https://evil.example/reviews/${REVIEW_ID}`,
    'https://www.trustpilot.com/reviews/../../users',
    'javascript:alert(1)',
  ])('finds no id in %s', (url) => {
    expect(reviewIdFromUrl(url)).toBeNull();
  });
});

describe('parseTrustpilotReview', () => {
  it('reads the documented fields, the company reply included', () => {
    const review = parseTrustpilotReview(
      apiBody({ companyReply: { text: 'Sorry, Sarah.', createdAt: '2025-06-03T10:00:00Z' } }),
    );
    expect(review).toEqual(
      makeTrustpilotReview({
        ...LOST_PARCEL,
        companyReply: { text: 'Sorry, Sarah.', createdAt: new Date('2025-06-03T10:00:00Z') },
      }),
    );
  });

  it('never throws on bodies that are not reviews', () => {
    for (const body of [null, 'text', 42, [], { unrelated: true }]) {
      expect(parseTrustpilotReview(body)).toBeNull();
    }
  });

  it('drops invalid stars, dates and an empty reply', () => {
    const review = parseTrustpilotReview(
      apiBody({ stars: 9, createdAt: 'yesterday', isVerified: 'yes', companyReply: { text: ' ' } }),
    );
    expect(review).toMatchObject({ stars: null, createdAt: null, isVerified: false, companyReply: null });
  });

  it('reads a consumer reviews page with whether each was answered', () => {
    const reviews = parseConsumerReviews({
      reviews: [
        {
          id: 'a1',
          stars: 5,
          title: 'Great',
          createdAt: '2025-01-01T00:00:00Z',
          businessUnit: { displayName: 'Nordlys Home' },
          companyReply: { text: 'Thanks!' },
        },
        {
          id: 'a2',
          stars: 1,
          title: 'Bad',
          createdAt: '2024-01-01T00:00:00Z',
          businessUnit: { displayName: 'Other shop' },
        },
        { title: 'no id' },
      ],
    });
    expect(reviews).toEqual([
      {
        id: 'a1',
        stars: 5,
        title: 'Great',
        createdAt: new Date('2025-01-01T00:00:00Z'),
        businessUnitName: 'Nordlys Home',
        answered: true,
      },
      {
        id: 'a2',
        stars: 1,
        title: 'Bad',
        createdAt: new Date('2024-01-01T00:00:00Z'),
        businessUnitName: 'Other shop',
        answered: false,
      },
    ]);
    expect(parseConsumerReviews({ links: [] })).toBeNull();
  });
});

describe('compareWithTicket', () => {
  it('finds nothing when Trustpilot shows what the ticket holds', () => {
    const comparison = compareWithTicket(TICKET_REVIEW, makeTrustpilotReview(LOST_PARCEL));
    expect(comparison).toEqual({ stars: null, title: null, text: null, isVerified: true, companyReply: null });
    expect(isEdited(comparison)).toBe(false);
  });

  it('reports changed stars, title and the sentences removed and added', () => {
    const comparison = compareWithTicket(
      TICKET_REVIEW,
      makeTrustpilotReview({
        ...LOST_PARCEL,
        stars: 4,
        title: 'Parcel found',
        text: 'The parcel never arrived. Support called me back and sorted it.',
      }),
    );
    expect(comparison.stars).toEqual({ from: 2, to: 4 });
    expect(comparison.title).toEqual({ from: 'Lost parcel', to: 'Parcel found' });
    expect(comparison.text).toEqual({
      removed: ['Nobody answers my emails.'],
      added: ['Support called me back and sorted it.'],
    });
    expect(isEdited(comparison)).toBe(true);
  });

  it('ignores differences of spacing and case', () => {
    const comparison = compareWithTicket(
      TICKET_REVIEW,
      makeTrustpilotReview({ ...LOST_PARCEL, text: `  ${TEXT.toUpperCase()}\n` }),
    );
    expect(comparison.text).toBeNull();
  });

  it('the review the tools use has Trustpilot text and stars, and is answered when a company reply exists', () => {
    const current = makeTrustpilotReview({
      ...LOST_PARCEL,
      stars: 4,
      text: 'All sorted now.',
      companyReply: { text: 'Glad to help!', createdAt: null },
    });
    const merged = withTrustpilot(TICKET_REVIEW, compareWithTicket(TICKET_REVIEW, current), current);
    expect(merged).toMatchObject({ stars: 4, text: 'All sorted now.', alreadyAnswered: true });
    expect(
      withTrustpilot(
        TICKET_REVIEW,
        compareWithTicket(TICKET_REVIEW, makeTrustpilotReview(LOST_PARCEL)),
        makeTrustpilotReview(LOST_PARCEL),
      ).alreadyAnswered,
    ).toBe(false);
  });
});

describe('textChange', () => {
  it('lists nothing when only the order changed', () => {
    expect(textChange('One. Two.', 'Two. One.')).toEqual({ removed: [], added: [] });
  });
});

describe('changeSince', () => {
  it('says replied, edited, deleted or nothing', () => {
    const seen = makeTrustpilotReview(LOST_PARCEL);
    expect(changeSince(seen, makeTrustpilotReview(LOST_PARCEL))).toBeNull();
    expect(changeSince(seen, null)).toBe('deleted');
    expect(changeSince(seen, makeTrustpilotReview({ ...LOST_PARCEL, stars: 3 }))).toBe('edited');
    expect(changeSince(seen, makeTrustpilotReview({ ...LOST_PARCEL, text: 'Changed my mind.' }))).toBe('edited');
    expect(
      changeSince(
        seen,
        makeTrustpilotReview({ ...LOST_PARCEL, text: 'Changed.', companyReply: { text: 'Hi', createdAt: null } }),
      ),
    ).toBe('replied');
  });
});

describe('normaliseReplyText', () => {
  it('sets aside markup, entities, typographic quotes and whitespace', () => {
    expect(normaliseReplyText('<p>Hi Sarah,</p><p>We&#39;re  sorry &amp; we’ll fix it.</p>')).toBe(
      "Hi Sarah, We're sorry & we'll fix it.",
    );
    expect(sameReplyText('Hi Sarah,\n\nThanks!', '<p>Hi Sarah,</p>\n<p>Thanks!</p>')).toBe(true);
    expect(sameReplyText('Hi Sarah, thanks!', 'Hi Sarah, thank you!')).toBe(false);
  });

  it('keeps text that merely contains angle brackets', () => {
    expect(normaliseReplyText('3 < 5 and 7 > 2')).toBe('3 < 5 and 7 > 2');
  });
});
