import { PROBLEM_TOPICS, type ProblemTopic } from '../lexicon';
import { findWords } from '../findWords';
import { fold, MAX_ANALYSED_CHARS, type TextIndex } from '../textIndex';
import { splitSentences } from './questions';

/** Reviews this long need more than a few public sentences. */
const LONG_REVIEW_WORDS = 110;
/** Problems in this many areas make a matter complex. */
const SEVERAL_TOPICS = 3;
/** Problems in two areas told in this many sentences are a step-by-step account of a complex matter. */
const ACCOUNT_SENTENCES = 4;

export type ComplexityTopic = ProblemTopic | 'payment';

export interface ComplexityFinding {
  wordCount: number;
  long: boolean;
  /** Problem areas touched, each with the first problem that showed it. */
  topics: Array<{ topic: ComplexityTopic; evidence: string }>;
  several: boolean;
  /** Phrases announcing several problems as written ("three separate problems"). */
  announced: string[];
  /** Technical problems and error codes as written ("error 502", "crashes"). */
  technical: string[];
}

/** "Error 502", "felkod 0x80070005", "code erreur 3DS-201", "Fehlercode 10486": bounded runs, linear time. */
const ERROR_CODE = new RegExp(
  String.raw`\b(?:errors?|erreur|fehler(?:code|meldung)?|feil(?:kode|melding)?|fout(?:code|melding)?|virhe(?:koodi)?|errore|błąd|felkod(?:en)?|felmeddelande(?:t)?|fejl(?:kode|meddelelse)?)(?:\s(?:code|kod|kode))?\s?[:#]?\s?(?=[\p{L}\d-]{0,11}\d)[\p{L}\d][\p{L}\d-]{1,11}\b`,
  'iu',
);

/** Where an error word can start; the full pattern is tried only there, which keeps long reviews fast. */
const ERROR_WORD = /err|fehler|feil|fout|virhe|błąd|felkod|felmedd|fejl/giu;
const ERROR_CODE_AT = new RegExp(ERROR_CODE.source, 'iuy');

/** The first error code in the text, as written ("Error 502"), or null. */
function findErrorCode(text: string): string | null {
  ERROR_WORD.lastIndex = 0;
  for (let word = ERROR_WORD.exec(text); word; word = ERROR_WORD.exec(text)) {
    ERROR_CODE_AT.lastIndex = word.index;
    const code = ERROR_CODE_AT.exec(text);
    if (code) return code[0];
  }
  return null;
}

/** The Swedish "fel" (error) before a bare number of three digits or more: "Fel 500". */
const SWEDISH_ERROR = /\bfel\s?\d{3,6}\b/iu;

/** An item of a numbered list: "1)", "2.", "(3)" standing before a space. */
const LIST_ITEM = /(?:^|\s)\(?([1-9])[).](?=\s)/gu;

/**
 * "A few things:", "Few things.", "några saker:", "et par ting:", "quelques points :", "ein paar
 * Dinge:" — several points announced before they are told. Without the colon (or a sentence of its
 * own) the words are everyday ones ("I ordered a few things"). Bounded runs only.
 */
const ANNOUNCED_POINTS =
  /(?:^|[.!?]\s+|\n\s*)(?:a\s+)?(?:few|several|couple\s+of)\s+(?:things|issues|points)\s*[.:]|(?:a\s+few|several|a\s+couple\s+of|some|några|ett\s+par|flera|nogle|et\s+par|flere|quelques|plusieurs|ein\s+paar|einige|mehrere)\s+(?:things|issues|points|saker|grejer|punkter|ting|choses|remarques|dinge|punkte)\s*:/iu;

/** The words every announcement of points holds one of; without them the pattern is not run. */
const POINT_WORDS = [
  'few',
  'several',
  'couple',
  'some',
  'några',
  'par',
  'flera',
  'nogle',
  'flere',
  'quelques',
  'plusieurs',
  'paar',
  'einige',
  'mehrere',
].map(fold);

/** A numbered list of at least two items, "1) … 2)", as the numbers are written; null without one. */
function numberedList(text: string): string | null {
  let expected = 1;
  const seen: string[] = [];
  for (const match of text.matchAll(LIST_ITEM)) {
    if (Number(match[1]) !== expected) continue;
    seen.push(match[0].trim());
    expected += 1;
  }
  return seen.length >= 2 ? seen.join(' … ') : null;
}

/**
 * The areas that are matters of their own. Chasing an answer ("no reply") or the money back
 * ("refund") follows from the problem told, so a late parcel chased by e-mail is one matter.
 */
const areas = (topics: ComplexityFinding['topics']): number => topics.filter((t) => t.topic !== 'payment').length;
/** The areas that are a matter without the answer chased ("no reply") or the money asked back. */
const matters = (topics: ComplexityFinding['topics']): number =>
  topics.filter((t) => t.topic !== 'payment' && t.topic !== 'service').length;

/**
 * How complex the matter is: length, problems in several areas or announced as several ("three
 * separate problems"), technical problems and error codes.
 */
export function findComplexity(index: TextIndex, text = ''): ComplexityFinding {
  const topics: ComplexityFinding['topics'] = [];
  for (const topic of [...PROBLEM_TOPICS, 'payment'] as const) {
    const words =
      topic === 'payment' ? findWords(index, (l) => l.personalData.payment) : findWords(index, (l) => l.topics[topic]);
    const first = words[0];
    if (first !== undefined) topics.push({ topic, evidence: first });
  }
  const sample = text.slice(0, MAX_ANALYSED_CHARS);
  const code = findErrorCode(sample) ?? (index.positions.has('fel') ? SWEDISH_ERROR.exec(sample)?.[0] : undefined);
  const technical = [...(code ? [code] : []), ...findWords(index, (l) => l.topics.technical)];
  const list = numberedList(sample);
  const announcement = POINT_WORDS.some((word) => index.positions.has(word))
    ? ANNOUNCED_POINTS.exec(sample)?.[0]
    : undefined;
  const points = announcement?.replace(/^[.!?\s]+|[.:\s]+$/gu, '').toLowerCase();
  const announced = [
    ...findWords(index, (l) => l.severalProblems ?? []),
    ...(points ? [points] : []),
    ...(list ? [list] : []),
  ];
  const wordCount = index.words.length;
  return {
    wordCount,
    // A long account of a problem; long praise or a long story without one is no matter to follow up.
    long: wordCount >= LONG_REVIEW_WORDS && topics.length > 0,
    topics,
    several:
      announced.length > 0 ||
      areas(topics) >= SEVERAL_TOPICS ||
      (matters(topics) >= SEVERAL_TOPICS - 1 && splitSentences(text).length >= ACCOUNT_SENTENCES),
    announced,
    technical: [...new Set(technical)].slice(0, 5),
  };
}
