import type { TextSpan } from './types';

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
/** No letter or digit right before (a Unicode-aware `\b`). */
export const WORD_START = `(?<!${LETTER_OR_DIGIT})`;
/** No letter or digit right after. */
const WORD_END = `(?!${LETTER_OR_DIGIT})`;

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A word or phrase list entry as a pattern: spaces match any run of spaces, apostrophes match
 * straight or curly ones, hyphens are optional ("e-mail" = "email"), and a trailing `*` makes the
 * entry a stem ("thank*" = thanks, thankful).
 */
function phrasePattern(entry: string): string {
  const stem = entry.endsWith('*');
  const words = (stem ? entry.slice(0, -1) : entry).trim().split(/\s+/);
  const body = words
    .map((word) =>
      escapeRegExp(word)
        .replace(/['\u2019]/g, "['\u2019]")
        .replace(/-/g, '[-\u2010\u2011]?'),
    )
    .join('[\\s\\u00a0]+');
  return `${WORD_START}${body}${stem ? '[\\p{L}\\p{N}]*' : WORD_END}`;
}

/** One case-insensitive regex for a list of phrases; null for an empty list. */
export function phraseRegExp(entries: readonly string[], flags: 'giu' | 'iu'): RegExp | null {
  const usable = entries.map((entry) => entry.trim()).filter((entry) => entry.replace(/\*$/, '').length > 0);
  if (usable.length === 0) return null;
  // Longest first, so "order number" wins over "order" in an alternation.
  usable.sort((a, b) => b.length - a.length);
  return new RegExp(usable.map(phrasePattern).join('|'), flags);
}

/** Spans of every match of a global regex. */
export function matchSpans(text: string, pattern: RegExp | null): TextSpan[] {
  if (pattern === null) return [];
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length > 0) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Lower case without accents, for comparing names and words typed with or without them. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en');

/** The words of a text, folded. */
export const foldedWords = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether two spans share at least one character. */
export const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;
