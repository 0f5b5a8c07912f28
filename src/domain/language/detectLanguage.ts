import { REVIEW_LANGUAGES, type ReviewLanguage } from '../types';
import { LEXICONS } from './lexicons';
import { tokenize } from './textIndex';

export interface DetectedLanguage {
  language: ReviewLanguage;
  /** false when the text said too little and the fallback was used. */
  detected: boolean;
}

/** Letters that point to a few languages; they decide short texts and ties. */
const LETTER_HINTS: ReadonlyArray<readonly [string, readonly ReviewLanguage[]]> = [
  ['å', ['sv', 'da', 'no']],
  ['ä', ['sv', 'fi', 'de']],
  ['ö', ['sv', 'fi', 'de']],
  ['æ', ['da', 'no']],
  ['ø', ['da', 'no']],
  ['ü', ['de']],
  ['ß', ['de']],
  ['ñ', ['es']],
  ['¿', ['es']],
  ['¡', ['es']],
  ['ç', ['fr']],
  ['œ', ['fr']],
  ['ê', ['fr']],
  ['è', ['fr', 'it']],
  ['ò', ['it']],
  ['ì', ['it']],
  ['ą', ['pl']],
  ['ę', ['pl']],
  ['ł', ['pl']],
  ['ś', ['pl']],
  ['ż', ['pl']],
  ['ź', ['pl']],
  ['ć', ['pl']],
  ['ń', ['pl']],
];
const HINT_WEIGHT = 0.5;
/** The part of a text read to detect its language. */
const DETECTION_CHARS = 6_000;

/**
 * Letters a language's spelling never uses: Swedish writes ä and ö where Danish and Norwegian
 * write æ and ø. A text with such a letter counts against the language, which tells Danish from
 * Swedish in short reviews that share most of their words.
 */
const FOREIGN_LETTERS: ReadonlyArray<readonly [ReviewLanguage, string]> = [
  ['sv', 'æøüß'],
  ['da', 'äöüß'],
  ['no', 'äöüß'],
  ['de', 'åæø'],
  ['fi', 'æøüß'],
  ['pl', 'åæøäöüß'],
];
const FOREIGN_LETTER_PENALTY = 1;

let weights: Map<string, Array<readonly [ReviewLanguage, number]>> | null = null;

/** Each common word votes for its languages; a word shared by n languages gives each 1/n. */
function wordWeights(): Map<string, Array<readonly [ReviewLanguage, number]>> {
  if (weights) return weights;
  const owners = new Map<string, ReviewLanguage[]>();
  for (const language of REVIEW_LANGUAGES) {
    for (const word of new Set(LEXICONS[language].commonWords.flatMap(tokenize))) {
      owners.set(word, [...(owners.get(word) ?? []), language]);
    }
  }
  weights = new Map([...owners].map(([word, langs]) => [word, langs.map((l) => [l, 1 / langs.length] as const)]));
  return weights;
}

/** The review language for a Zendesk locale (`sv-SE` → sv, `nb` → no), or null. */
export function languageFromLocale(locale: string | null | undefined): ReviewLanguage | null {
  const base = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const alias = base === 'nb' || base === 'nn' ? 'no' : base;
  return (REVIEW_LANGUAGES as readonly string[]).includes(alias) ? (alias as ReviewLanguage) : null;
}

/**
 * Detects the language of a review from its frequent words and letters; falls back to the
 * requester's locale, then English, when the text is too short or matches nothing. Never throws.
 */
export function detectLanguage(text: string, fallbackLocale?: string | null): DetectedLanguage {
  const fallback = languageFromLocale(fallbackLocale) ?? 'en';
  // A few thousand words tell the language as well as the whole of a very long review.
  const sample = text.slice(0, DETECTION_CHARS).toLowerCase();
  const words = tokenize(sample);
  const scores = new Map<ReviewLanguage, number>();
  const add = (language: ReviewLanguage, amount: number): void => {
    scores.set(language, (scores.get(language) ?? 0) + amount);
  };
  const table = wordWeights();
  for (const word of words) for (const [language, weight] of table.get(word) ?? []) add(language, weight);
  for (const [letter, languages] of LETTER_HINTS) {
    if (sample.includes(letter)) for (const language of languages) add(language, HINT_WEIGHT / languages.length);
  }

  for (const [language, letters] of FOREIGN_LETTERS) {
    if (!scores.has(language)) continue;
    for (const letter of letters) if (sample.includes(letter)) add(language, -FOREIGN_LETTER_PENALTY);
  }

  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  const needed = Math.min(2, Math.max(1, words.length * 0.5));
  if (!best || best[1] < needed) return { language: fallback, detected: false };
  const tied = ranked.filter(([, score]) => best[1] - score < 1e-9).map(([language]) => language);
  const preference: readonly ReviewLanguage[] = [fallback, ...REVIEW_LANGUAGES];
  const language = preference.find((l) => tied.includes(l)) ?? best[0];
  return { language, detected: true };
}
