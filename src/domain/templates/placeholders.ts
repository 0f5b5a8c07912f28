import type { PlaceholderSpan } from './types';

/** Longest label taken for a placeholder; longer bracketed text is prose, not a field. */
export const MAX_PLACEHOLDER_LABEL = 100;

// A label is one line without brackets. With `[[x]]` the scan restarts at the inner bracket, so the
// innermost `[x]` is the placeholder and the outer brackets stay as text (and stay visible).
const PLACEHOLDER = new RegExp(`\\[([^\\[\\]\\r\\n]{1,${MAX_PLACEHOLDER_LABEL}})\\]`, 'gu');
const HAS_LETTER = /\p{L}/u;

/**
 * Every `[label]` in a text, in order, with its span. Only labels with a letter count, so `[1]` or
 * `[ ]` are not placeholders. Used to fill templates and to block sending unfilled placeholders.
 */
export function findPlaceholders(text: string): PlaceholderSpan[] {
  if (typeof text !== 'string' || !text.includes('[')) return [];
  const spans: PlaceholderSpan[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const raw = match[1] ?? '';
    const label = raw.trim();
    if (!HAS_LETTER.test(label)) continue;
    const start = match.index;
    spans.push({ start, end: start + match[0].length, label });
  }
  return spans;
}

/** The key that makes `[Specific problem]` and `[ specific  problem ]` one field. */
export function placeholderKey(label: string): string {
  return label.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
