import { describe, expect, it } from 'vitest';
import { isPlaceholderIdentity, looksShared, requesterKindOf } from '../../../src/domain/history/requester';
import type { Reviewer } from '../../../src/domain/review/types';
import { reviewEntry, ticketEntry } from './factories';

const reviewer = (overrides: Partial<Reviewer> = {}): Reviewer => ({
  name: 'Maria Svensson',
  firstName: 'Maria',
  anonymous: false,
  id: 77,
  email: 'maria@example.se',
  locale: 'sv',
  ...overrides,
});

describe('requesterKindOf', () => {
  it('sees a person behind a named requester with an id', () => {
    expect(requesterKindOf(reviewer())).toBe('person');
  });

  it('trusts the anonymous flag of the review', () => {
    expect(requesterKindOf(reviewer({ anonymous: true }))).toBe('anonymous');
  });

  it('recognises placeholder names and addresses', () => {
    expect(requesterKindOf(reviewer({ name: 'Anonymous Trustpilot reviewer' }))).toBe('anonymous');
    expect(requesterKindOf(reviewer({ email: 'anonymous@reviews.example.com' }))).toBe('anonymous');
  });

  it('has nobody to look up without a requester or its id', () => {
    expect(requesterKindOf(reviewer({ id: null }))).toBe('none');
    expect(requesterKindOf(null)).toBe('none');
    expect(requesterKindOf({ ...reviewer(), id: '77' as unknown as number })).toBe('none');
  });

  it('does not trip over fields of the wrong type', () => {
    expect(requesterKindOf({ ...reviewer(), name: 5 as unknown as string, email: null as unknown as string })).toBe('person');
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
  const reviews = (n: number) => Array.from({ length: n }, (_, i) => reviewEntry(i + 1, 5, '2025-01-01'));

  it('accepts up to five other reviews from one person', () => {
    expect(looksShared([...reviews(5), ticketEntry(99, 'email', 'open', '2025-01-01')])).toBe(false);
  });

  it('takes six or more for a shared default customer', () => {
    expect(looksShared(reviews(6))).toBe(true);
  });
});
