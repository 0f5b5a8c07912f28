import type { TextIndex } from '../textIndex';
import { findWords, outsidePhrases } from '../findWords';
import { ANALYSIS_LEXICONS } from '../analysis';
import { REVIEW_LANGUAGES } from '../../types';
import {
  compileList,
  fold,
  headWords,
  indexText,
  MAX_ANALYSED_CHARS,
  startsWithPhrase,
  type Phrase,
} from '../textIndex';
import { splitSentences } from './questions';

export interface StrongLanguageFinding {
  /** Strong words as written: "scam", "never again", "arnaque". */
  words: string[];
  /** Threats of legal or official steps: "lawyer", "police". */
  threats: string[];
  /** Words written in capitals (shouting), when there are enough of them. */
  capitals: string[];
  /** Repeated failures: "third time", "four times", "in a row". */
  repeated: string[];
  /** Sarcasm: "thanks for nothing", or praise opening a complaint ("Great, third broken parcel"). */
  sarcasm: string[];
}

/** Capitalised abbreviations that are not shouting. */
const ABBREVIATIONS = new Set([
  'DHL',
  'UPS',
  'GLS',
  'DPD',
  'TNT',
  'USPS',
  'FEDEX',
  'USA',
  'UK',
  'EU',
  'PDF',
  'SMS',
  'TV',
  'OK',
  'ASAP',
  'FAQ',
  'VAT',
  'MOMS',
  'MVA',
  'MWST',
  'TVA',
  'IVA',
  'ALV',
  'SAV',
  'PS',
  'ID',
  'PIN',
  'CEO',
  'IT',
  'PC',
  'USB',
  'LED',
  'GPS',
  'API',
  'APP',
  'URL',
  'WWW',
  'HTML',
  'XL',
  'XXL',
  'XS',
  'NB',
  'AB',
  'AS',
  'GMBH',
  'BV',
  'SA',
  'SRL',
  'AG',
  'LTD',
  'INC',
  'PLC',
  'ARN',
  'DGCCRF',
  'UOKIK',
  'OMIC',
  'BBB',
  'IKEA',
  'HM',
  'EUR',
  'SEK',
  'DKK',
  'NOK',
  'USD',
  'GBP',
  'PLN',
  'CHF',
  'IOS',
]);

const CAPITAL_WORD = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu;
const MIN_CAPITAL_WORDS = 3;

/** Words in capitals that look like shouting: at least three, or most of a text's letters. */
export function findShouting(text: string): string[] {
  const sample = text.slice(0, MAX_ANALYSED_CHARS);
  const words = (sample.match(CAPITAL_WORD) ?? []).filter((w) => !ABBREVIATIONS.has(w));
  if (words.length === 0) return [];
  if (words.length >= MIN_CAPITAL_WORDS) return [...new Set(words)].slice(0, 5);
  // One or two words in capitals are shouting only in a text written mostly in capitals.
  const upper = sample.length - sample.replace(/\p{Lu}+/gu, '').length;
  const lower = sample.length - sample.replace(/\p{Ll}+/gu, '').length;
  const mostlyCapitals = upper + lower >= 20 && upper / (upper + lower) > 0.7;
  if (words.length < MIN_CAPITAL_WORDS && !(mostlyCapitals && words.length > 0)) return [];
  return [...new Set(words)].slice(0, 5);
}

/** A sentence opening with a word of praise and a comma or "!" ("Great, …", "Bravo, …"). */
const PRAISE_OPENING = /^\s*(\p{L}{2,20})\s?[,!]/u;
const MAX_SARCASM_SENTENCES = 200;

/**
 * Praise that opens a sentence of complaint: the sentence goes on to a problem. Only meaningful
 * in a critical review; the caller decides where it counts.
 */
function praiseOpenings(sentences: readonly string[]): string[] {
  const found: string[] = [];
  for (const sentence of sentences) {
    const opening = PRAISE_OPENING.exec(sentence)?.[1];
    if (!opening) continue;
    const head = indexText(opening);
    if (findWords(head, (l) => [...l.positiveWords, ...(l.sarcasm ?? [])]).length === 0) continue;
    const rest = indexText(sentence.slice(opening.length + 1));
    const problem = [
      ...findWords(rest, (l) => [...l.problemCues, ...l.negativeWords]),
      ...findWords(rest, (l) => Object.values(l.topics).flat()),
      ...findWords(rest, (l) => l.repeatedFailures ?? []),
    ];
    if (problem.length > 0) found.push(sentence.slice(0, opening.length + 1 + 40).trim());
  }
  return found;
}

/** Where the thanked-for part of a sentence ends: "Thanks for the quick reply, but…" thanks for the reply only. */
const CLAUSE_END = /[,;:.!?]|\s(?:but|men|mais|aber|og|and|och|et|und)\s/iu;

/** "Thanks a lot for the cracked mirror": thanks for a problem, in a critical review. */
function thanksForProblems(sentences: readonly string[]): string[] {
  const { phrases, firstWords } = compiledThanks();
  const found: string[] = [];
  for (const sentence of sentences) {
    // Most sentences do not open with thanks: their first word says so cheaply.
    const first = FIRST_WORD.exec(sentence)?.[0];
    if (first === undefined || !firstWords.has(fold(first.toLowerCase()))) continue;
    const head = headWords(sentence, 40);
    if (!phrases.some((phrase) => startsWithPhrase(head, phrase))) continue;
    const clause = sentence.split(CLAUSE_END)[0] ?? '';
    const index = indexText(clause);
    const problem = [
      ...findWords(index, (l) => [...l.problemCues, ...l.negativeWords]),
      ...findWords(index, (l) => Object.values(l.topics).flat()),
    ].filter((word) => !BUT.has(word.toLowerCase()));
    if (problem.length > 0) found.push(clause.trim().slice(0, 60));
  }
  return found;
}

const FIRST_WORD = /\p{L}+/u;

/** Conjunctions among the problem cues ("but"), which say nothing on their own. */
const BUT = new Set(['but', 'men', 'mais', 'aber']);

let thanksPhrases: { phrases: Phrase[]; firstWords: Set<string> } | null = null;
function compiledThanks(): { phrases: Phrase[]; firstWords: Set<string> } {
  if (!thanksPhrases) {
    const phrases = REVIEW_LANGUAGES.flatMap((l) => compileList(ANALYSIS_LEXICONS[l].thanks ?? []));
    thanksPhrases = { phrases, firstWords: new Set(phrases.map((phrase) => phrase.words[0] ?? '')) };
  }
  return thanksPhrases;
}

/**
 * Repeated failures ("third time", "several times"), except the words that are part of buying
 * again and again ("handlat flera gånger": loyalty, not a failure).
 */
const repeatedFailures = (index: TextIndex): string[] =>
  outsidePhrases(
    index,
    findWords(index, (l) => l.repeatedFailures ?? []),
    (l) => l.repeatedPurchases ?? [],
  );

/** Strong words, except inside everyday phrases that hold one ("nulle part": nowhere). */
const strongWords = (index: TextIndex): string[] =>
  outsidePhrases(
    index,
    findWords(index, (l) => l.strongWords),
    (l) => l.notStrong ?? [],
  );

/** Strong language, threats, shouting, repeated failures and sarcasm, in any supported language. */
export function findStrongLanguage(index: TextIndex, text: string): StrongLanguageFinding {
  const sentences = splitSentences(text).slice(0, MAX_SARCASM_SENTENCES);
  return {
    words: strongWords(index),
    threats: findWords(index, (l) => l.threatWords),
    capitals: findShouting(text),
    repeated: repeatedFailures(index),
    sarcasm: [
      ...findWords(index, (l) => l.sarcasm ?? []),
      ...praiseOpenings(sentences),
      ...thanksForProblems(sentences),
    ].slice(0, 3),
  };
}
