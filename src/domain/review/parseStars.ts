import type { Stars } from '../types';
import { GLYPHS, LABEL, SCALE, SCORE, SEPARATOR, STAR_WORD } from './ratingPatterns';

const asStars = (n: number): Stars | null => (n >= 1 && n <= 5 && Number.isInteger(n) ? (n as Stars) : null);

const TAG_PATTERNS = [/^(?:trustpilot[_-])?(?:rating|stars?)[_-]?([1-5])$/, /^([1-5])[_-]?stars?$/];

/** The distinct star counts in `rating_N`-style tags, in ascending order. */
export function starsInTags(tags: readonly string[]): Stars[] {
  const found = new Set<Stars>();
  for (const tag of tags) {
    for (const pattern of TAG_PATTERNS) {
      const stars = asStars(Number(pattern.exec(tag.toLowerCase())?.[1]));
      if (stars) found.add(stars);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** A rating read from a line of the description. */
export interface LineRating {
  stars: Stars;
  /** The rating as written, for the agent to check. */
  matched: string;
  /** What follows the rating on the same line ("★★★★☆ Great shop" → "Great shop"). */
  rest: string;
}

const stickyAt = (pattern: RegExp, text: string, at: number): RegExpExecArray | null => {
  pattern.lastIndex = at;
  return pattern.exec(text);
};

/** Reads "★★★★☆" at `at`; a row with empty stars must add up to five. */
function glyphsAt(text: string, at: number): { stars: Stars; end: number } | null {
  const match = stickyAt(GLYPHS, text, at);
  if (!match) return null;
  const full = [...(match[1] ?? '')].length;
  const empty = [...(match[2] ?? '')].length;
  const stars = asStars(full);
  if (!stars || (empty > 0 && full + empty !== 5)) return null;
  return { stars, end: at + match[0].length };
}

/** Reads "4/5", "4 out of 5 stars", "4 stars", or a bare "4" after a label. */
function scoreAt(text: string, at: number, labelled: boolean): { stars: Stars; end: number } | null {
  const score = stickyAt(SCORE, text, at);
  const stars = asStars(Number(score?.[1]));
  if (!score || !stars) return null;
  let end = at + score[0].length;
  const scale = stickyAt(SCALE, text, end);
  if (scale) end += scale[0].length;
  const word = stickyAt(STAR_WORD, text, end);
  if (word) end += word[0].length;
  return scale || word || labelled ? { stars, end } : null;
}

/**
 * Reads a rating written as a line of its own, or at the start of a line followed by a
 * separator: "Rating: 4/5", "4/5", "★★★★☆", "4 stars", "4 stjärnor", "[5 étoiles] - Super".
 * Prose that merely mentions stars ("I'd give 5 stars if…") is not a rating.
 */
export function readRatingLine(rawLine: string): LineRating | null {
  const line = rawLine.replace(/\uFE0F/g, '');
  let at = /^[\s[(]*/.exec(line)?.[0].length ?? 0;
  const start = at;
  const label = stickyAt(LABEL, line, at);
  if (label) at += label[0].length;
  const first = glyphsAt(line, at) ?? scoreAt(line, at, label !== null);
  if (!first) return null;
  at = first.end;
  // A second notation of the same rating may follow: "4/5 ★★★★☆", "★★★★☆ (4/5)".
  const gap = /[\s(]*/y;
  gap.lastIndex = at;
  const gapLength = gap.exec(line)?.[0].length ?? 0;
  const second = glyphsAt(line, at + gapLength) ?? scoreAt(line, at + gapLength, false);
  if (second && second.stars === first.stars) at = second.end;
  const matched = line.slice(start, at).trim();
  const separator = stickyAt(SEPARATOR, line, at);
  const afterSeparator = at + (separator?.[0].length ?? 0);
  const rest = line.slice(afterSeparator).trim();
  const separated = afterSeparator === line.length || /[-–—|:•·,;.!]/.test(separator?.[0] ?? '');
  const glyphThenSpace = /[★⭐☆✩]$/u.test(matched) && /^\s/.test(line.slice(at));
  if (!separated && !glyphThenSpace) return null;
  return { stars: first.stars, matched, rest };
}

/** The first rating line of a text: its stars, its line index and the rest of that line. */
export function findRatingLine(lines: readonly string[]): (LineRating & { lineIndex: number }) | null {
  for (const [lineIndex, line] of lines.entries()) {
    if (line.length > 300) continue;
    const rating = readRatingLine(line);
    if (rating) return { ...rating, lineIndex };
  }
  return null;
}
