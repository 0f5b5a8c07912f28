/** Only the digits of a written number. */
export const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** E-mail addresses compare without case or surrounding spaces. */
export const emailKey = (written: string): string => written.trim().toLocaleLowerCase('en');

/**
 * Whether two digit strings are the same phone number, written with or without country code or
 * trunk zero ("+46 8 123 456 78" = "08-123 456 78").
 */
export function sameNumber(written: string, other: string): boolean {
  const national = (digits: string): string => digits.replace(/^00/, '').replace(/^0/, '');
  const a = national(written);
  const b = national(other);
  if (a.length < 6 || b.length < 6) return false;
  const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
  return longer.endsWith(shorter) && longer.length - shorter.length <= 3;
}

/** The kinds of personal data the agent may confirm as the company's own. */
export type ContactKind = 'email' | 'phone';

/**
 * Whether `written` (an e-mail address or phone number found in a reply) is one of the values the
 * agent confirmed as the company's own, compared as the settings' support e-mail and phone are.
 */
export function isConfirmedContact(kind: ContactKind, written: string, confirmed: readonly string[]): boolean {
  // Malformed input confirms nothing: the gate then blocks as it would without a confirmation.
  if (!Array.isArray(confirmed) || typeof written !== 'string') return false;
  const values = confirmed.filter((value): value is string => typeof value === 'string');
  if (kind === 'email') {
    const key = emailKey(written);
    return key.length > 0 && values.some((value) => value.includes('@') && emailKey(value) === key);
  }
  const digits = digitsOf(written);
  return values.some((value) => !value.includes('@') && sameNumber(digits, digitsOf(value)));
}

/** Whether two written contact values are the same address or number. */
export const sameContact = (kind: ContactKind, a: string, b: string): boolean =>
  a.includes('@') === (kind === 'email') && isConfirmedContact(kind, a, [b]);
