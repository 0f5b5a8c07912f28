import { REVIEW_LANGUAGES, type ReviewLanguage } from '../types';
import type { Lexicon } from './lexicon';
import { LEXICONS } from './lexicons';
import { findPhrases, type TextIndex } from './textIndex';

/** Picks one word list out of a lexicon. */
export type ListPicker = (lexicon: Lexicon) => readonly string[];

/**
 * The review's language first, then English (reviews mix it in). Used for lists of short,
 * ambiguous words ("du", "er", "i") that would misfire if every language were searched.
 */
export const scopedLanguages = (language: ReviewLanguage): ReviewLanguage[] =>
  language === 'en' ? ['en'] : [language, 'en'];

/**
 * The words of one list found in the text, searched in the given languages (default: all, so a
 * French "arnaque" counts in a review the detector took for English). Evidence as written, no repeats.
 */
export function findWords(
  index: TextIndex,
  pick: ListPicker,
  languages: readonly ReviewLanguage[] = REVIEW_LANGUAGES,
): string[] {
  const found = new Set<string>();
  for (const language of languages) for (const word of findPhrases(index, pick(LEXICONS[language]))) found.add(word);
  return [...found];
}
