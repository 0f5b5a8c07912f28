import { REVIEW_LANGUAGES, type ReviewLanguage } from '../types';
import { ANALYSIS_LEXICONS } from './analysis';
import type { AnalysisLexicon } from './lexicon';
import { findPhrases, type TextIndex } from './textIndex';

/** Picks one word list out of a language's analysis lexicon. */
export type ListPicker = (lexicon: AnalysisLexicon) => readonly string[];

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
  for (const language of languages)
    for (const word of findPhrases(index, pick(ANALYSIS_LEXICONS[language]))) found.add(word);
  return [...found];
}

/** Whether words found stand inside a longer phrase found: "broken" in "nothing was broken". */
export const standsInside = (words: string, phrase: string): boolean => ` ${phrase} `.includes(` ${words} `);

/**
 * The words found that stand inside none of the phrases the other list finds in the text: "broken"
 * in "nothing was broken", "nulle" in "nulle part", "flera gånger" in "handlat flera gånger".
 */
export function outsidePhrases(index: TextIndex, words: string[], except: ListPicker): string[] {
  if (words.length === 0) return words;
  const phrases = findWords(index, except);
  return phrases.length === 0 ? words : words.filter((word) => !phrases.some((phrase) => standsInside(word, phrase)));
}
