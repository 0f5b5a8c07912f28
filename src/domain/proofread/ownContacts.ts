import type { Review } from '../review/types';
import { sameContact } from './contacts';
import { findContacts } from './personalData';

/**
 * The e-mail addresses and phone numbers written in what the agent typed into a template's
 * contact field ("help@shop.example or 08-123 456 78" gives both), each as written.
 */
export function contactValuesIn(typed: string): string[] {
  if (typeof typed !== 'string') return [];
  return findContacts(typed).map(({ start, end }) => typed.slice(start, end));
}

/**
 * Of the contact values the agent typed into a template's contact fields for this reply, those
 * that count as the company's own: every one except those the review itself contains (its title,
 * text or the reviewer's e-mail), which are the reviewer's and still need confirming. Never throws.
 */
export function ownContactsFor(typed: readonly string[] | undefined, review: Review): string[] {
  if (!Array.isArray(typed) || typed.length === 0) return [];
  const values = typed.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
  if (values.length === 0) return [];
  const sources = [review.title ?? '', review.text, review.reviewer.email].filter(
    (source): source is string => typeof source === 'string' && source !== '',
  );
  const reviewers = sources.flatMap((source) =>
    findContacts(source).map((hit) => ({ kind: hit.kind, value: source.slice(hit.start, hit.end) })),
  );
  return values.filter((value) => {
    const kind = value.includes('@') ? 'email' : 'phone';
    return !reviewers.some((known) => known.kind === kind && sameContact(kind, known.value, value));
  });
}
