import { describe, expect, it } from 'vitest';
import { isPlaceholderIdentity, looksShared, requesterKindOf } from '../../../src/domain/history/requester';
import { makeHistoryEntry, makeReviewer } from '../../factories';

describe('requesterKindOf', () => {
  it('sees a person behind a named requester with an id', () => {
    expect(requesterKindOf(makeReviewer())).toBe('person');
  });

  it('trusts the anonymous flag of the review', () => {
    expect(requesterKindOf(makeReviewer({ anonymous: true }))).toBe('anonymous');
  });

  it('recognises placeholder names and addresses', () => {
    expect(requesterKindOf(makeReviewer({ name: 'Anonymous Trustpilot reviewer' }))).toBe('anonymous');
    expect(requesterKindOf(makeReviewer({ email: 'anonymous@reviews.example.com' }))).toBe('anonymous');
  });

  it('has nobody to look up without a requester or its id', () => {
    expect(requesterKindOf(makeReviewer({ id: null }))).toBe('none');
    expect(requesterKindOf(null)).toBe('none');
    expect(requesterKindOf({ ...makeReviewer(), id: '77' as unknown as number })).toBe('none');
  });

  it('does not trip over fields of the wrong type', () => {
    expect(requesterKindOf({ ...makeReviewer(), name: 5 as unknown as string, email: null as unknown as string })).toBe(
      'person',
    );
  });
});

describe('isPlaceholderIdentity', () => {
  it.each([
    ['Anonymous Trustpilot reviewer', ''],
    ['Anonym', ''],
    ['Utilisateur anonyme', ''],
    ['Trustpilot reviewer', ''],
    ['', 'noreply@shop.example'],
    ['', 'reviews@trustpilot.com'],
    ['', 'x@invite.trustpilot.com'],
  ])('%j %j is a placeholder', (name, email) => {
    expect(isPlaceholderIdentity(name, email)).toBe(true);
  });

  it.each([
    ['Anna Nonymous', 'anna@example.com'],
    ['Maria', 'maria@nottrustpilot.com'],
    ['', 'not-an-address'],
  ])('%j %j is a person', (name, email) => {
    expect(isPlaceholderIdentity(name, email)).toBe(false);
  });
});

describe('looksShared', () => {
  const reviews = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      makeHistoryEntry({ ticketId: i + 1, stars: 5, createdAt: new Date('2025-01-01') }),
    );

  it('accepts up to five other reviews from one person', () => {
    expect(
      looksShared([
        ...reviews(5),
        makeHistoryEntry({
          kind: 'ticket',
          ticketId: 99,
          channel: 'email',
          status: 'open',
          createdAt: new Date('2025-01-01'),
        }),
      ]),
    ).toBe(false);
  });

  it('takes six or more for a shared default customer', () => {
    expect(looksShared(reviews(6))).toBe(true);
  });
});
