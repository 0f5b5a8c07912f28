/** A range of a text; `end` is exclusive. */
export interface EmailSpan {
  start: number;
  end: number;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  return LETTER.test(text.charAt(i));
}

function isLetterOrDigit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code) || isAsciiDigit(code);
  return LETTER_OR_DIGIT.test(text.charAt(i));
}

// Local part: letters, digits and . _ % + -
const isLocalChar = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || isLetterOrDigit(text, i);
};

// A domain label: letters, digits and hyphens.
const isLabelChar = (text: string, i: number): boolean => text.charCodeAt(i) === 45 || isLetterOrDigit(text, i);

/**
 * The end of the domain after an `@` at `at`: labels separated by dots, the last one starting
 * with two or more letters (`example.co.uk`); -1 when there is none.
 */
function domainEnd(text: string, at: number): number {
  let end = -1;
  let pos = at + 1;
  let labels = 0;
  for (;;) {
    const labelStart = pos;
    while (pos < text.length && isLabelChar(text, pos)) pos += 1;
    if (pos === labelStart) break;
    if (labels > 0) {
      let letters = labelStart;
      while (letters < pos && isLetter(text, letters)) letters += 1;
      if (letters - labelStart >= 2) end = letters;
    }
    labels += 1;
    if (text.charCodeAt(pos) !== 46) break;
    pos += 1;
  }
  return end;
}

/**
 * Every e-mail address in a text, in order, in linear time: each `@` looks back over the local
 * part and ahead over the domain, neither of which can contain an `@`, so no character is read
 * more than a few times however long or hostile the text is.
 */
export function findEmailSpans(text: string, limit = Number.POSITIVE_INFINITY): EmailSpan[] {
  const spans: EmailSpan[] = [];
  let previousAt = -1;
  for (let at = text.indexOf('@'); at !== -1 && spans.length < limit; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > previousAt + 1 && isLocalChar(text, start - 1)) start -= 1;
    previousAt = at;
    if (start === at) continue;
    const end = domainEnd(text, at);
    if (end !== -1) spans.push({ start, end });
  }
  return spans;
}

/** The first e-mail address in a text, as written; null when there is none. */
export function firstEmail(text: string): string | null {
  const [span] = findEmailSpans(text, 1);
  return span === undefined ? null : text.slice(span.start, span.end);
}
