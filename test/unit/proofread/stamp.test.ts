import { describe, expect, it } from 'vitest';
import { toPublishedText } from '../../../src/domain/proofread/publishedText';
import { isStampCurrent, stampFor } from '../../../src/domain/proofread/stamp';

const reply = 'Hi Anna,\n\nThank you for your review.\n\nKind regards,\nMaja';

describe('proofread stamp', () => {
  it('is current for exactly the text it was made for', () => {
    expect(isStampCurrent(stampFor(reply), reply)).toBe(true);
  });

  it.each([
    ['a changed letter', reply.replace('Anna', 'Anne')],
    ['an added space', reply.replace('Thank you', 'Thank  you')],
    ['a removed full stop', reply.replace('review.', 'review')],
    ['a swapped pair of letters', reply.replace('Maja', 'Mjaa')],
    ['an extra line', `${reply}\nNordic Home`],
  ])('goes stale after %s', (_label, edited) => {
    expect(isStampCurrent(stampFor(reply), edited)).toBe(false);
  });

  it('differs between texts of the same length', () => {
    expect(stampFor('ab')).not.toBe(stampFor('ba'));
    expect(stampFor('Hi Anna')).not.toBe(stampFor('Hi Anne'));
  });

  it('is not current without a stamp or for an empty text', () => {
    expect(isStampCurrent(null, reply)).toBe(false);
    expect(isStampCurrent(stampFor(''), '')).toBe(false);
  });

  it('survives markup changes that do not change the published text', () => {
    const stamp = stampFor(toPublishedText('<p>Hi Anna,</p><p>Thanks!</p>'));
    expect(isStampCurrent(stamp, toPublishedText('<p dir="ltr">Hi Anna,</p>\n<p>Thanks!</p>'))).toBe(true);
    expect(isStampCurrent(stamp, toPublishedText('<p>Hi Anna,</p><p>Thanks!!</p>'))).toBe(false);
  });

  it('is the same for the same text every time', () => {
    expect(stampFor(reply)).toBe(stampFor(`${reply}`));
    expect(stampFor(reply)).toMatch(/^v1:\d+:[0-9a-z]+$/);
  });
});
