import type { ReviewLanguage } from '../../types';
import { ANALYSIS_LEXICONS } from '../analysis';
import type { AnalysisLexicon } from '../lexicon';
import {
  compileList,
  findPhrases,
  fold,
  headWords,
  indexText,
  MAX_ANALYSED_CHARS,
  startsWithPhrase,
  tokenize,
  type Phrase,
  type TextIndex,
} from '../textIndex';

export interface QuestionFinding {
  /** Questions addressed to the business ("Can you…?", "When will my order arrive?"). */
  direct: string[];
  /** Other sentences ending with a question mark (possibly rhetorical). */
  other: string[];
}

const MAX_SENTENCES = 2_000;
/** How much of a sentence's start is read for its question: openers and indirect questions stand there. */
const HEAD_CHARS = 80;
const EVIDENCE_LENGTH = 160;
/** How much of a sentence's end is read for a tag ("… ou pas", "… or not"): longer than any tag. */
const TAIL_CHARS = 48;
/** Words that give a reason after a tag: "… ou pas, parce que …", "… or not, because …". */
const BECAUSE = 'parce que|car|because|since|cause|weil|denn|fordi|for|för att|eftersom|siden|da';

/** Whether a sentence ends in a tag, or puts a reason after one, in its first words. */
const hasTag = (body: string, tag: RegExp | null): boolean =>
  tag !== null && (tag.test(body.slice(-TAIL_CHARS)) || tag.test(body.slice(0, HEAD_CHARS * 2)));

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

/** One word before a question, with the spaces and punctuation around it: "Hej, ", "Mais ". */
const LEAD = /^[\s\p{P}\p{S}]*(\p{L}{1,20})[\s\p{P}\p{S}]*/u;

const leadCache = new Map<string, ReadonlySet<string>>();

/** The words that may stand before a question in the review's languages, folded. */
function leadWords(languages: readonly ReviewLanguage[]): ReadonlySet<string> {
  const key = languages.join(',');
  const known = leadCache.get(key);
  if (known) return known;
  const leads = new Set(languages.flatMap((l) => (ANALYSIS_LEXICONS[l].questionLeads ?? []).map(fold)));
  leadCache.set(key, leads);
  return leads;
}

/** The sentence from its question on: "But", "Hej,", "Mais" before it dropped (three at most). */
function dropLeads(sentence: string, leads: ReadonlySet<string>): string {
  let rest = sentence;
  for (let k = 0; k < 3; k += 1) {
    const lead = LEAD.exec(rest);
    if (!lead || !leads.has(fold((lead[1] ?? '').toLowerCase()))) break;
    rest = rest.slice(lead[0].length);
  }
  return rest;
}

type Unmarked = NonNullable<AnalysisLexicon['unmarkedQuestions']>;
type Inverted = NonNullable<AnalysisLexicon['invertedQuestions']>;

/** A verb-first question's word lists, folded. */
interface Inversion {
  you: ReadonlySet<string>;
  joinedYou: ReadonlySet<string>;
  verbEndings: readonly string[];
  verbs: ReadonlySet<string>;
  notVerbs: ReadonlySet<string>;
  ambiguous: ReadonlySet<string>;
  afterAmbiguous: ReadonlySet<string>;
}

/** A language's lists for questions without a mark, compiled; indirect questions by their first word. */
interface UnmarkedShape {
  indirect: ReadonlyMap<string, Phrase[]>;
  openers: Phrase[];
  notOpeners: Phrase[];
  beforeVerb: ReadonlySet<string>;
  howTo: {
    words: ReadonlySet<string>;
    subjects: ReadonlySet<string>;
    verbs: ReadonlySet<string> | null;
    which: ReadonlySet<string>;
    modals: ReadonlySet<string>;
  } | null;
  /** "You" in the language, addressed or after a verb: a tag question's statement holds one in its first words. */
  you: ReadonlySet<string>;
  inversion: Inversion | null;
  /** Question words ("when", "när", "wann"): with a mark, only openers that start with one count by shape. */
  interrogatives: ReadonlySet<string>;
}

const unmarkedCache = new WeakMap<object, UnmarkedShape>();
const folded = (list: readonly string[] = []): ReadonlySet<string> => new Set(list.map(fold));

function unmarkedShape(language: ReviewLanguage): UnmarkedShape {
  const lexicon = ANALYSIS_LEXICONS[language];
  const known = unmarkedCache.get(lexicon);
  if (known) return known;
  const lists: Unmarked = lexicon.unmarkedQuestions ?? { indirect: [], openers: [] };
  const inverted: Inverted | undefined = lexicon.invertedQuestions;
  const indirect = new Map<string, Phrase[]>();
  for (const phrase of compileList(lists.indirect)) {
    const first = phrase.words[0] ?? '';
    indirect.set(first, [...(indirect.get(first) ?? []), phrase]);
  }
  const shape: UnmarkedShape = {
    indirect,
    openers: compileList(lists.openers),
    notOpeners: compileList(lists.notOpeners ?? []),
    beforeVerb: folded(lists.beforeVerb),
    howTo: lists.howToSubjects
      ? {
          words: folded(lists.howToWords),
          subjects: folded(lists.howToSubjects),
          verbs: lists.howToVerbs ? folded(lists.howToVerbs) : null,
          which: folded(lists.whichWords),
          modals: folded(lists.howToModals),
        }
      : null,
    you: new Set([...folded(lexicon.addressWords), ...folded(inverted?.you)]),
    interrogatives: folded(lexicon.questionShape?.interrogatives),
    inversion: inverted
      ? {
          you: folded(inverted.you),
          joinedYou: folded(inverted.joinedYou),
          verbEndings: (inverted.verbEndings ?? []).map(fold),
          verbs: folded(inverted.verbs),
          notVerbs: folded(inverted.notVerbs),
          ambiguous: folded(inverted.ambiguous),
          afterAmbiguous: folded(inverted.afterAmbiguous),
        }
      : null,
  };
  unmarkedCache.set(lexicon, shape);
  return shape;
}

/** Whether a folded word is a finite verb by the language's endings and lists. */
const isVerb = (word: string, inversion: Inversion): boolean =>
  word.length >= 2 &&
  !inversion.notVerbs.has(word) &&
  (inversion.verbEndings.length === 0 ||
    inversion.verbEndings.some((ending) => word.endsWith(ending)) ||
    inversion.verbs.has(word));

/** A verb and the word after it, joined by spaces or a hyphen ("livrez-vous", "existe-t-il"), and the next word. */
const INVERTED = /^(\p{L}{2,20})(\s+|-(?:t-)?)(\p{L}{1,10})(?:[\s,]+(\p{L}{1,20}))?/u;

/** A verb-first question to "you": "skickar ni …", "sender I …", "livrez-vous …", "liefert ihr …". */
function invertedToYou(body: string, inversion: Inversion): boolean {
  const found = INVERTED.exec(body);
  if (!found) return false;
  const [, verbWord = '', separator = '', pronounWord = '', nextWord = ''] = found;
  const verb = fold(verbWord.toLowerCase());
  const pronoun = fold(pronounWord.toLowerCase());
  const you = separator.startsWith('-') ? inversion.joinedYou : inversion.you;
  if (!you.has(pronoun)) return false;
  if (!isVerb(verb, inversion)) return false;
  // Danish "i" is also "in": "passer i størrelsen" is no question, "sender I …" and "sender i også …" are.
  if (!inversion.ambiguous.has(pronoun)) return true;
  return pronounWord !== pronounWord.toLowerCase() || inversion.afterAmbiguous.has(fold(nextWord.toLowerCase()));
}

/** A word as a pattern with its accents optional ("veta", "berätta" → "berä|atta"), like the word lists. */
function accentFree(word: string): string {
  return [...word]
    .map((ch) => {
      const plain = fold(ch);
      return plain === ch ? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `(?:${ch}|${plain})`;
    })
    .join('');
}

/**
 * What a sentence without a question mark must show before it is read word by word: its first
 * word opens a question, its second is "you" after a verb, or its start holds the longest word of
 * an indirect question ("wondering", "undrar", "savoir", "wissen"). Most sentences of a long
 * review show none, so they cost one short pattern test.
 */
interface Prefilter {
  starts: ReadonlySet<string>;
  you: ReadonlySet<string>;
  indirect: RegExp | null;
  /** A tag at the end of the sentence: "… ou pas", "… or not", "… eller hvad". */
  tag: RegExp | null;
}

const prefilterCache = new Map<string, Prefilter>();

function prefilter(languages: readonly ReviewLanguage[]): Prefilter {
  const key = languages.join(',');
  const known = prefilterCache.get(key);
  if (known) return known;
  const starts = new Set<string>();
  const you = new Set<string>();
  const keys = new Set<string>();
  const tags = new Set<string>();
  for (const language of languages) {
    const lexicon = ANALYSIS_LEXICONS[language];
    const unmarked = lexicon.unmarkedQuestions;
    for (const list of [
      lexicon.questionOpeners,
      unmarked?.openers ?? [],
      unmarked?.beforeVerb ?? [],
      unmarked?.howToWords ?? [],
      unmarked?.whichWords ?? [],
    ])
      for (const phrase of compileList(list)) starts.add(phrase.words[0] ?? '');
    for (const word of [...(lexicon.invertedQuestions?.you ?? []), ...(lexicon.invertedQuestions?.joinedYou ?? [])])
      you.add(fold(word));
    for (const entry of unmarked?.indirect ?? []) {
      const words = tokenize(entry);
      const longest = words.reduce((best, word) => (word.length > best.length ? word : best), '');
      if (longest) keys.add(longest);
    }
    for (const entry of unmarked?.tags ?? []) tags.add(tokenize(entry).map(accentFree).join('\\s+'));
  }
  const tagPattern = [...tags].join('|');
  const pattern = [...keys]
    .sort((a, b) => b.length - a.length)
    .map(accentFree)
    .join('|');
  const found = {
    starts,
    you,
    indirect: pattern ? new RegExp(`(?:^|[^\\p{L}])(?:${pattern})`, 'iu') : null,
    // The tag ends the sentence, or a reason follows it ("vous livrez en Belgique ou pas parce que …").
    tag: tagPattern
      ? new RegExp(`(?:^|[^\\p{L}])(?:${tagPattern})(?:[\\s\\p{P}\\p{S}]*$|[\\s,;]+(?:${BECAUSE})(?![\\p{L}]))`, 'iu')
      : null,
  };
  prefilterCache.set(key, found);
  return found;
}

/** The first two words of a sentence, as written: "Skickar ni", "livrez-vous", "Existe-t-il". */
const FIRST_WORDS = /^[\s\p{P}\p{S}]*(\p{L}{1,20})(?:(?:\s+|-(?:t-)?)(\p{L}{1,20}))?/u;

/** Whether a sentence without a mark may be a question, by its first words and the start of its text. */
function mayAsk(body: string, filter: Prefilter): boolean {
  const first = FIRST_WORDS.exec(body);
  if (first) {
    if (filter.starts.has(fold((first[1] ?? '').toLowerCase()))) return true;
    if (first[2] !== undefined && filter.you.has(fold(first[2].toLowerCase()))) return true;
  }
  if (hasTag(body, filter.tag)) return true;
  return filter.indirect !== null && filter.indirect.test(body.slice(0, HEAD_CHARS));
}

/**
 * Whether a sentence without a question mark asks the business something: an indirect question
 * in its first words ("I was wondering if…", "undrar om ni…", "je voudrais savoir si…"), an
 * opening that asks by itself ("when will…", "wann kommt…", "à quand…") or a verb-first question
 * to "you" ("skickar ni…", "sender I…", "livrez-vous…", "liefert ihr…").
 */
function askedWithoutMark(
  body: string,
  head: Pick<TextIndex, 'folded'>,
  languages: readonly ReviewLanguage[],
  marked = false,
): boolean {
  const exclaimed = body.trimEnd().endsWith('!');
  const tagged = hasTag(body, prefilter(languages).tag);
  for (const language of languages) {
    const shape = unmarkedShape(language);
    if (shape.notOpeners.some((phrase) => startsWithPhrase(head, phrase))) continue;
    // With a mark, "Is the cover washable?" stays a bare question mark; "När kan jag …?" asks.
    if (
      shape.openers.some(
        (phrase) => (!marked || shape.interrogatives.has(phrase.words[0] ?? '')) && startsWithPhrase(head, phrase),
      )
    )
      return true;
    // "när tänker ni svara", "was kostet": a question word right before its verb.
    const [first = '', second = ''] = head.folded;
    if (shape.inversion && shape.beforeVerb.has(first) && isVerb(second, shape.inversion)) return true;
    // "wie kündige ich", "hur säger man upp": a question word, a verb, then the reviewer or "one".
    const third = head.folded[2] ?? '';
    const howTo = shape.howTo;
    if (
      howTo?.words.has(first) &&
      second.length >= 2 &&
      (howTo.verbs === null || howTo.verbs.has(second)) &&
      howTo.subjects.has(third)
    )
      return true;
    // "vilken skruv ska jag", "welche Schraube muss ich": a noun between the question word and its verb.
    if (
      howTo?.which.has(first) &&
      howTo.subjects.has(head.folded[3] ?? '') &&
      (howTo.modals.has(third) || (shape.inversion !== null && isVerb(third, shape.inversion)))
    )
      return true;
    // "vous livrez en Belgique ou pas", "do you ship to ireland or not": "you" in its first words, a tag at its end.
    if (tagged && head.folded.slice(0, TAG_YOU_WORDS).some((word) => shape.you.has(word))) return true;
    if (!exclaimed && shape.inversion && invertedToYou(body, shape.inversion)) return true;
    for (let at = 0; at < head.folded.length; at += 1) {
      const candidates = shape.indirect.get(head.folded[at] ?? '');
      if (candidates?.some((phrase) => startsWithPhrase({ folded: head.folded.slice(at) }, phrase))) return true;
    }
  }
  return false;
}

/** How far into a sentence ending in "or not" its "you" may stand: "Du coup vous livrez … ou pas". */
const TAG_YOU_WORDS = 4;

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
  const head = headWords(dropLeads(clauses[clauses.length - 1] ?? sentence, leadWords(languages)), 24);
  const opens = (list: readonly string[]) => compileList(list).some((phrase) => startsWithPhrase(head, phrase));
  const index = indexText(sentence);
  const has = (pick: (shape: NonNullable<(typeof shapes)[number]>) => readonly string[]) =>
    shapes.some((shape) => findPhrases(index, pick(shape)).length > 0);
  // "Could it be any better?", "Kan det bli bättre?", "Peut-on rêver mieux ?": praise, unless it asks for something.
  if (has((shape) => shape.comparatives) && !shapes.some((shape) => opens(shape.requests))) return true;
  if (!shapes.some((shape) => opens(shape.interrogatives))) return false;
  const self = has((shape) => shape.self);
  if (shapes.some((shape) => opens(shape.askers))) return !self;
  // Two looks back need no "I": "Wo wart ihr all die Jahre?", "Where have you been all these years?".
  const hindsight = new Set(shapes.flatMap((shape) => findPhrases(index, shape.hindsight))).size;
  return hindsight >= 2 || (hindsight > 0 && (self || has((shape) => shape.askers)));
}

/**
 * Whether a question asks the business for something: it opens with a question word or a request
 * ("Can you…", "When will…", "Where is…"), also after a lead-in ("Alors question simple : vous…"),
 * or asks "you" with its question word at the end ("vous comptez me rembourser quand, exactement ?").
 */
function asksForSomething(sentence: string, languages: readonly ReviewLanguage[]): boolean {
  const leads = leadWords(languages);
  const clause = sentence.slice(Math.max(sentence.lastIndexOf(':'), sentence.lastIndexOf(';')) + 1);
  const heads = [headWords(dropLeads(sentence, leads), 40), headWords(dropLeads(clause, leads), 40)];
  const tail = headWords(clause.slice(-60), 60).folded.slice(-3);
  return languages.some((l) => {
    const shape = ANALYSIS_LEXICONS[l].questionShape;
    if (!shape) return false;
    const interrogatives = compileList(shape.interrogatives);
    if (
      [...interrogatives, ...compileList(shape.requests)].some((phrase) =>
        heads.some((head) => startsWithPhrase(head, phrase)),
      )
    )
      return true;
    const askedLast = interrogatives.some(
      (phrase) => phrase.words.length === 1 && tail.includes(phrase.words[0] ?? ''),
    );
    return askedLast && addresses(indexText(clause), [l]);
  });
}

/** Whether a sentence addresses the business: "you", "ni", "jer", "vous", "Sie". */
const addresses = (index: TextIndex, languages: readonly ReviewLanguage[]): boolean =>
  languages.some((l) => findPhrases(index, ANALYSIS_LEXICONS[l].addressWords).length > 0);

/** Whether a sentence reports what someone said: "svarede at", "told me that", "m'a répondu que". */
const reportsSpeech = (index: TextIndex, languages: readonly ReviewLanguage[]): boolean =>
  languages.some((l) => findPhrases(index, ANALYSIS_LEXICONS[l].questionShape?.reported ?? []).length > 0);

/**
 * Finds questions. A sentence is a direct question when it has a question mark and addresses the
 * business or opens like a question ("Where is my…", "Muss ich…?"), or when, even without the
 * mark, it opens with a question phrase and addresses the business ("Can you tell me how to
 * return it") or has the shape of a question written without its mark (`askedWithoutMark`).
 * Rhetorical questions ("Why didn't I find you sooner?", "How hard can it be?") are left out:
 * they need no answer. Words such as "But" or "Hej," before a question are read past.
 */
export function findQuestions(
  text: string,
  languages: readonly ReviewLanguage[],
  context: QuestionContext = {},
): QuestionFinding {
  const openers = languages.flatMap((l) => compileList(ANALYSIS_LEXICONS[l].questionOpeners));
  const rhetorical = languages.flatMap((l) => compileList(ANALYSIS_LEXICONS[l].rhetoricalOpeners ?? []));
  const leads = leadWords(languages);
  const filter = prefilter(languages);
  const direct: string[] = [];
  const other: string[] = [];
  for (const sentence of splitSentences(text)) {
    const hasMark = /[?？¿]/u.test(sentence);
    const body = dropLeads(sentence, leads);
    if (!hasMark && !mayAsk(body, filter)) continue;
    // Openers are a few words long: the start of the sentence is enough to look for one.
    const head = headWords(body, HEAD_CHARS);
    if (rhetorical.some((phrase) => startsWithPhrase(head, phrase))) continue;
    if (!hasMark) {
      const opener = openers.find((phrase) => !needsMark(phrase) && startsWithPhrase(head, phrase));
      const addressed = opener !== undefined && opener.words.length >= 2 && addresses(indexText(sentence), languages);
      // Praise is read for rhetoric only once the sentence asks: most sentences of a long review do not.
      const asks = addressed || askedWithoutMark(body, head, languages);
      if (asks && !(context.praise && praiseRhetoric(sentence, languages))) direct.push(shorten(sentence));
      continue;
    }
    if (context.praise && praiseRhetoric(sentence, languages)) continue;
    // "Do you let the courier play football with the boxes?" after "Great, the second broken lamp".
    if (context.sarcasticComplaint && !asksForSomething(sentence, languages)) continue;
    // The shape of a question counts with its mark as without it: "När kan jag förvänta mig pengarna?",
    // "Hur säger man upp abonnemanget??", "wie kündige ich das abo??".
    const shaped =
      openers.some((phrase) => startsWithPhrase(head, phrase)) ||
      (languages.includes('fr') && FRENCH_INVERSION.test(body)) ||
      (languages.includes('da') && DANISH_YOU.test(body)) ||
      askedWithoutMark(body, head, languages, true);
    const index = indexText(sentence);
    // "…som svarede at jeg skulle bestille igen??": disbelief at what was said, no question.
    if (!shaped && reportsSpeech(index, languages)) {
      other.push(shorten(sentence));
      continue;
    }
    if (shaped || addresses(index, languages)) direct.push(shorten(sentence));
    else other.push(shorten(sentence));
  }
  return { direct, other };
}
