import { REVIEW_LANGUAGES } from '../types';
import { LEXICONS } from '../language/lexicons';
import type { CoreLexicon as Lexicon } from '../language/lexicon';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex alternative for a word list of every language; spaces and hyphens are interchangeable. */
function alternatives(pick: (lexicon: Lexicon) => readonly string[]): string {
  const words = new Set(REVIEW_LANGUAGES.flatMap((language) => pick(LEXICONS[language])));
  return [...words]
    .filter((word) => word.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((word) => escape(word).replace(/[\s-]+/g, '[\\s-]+'))
    .join('|');
}

const NOT_LETTER = '(?![\\p{L}\\p{N}])';

// Connectors write the platform's name with the label: "Trustpilot rating", "Trustpilot-Bewertung",
// "Note Trustpilot".
const PLATFORM = 'trustpilot';

/** "Rating", "Betyg", "Note", "Trustpilot rating"… followed by an optional colon. */
export const LABEL = new RegExp(
  `(?:${PLATFORM}[\\s-]*)?(?:${alternatives((l) => l.ratingLabels)})(?:[\\s-]+${PLATFORM})?${NOT_LETTER}\\s*[:：=\\-–]?\\s*`,
  'iuy',
);
/** Filled stars, then the empty ones: "★★★★☆", "⭐⭐⭐". */
export const GLYPHS = /([★⭐]{1,5})\s*([☆✩]{0,5})/uy;
/** A score from 1 to 5, "4" or "4.0", not part of a longer number. */
export const SCORE = /([1-5])(?:[.,]0)?(?![\d]|[.,]\d)/y;
/** The scale after a score: "/5", " out of 5", " sur 5". */
export const SCALE = new RegExp(
  `\\s*(?:/|(?:${alternatives((l) => l.outOfWords)})\\s)\\s*5(?:[.,]0)?(?![\\d/]|[.,]\\d)`,
  'iuy',
);
/** The word "stars" after a score: " stars", " Sterne", " gwiazdek". */
export const STAR_WORD = new RegExp(`\\s*(?:${alternatives((l) => l.starWords)})${NOT_LETTER}`, 'iuy');
/** What may follow a rating on its line before the rest of the text. */
export const SEPARATOR = /[\s\])]*(?:[-–—|:•·,;.!]+\s*)?/uy;
