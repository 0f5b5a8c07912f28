import { decodeEntities } from '../review/htmlToText';

/**
 * A reply's text for comparison: markup removed (paragraph and line breaks become spaces),
 * entities decoded, typographic quotes and dashes made plain, whitespace collapsed, Unicode
 * normalised. What Zendesk sent and what Trustpilot shows compare equal when only formatting differs.
 */
export function normaliseReplyText(value: string): string {
  const withoutMarkup = value.replace(/<\s*(br|\/p|\/div|\/li)\b[^>]*>/gi, ' ').replace(/<\/?[a-zA-Z][^>]*>/g, '');
  return decodeEntities(withoutMarkup)
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\s\u00A0\u200B]+/g, ' ')
    .trim();
}

/** Whether two reply texts say the same once formatting is set aside. */
export const sameReplyText = (a: string, b: string): boolean => normaliseReplyText(a) === normaliseReplyText(b);
