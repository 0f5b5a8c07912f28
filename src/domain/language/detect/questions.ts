import type { ReviewLanguage } from '../../types';
import { ANALYSIS_LEXICONS } from '../analysis';
import {
  compileList,
  findPhrases,
  headWords,
  indexText,
  MAX_ANALYSED_CHARS,
  startsWithPhrase,
  type Phrase,
} from '../textIndex';

export interface QuestionFinding {
  /** Questions addressed to the business ("Can you…?", "When will my order arrive?"). */
  direct: string[];
  /** Other sentences ending with a question mark (possibly rhetorical). */
  other: string[];
}

const MAX_SENTENCES = 2_000;
const EVIDENCE_LENGTH = 160;

const shorten = (sentence: string): string =>
  sentence.length > EVIDENCE_LENGTH ? `${sentence.slice(0, EVIDENCE_LENGTH - 1).trimEnd()}…` : sentence;

// Questions, sarcasm and complexity all read the sentences of the same text: split it once.
let lastText: string | null = null;
let lastSentences: readonly string[] = [];

/** Sentences of a text, each keeping its final punctuation. */
export function splitSentences(text: string): readonly string[] {
  if (text === lastText) return lastSentences;
  const sentences = text
    .slice(0, MAX_ANALYSED_CHARS)
    .split(/(?<=[.!?…？])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .slice(0, MAX_SENTENCES);
  lastText = text;
  lastSentences = sentences;
  return sentences;
}

/** An opener written with a final "?" in the lexicon counts only in a sentence with a question mark. */
const needsMark = (phrase: Phrase): boolean => phrase.source.endsWith('?');

/** A French question by inversion: "Existe-t-il…", "Dois-je…", "Avez-vous…". */
const FRENCH_INVERSION = /^\p{L}{2,20}-(?:t-)?(?:il|elle|on|vous|je|nous|ils|elles)\b/iu;

/** A Danish question to the business written with the capitalised "I" (you): "Sælger I …?", "Har I …?". */
const DANISH_YOU = /^\p{L}{2,20}\s+I\s/u;

/** Where the question stands: in praise (4–5★) or in a sarcastic or repeatedly failed complaint. */
export interface QuestionContext {
  praise?: boolean;
  sarcasticComplaint?: boolean;
}

/**
 * A rhetorical question of praise, by its shape: it opens with a question word and either looks
 * back at the reviewer's own past ("Why didn't I find you sooner?", "Hur har jag kunnat missa er
 * så länge?", "Comment ai-je pu vivre sans vos coussins ?", "Why did nobody tell me…") or asks
 * "who" without the reviewer in it ("Who needs other shops?", "Vem gillar inte fri frakt?"), or
 * asks whether it could be better ("Could it be any better?", "Geht es noch besser?").
 * "How do I clean it?" and "Who do I call about assembly?" stay questions.
 */
function praiseRhetoric(sentence: string, languages: readonly ReviewLanguage[]): boolean {
  const shapes = languages.map((l) => ANALYSIS_LEXICONS[l].questionShape).filter((s) => s !== undefined);
  // The question may follow praise in the same sentence: "Great prices, and who doesn't love…?"
  const clauses = sentence.split(/[,;:–—]\s*|\s(?:and|och|og|et|und|but|men|mais|aber)\s/iu);
  const head = headWords(clauses[clauses.length - 1] ?? sentence, 24);
  const opens = (list: readonly string[]) => compileList(list).some((phrase) => startsWithPhrase(head, phrase));
  const index = indexText(sentence);
  const has = (pick: (shape: NonNullable<(typeof shapes)[number]>) => readonly string[]) =>
    shapes.some((shape) => findPhrases(index, pick(shape)).length > 0);
  // "Could it be any better?", "Kan det bli bättre?", "Peut-on rêver mieux ?": praise, unless it asks for something.
  if (has((shape) => shape.comparatives) && !shapes.some((shape) => opens(shape.requests))) return true;
  if (!shapes.some((shape) => opens(shape.interrogatives))) return false;
  const self = has((shape) => shape.self);
  if (shapes.some((shape) => opens(shape.askers))) return !self;
  return has((shape) => shape.hindsight) && (self || has((shape) => shape.askers));
}

/** Whether a question asks the business for something: "Can you…", "When will…", "Where is…". */
function asksForSomething(sentence: string, languages: readonly ReviewLanguage[]): boolean {
  const head = headWords(sentence, 40);
  return languages.some((l) => {
    const shape = ANALYSIS_LEXICONS[l].questionShape;
    if (!shape) return false;
    return [...compileList(shape.interrogatives), ...compileList(shape.requests)].some((phrase) =>
      startsWithPhrase(head, phrase),
    );
  });
}

/**
 * Finds questions. A sentence is a direct question when it has a question mark and addresses the
 * business or opens like a question ("Where is my…", "Muss ich…?"), or when, even without the
 * mark, it opens with a question phrase and addresses the business ("Can you tell me how to
 * return it"). Rhetorical questions ("Why didn't I find you sooner?", "How hard can it be?")
 * are left out: they need no answer.
 */
export function findQuestions(
  text: string,
  languages: readonly ReviewLanguage[],
  context: QuestionContext = {},
): QuestionFinding {
  const openers = languages.flatMap((l) => compileList(ANALYSIS_LEXICONS[l].questionOpeners));
  const rhetorical = languages.flatMap((l) => compileList(ANALYSIS_LEXICONS[l].rhetoricalOpeners ?? []));
  // A sentence without a question mark can only be a question when it opens like one.
  const unmarkedStarts = new Set(openers.filter((phrase) => !needsMark(phrase)).map((phrase) => phrase.words[0]));
  const direct: string[] = [];
  const other: string[] = [];
  for (const sentence of splitSentences(text)) {
    const hasMark = /[?？¿]/u.test(sentence);
    if (!hasMark && !unmarkedStarts.has(headWords(sentence, 24).folded[0])) continue;
    // Openers are a few words long: the start of the sentence is enough to look for one.
    const head = headWords(sentence);
    if (rhetorical.some((phrase) => startsWithPhrase(head, phrase))) continue;
    if (hasMark && context.praise && praiseRhetoric(sentence, languages)) continue;
    // "Do you let the courier play football with the boxes?" after "Great, the second broken lamp".
    if (hasMark && context.sarcasticComplaint && !asksForSomething(sentence, languages)) continue;
    const opener =
      openers.find((phrase) => (hasMark || !needsMark(phrase)) && startsWithPhrase(head, phrase)) ??
      (hasMark &&
      ((languages.includes('fr') && FRENCH_INVERSION.test(sentence)) ||
        (languages.includes('da') && DANISH_YOU.test(sentence)))
        ? { source: sentence.slice(0, 20), words: ['', ''], stem: false }
        : undefined);
    if (!hasMark && !opener) continue;
    const index = indexText(sentence);
    const addressed = languages.some((l) => findPhrases(index, ANALYSIS_LEXICONS[l].addressWords).length > 0);
    if (hasMark && (opener || addressed)) direct.push(shorten(sentence));
    else if (hasMark) other.push(shorten(sentence));
    else if (opener && opener.words.length >= 2 && addressed) direct.push(shorten(sentence));
  }
  return { direct, other };
}
