import { knownPlaceholderFor } from './knownPlaceholders';
import { findPlaceholders, placeholderKey } from './placeholders';
import type { OpenPlaceholder, PlaceholderValues } from './types';

export { findPlaceholders, placeholderKey } from './placeholders';
export type { OpenPlaceholder, PlaceholderSpan, PlaceholderValues } from './types';

/** The result of filling a template: the text, and the placeholders still open in it. */
export interface FilledTemplate {
  text: string;
  /** Every occurrence left open, with its span in `text`, in order. */
  open: OpenPlaceholder[];
}

// Salutations that need a name; without one they become the language's neutral greeting.
// A Map: the word comes from a template, and "constructor" must not find Object's.
const NAMED_SALUTATIONS: ReadonlyMap<string, string> = new Map([
  ['dear', 'hello'],
  ['kära', 'hej'],
  ['käre', 'hej'],
  ['bästa', 'hej'],
  ['kære', 'hej'],
  ['cher', 'bonjour'],
  ['chère', 'bonjour'],
  ['liebe', 'hallo'],
  ['lieber', 'hallo'],
]);

const isBlank = (value: unknown): value is undefined => typeof value !== 'string' || value.trim() === '';

/** What the agent typed for a field: only the object's own entries, so `[constructor]` is just a field. */
const typedValue = (fields: Record<string, string>, key: string): string | undefined =>
  fields !== null && typeof fields === 'object' && Object.hasOwn(fields, key) ? fields[key] : undefined;

const isInlineSpace = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\u00a0';

/** Removes the spaces and the comma that led up to a dropped name ("Hi [name]," → "Hi,"). */
function trimBeforeDroppedName(text: string): string {
  let end = text.length;
  while (end > 0 && isInlineSpace(text[end - 1])) end -= 1;
  if (text[end - 1] === ',') {
    end -= 1;
    while (end > 0 && isInlineSpace(text[end - 1])) end -= 1;
  }
  const trimmed = text.slice(0, end);
  const lineStart = trimmed.lastIndexOf('\n') + 1;
  const line = trimmed.slice(lineStart);
  const word = line.trim();
  const neutral = NAMED_SALUTATIONS.get(word.toLowerCase());
  if (neutral === undefined || word.includes(' ')) return trimmed;
  const indent = line.slice(0, line.length - line.trimStart().length);
  const cased = word[0] === word[0]?.toUpperCase() ? neutral[0]?.toUpperCase() + neutral.slice(1) : neutral;
  return `${trimmed.slice(0, lineStart)}${indent}${cased}`;
}

/** After a name dropped at the start of a line, "[name], thanks" becomes "Thanks". */
function trimAfterDroppedName(segment: string): string {
  const rest = segment.replace(/^[ \t\u00a0]*,[ \t\u00a0]*/, '');
  if (rest === segment) return segment;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * Fills a template's placeholders: what the agent typed first, then the known values. An anonymous
 * reviewer's name is dropped with its comma; anything else without a value stays as written and is
 * reported in `open`. Values are inserted verbatim and never re-scanned. Never throws.
 */
export function fillTemplate(body: string, values: PlaceholderValues): FilledTemplate {
  const source = typeof body === 'string' ? body : '';
  const open: OpenPlaceholder[] = [];
  let text = '';
  let cursor = 0;
  let droppedAtLineStart = false;
  for (const span of findPlaceholders(source)) {
    let segment = source.slice(cursor, span.start);
    if (droppedAtLineStart) segment = trimAfterDroppedName(segment);
    droppedAtLineStart = false;
    text += segment;
    cursor = span.end;

    const key = placeholderKey(span.label);
    const known = knownPlaceholderFor(span.label);
    const typed = typedValue(values.fields, key);
    const value = !isBlank(typed) ? typed.trim() : known ? values.known[known]?.trim() : undefined;
    if (!isBlank(value)) {
      text += value;
    } else if (known === 'customerName' && values.anonymousReviewer) {
      text = trimBeforeDroppedName(text);
      droppedAtLineStart = text === '' || text.endsWith('\n');
    } else {
      const raw = source.slice(span.start, span.end);
      open.push({ start: text.length, end: text.length + raw.length, label: span.label, key, known });
      text += raw;
    }
  }
  let tail = source.slice(cursor);
  if (droppedAtLineStart) tail = trimAfterDroppedName(tail);
  text += tail;
  return { text, open };
}

/** The distinct open placeholders, in order of first appearance: one sidebar field each. */
export function openFields(open: readonly OpenPlaceholder[]): OpenPlaceholder[] {
  const seen = new Set<string>();
  return open.filter((placeholder) => {
    if (seen.has(placeholder.key)) return false;
    seen.add(placeholder.key);
    return true;
  });
}
