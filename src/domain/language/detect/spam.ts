import type { TextIndex } from '../textIndex';
import { findWords, standsInside } from '../findWords';
import { hostOf, isShortener, isTrustpilotHost } from '../links';
import { fold, indexText } from '../textIndex';
import { ANALYSIS_LEXICONS } from '../analysis';
import { REVIEW_LANGUAGES } from '../../types';

export interface SpamFinding {
  /** Hosts of the review's links other than Trustpilot's and the business's own site. */
  linkHosts: string[];
  /** Hosts among `linkHosts` that are link shorteners (bit.ly…). */
  shortLinks: string[];
  /** Calls to action of advertising as written ("buy now", "jetzt bestellen"). */
  promo: string[];
  /** Sales wording as written ("free shipping"); advertising only beside a link or a call to action. */
  sales: string[];
  /** Businesses of another kind the review is about ("dentist", "filling"), when it does not name the company. */
  otherBusiness: string[];
  /** Phrases showing the review is about something else ("wrong company"). */
  unrelated: string[];
  /** Most words are letter soup ("asdfgh qwrtzp"), or only "test" and numbers. */
  gibberish: boolean;
}

const VOWELS = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęó]/u;
const KEYBOARD_RUNS = [
  'qwer',
  'wert',
  'erty',
  'rtyu',
  'tyui',
  'yuio',
  'uiop',
  'asdf',
  'sdfg',
  'dfgh',
  'fghj',
  'ghjk',
  'hjkl',
  'zxcv',
  'xcvb',
  'cvbn',
  'vbnm',
  'qwertz',
  'azer',
  'qsdf',
  'wxcv',
  'jklm',
  // Nordic and German rows: "asdfghjklö", "jklø".
  'jklö',
  'klöä',
  'jklø',
  'kløæ',
  // The same rows typed backwards ("jhgfds", "ølkjh").
  'poiu',
  'oiuy',
  'iuyt',
  'lkjh',
  'kjhg',
  'jhgf',
  'hgfd',
  'gfds',
  'fdsa',
  'mnbv',
  'nbvc',
  'bvcx',
  'vcxz',
  'ölkj',
  'ølkj',
];
const LATIN_WORD = /^[a-zàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœßąćęłńśźż]+$/u;

/** A word no language would write: no vowel, a long consonant run, one letter repeated, a keyboard row. */
function looksRandom(word: string): boolean {
  return (
    !VOWELS.test(word) ||
    /[^aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęó]{5,}/u.test(word) ||
    /(.)\1{3,}/u.test(word) ||
    KEYBOARD_RUNS.some((run) => word.includes(run))
  );
}

const GIBBERISH_SAMPLE_WORDS = 300;

/** Whether most Latin-script words of at least three letters look random. Other scripts are not judged. */
function isGibberish(index: TextIndex): boolean {
  const counts = new Map<string, number>();
  // The opening tells: a review of random letters is random from its first words.
  for (const word of index.words.slice(0, GIBBERISH_SAMPLE_WORDS))
    if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
  let words = 0;
  let random = 0;
  for (const [word, count] of counts) {
    if (!LATIN_WORD.test(word)) continue;
    words += count;
    if (looksRandom(word)) random += count;
  }
  // Two or more words and every one random ("asdfghjkl qwrtzp"), or most of three or more.
  return (words >= 2 && random === words) || (words >= 3 && random / words >= 0.5) || isKeyboardWord(index);
}

/** A very short text: one word and at most this many words of one or two letters or digits beside it. */
const MAX_KEYBOARD_TEXT_WORDS = 3;

/**
 * A very short text whose only word is typed along a keyboard row ("sdfghjklæø", "qwertzuiop"):
 * two or more keyboard runs in the word, so a real word holding one ("wertvoll") is not taken.
 */
function isKeyboardWord(index: TextIndex): boolean {
  if (index.words.length === 0 || index.words.length > MAX_KEYBOARD_TEXT_WORDS) return false;
  const long = index.folded.filter((word) => word.length >= 3 && !/^\d+$/.test(word));
  const [word] = long;
  if (long.length !== 1 || word === undefined || !LATIN_WORD.test(word)) return false;
  let runs = 0;
  for (const run of KEYBOARD_RUNS) if (word.includes(run)) runs += 1;
  return runs >= 2;
}

/** Words of a text written only to try the form: "test", "testing" in the languages of the lists. */
const TEST_WORDS = new Set([
  'test',
  'tests',
  'testing',
  'testar',
  'tester',
  'teste',
  'testen',
  'testi',
  'testje',
  'prueba',
  'prova',
  'asdf',
]);

/** A trial text is short: a few words around "test". */
const MAX_TRIAL_WORDS = 10;

/** The words that may stand beside "test" in a trial text, from every language's list, folded. */
const TRIAL_FILLERS: ReadonlySet<string> = new Set(
  REVIEW_LANGUAGES.flatMap((language) =>
    (ANALYSIS_LEXICONS[language].testFillers ?? []).flatMap((entry) => indexText(entry).folded),
  ),
);

/**
 * A text written only to try the form: "test" with nothing but numbers, filler ("pls ignore",
 * "bitte ignorieren", "hej") or random letters ("hej test 123 asdfghjklö", "test jhgfds ølkjh").
 */
function isTrialText(index: TextIndex): boolean {
  if (index.words.length === 0 || index.words.length > MAX_TRIAL_WORDS) return false;
  let tests = 0;
  for (let i = 0; i < index.words.length; i += 1) {
    const folded = index.folded[i] ?? '';
    const word = index.words[i] ?? '';
    if (TEST_WORDS.has(folded)) tests += 1;
    else if (!(
      /^\d+$/.test(word) ||
      word.length <= 2 ||
      TRIAL_FILLERS.has(folded) ||
      (LATIN_WORD.test(word) && looksRandom(word))
    ))
      return false;
  }
  return tests > 0;
}

/** The names a review may call the business by: the company name setting and the ticket's brand. */
export interface BusinessNames {
  companyName?: string;
  brand?: string;
}

/** Letters and digits of a name, folded: "Nordlys Home" → "nordlyshome". */
const compact = (name: string): string => fold(name.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, '');

/** Words of the business's names, three letters or longer, folded. */
function nameWords(names: BusinessNames): string[] {
  return [names.companyName ?? '', names.brand ?? '']
    .flatMap((name) => indexText(name).folded)
    .filter((word) => word.length >= 3);
}

/** A host of the business's own site: its name written into the domain ("nordlyshome.se", "nordlys.dk"). */
function isOwnHost(host: string, names: BusinessNames): boolean {
  const label = compact(host.split('.').slice(-2, -1)[0] ?? '');
  if (label.length < 3) return false;
  const full = [names.companyName ?? '', names.brand ?? ''].map(compact).filter((name) => name.length >= 3);
  return (
    full.some((name) => name.includes(label) || label.includes(name)) ||
    nameWords(names).some((word) => label.startsWith(word))
  );
}

/**
 * Whether the review names the business: the longest word of the company name or of the brand
 * ("Nordlys" of "Nordlys Home"; a generic word such as "Home" says nothing), or the whole name
 * written as one word ("nordlyshome").
 */
function namesTheBusiness(index: TextIndex, names: BusinessNames): boolean {
  for (const name of [names.companyName ?? '', names.brand ?? '']) {
    const words = indexText(name).folded.filter((word) => word.length >= 3);
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest && index.positions.has(longest)) return true;
    const whole = compact(name);
    if (whole.length >= 3 && index.positions.has(whole)) return true;
  }
  return false;
}

/** The words naming a kind of business in a company name, from every language's list, folded; built on first use. */
let businessKinds: readonly string[] | null = null;
function businessKindWords(): readonly string[] {
  businessKinds ??= [
    ...new Set(
      REVIEW_LANGUAGES.flatMap((language) =>
        (ANALYSIS_LEXICONS[language].businessKindNames ?? []).map((entry) => fold(entry.toLowerCase())),
      ),
    ),
  ];
  return businessKinds;
}

/**
 * Whether the words of the company or brand name (folded) say the business is of a kind that
 * reviews of other businesses speak of: a dental practice ("Cabinet Dentaire Sourire Plus", "Zahnarztpraxis Dr. Weber",
 * "Smil Tandklinik"), a salon, a pizzeria. A short kind ("dr") is a whole word of the name; a
 * longer one starts a word or, from five letters, stands inside a compound ("Tandlægeklinik").
 */
function namesAKindOfBusiness(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  return businessKindWords().some((kind) =>
    words.some((word) =>
      kind.length <= 3 ? word === kind : word.startsWith(kind) || (kind.length >= 5 && word.includes(kind)),
    ),
  );
}

/** How many first letters two words must share to be of one stem ("pizza" and "Pizzastein"). */
const STEM_LETTERS = 5;

/** Whether two mentions hold words of one stem: "pizza oven" and "pizza", "Pizzastenen" and "pizzaen". */
function sharesStem(a: string, b: string): boolean {
  const stems = (mention: string): string[] =>
    indexText(mention)
      .folded.filter((word) => word.length >= STEM_LETTERS)
      .map((word) => word.slice(0, STEM_LETTERS));
  const left = stems(a);
  return stems(b).some((stem) => left.includes(stem));
}

/**
 * The words showing a review is about a business of another kind (a dentist, a hairdresser, a
 * garage): two or more of them, while the review names neither the company nor the brand and
 * the names themselves contain none of them. Without a company name or brand nothing is inferred.
 */
function otherBusinessWords(index: TextIndex, names: BusinessNames): string[] {
  const own = nameWords(names);
  if (own.length === 0) return [];
  if (namesTheBusiness(index, names)) return [];
  // "Brightside Dental": the company's own name says which kind of business it is.
  const nameIndex = indexText([names.companyName ?? '', names.brand ?? ''].join('\n'));
  if (findWords(nameIndex, (l) => l.otherBusinesses ?? []).length > 0) return [];
  // "Cabinet Dentaire …", "Dr. Weber", "Salon Coiffure …": a review of the work is a review of it.
  if (namesAKindOfBusiness(nameIndex.folded)) return [];
  const business = findWords(index, (l) => l.otherBusinesses ?? []);
  const food = findWords(index, (l) => l.takeawayFood ?? []);
  const all = [...business, ...food];
  if (all.length < 2) return [];
  // A review of our own goods may mention a hotel or a salon ("hotel-quality sheets"): the words of
  // the other business must outnumber those of home goods (sofa, rug, lamp, curtains).
  const home = findWords(index, (l) => l.homeGoods ?? []);
  // Goods named after the other business's own things ("pizza stone", "Pizzaofen", "pizzasten")
  // make the review one of those goods, however many of its words a takeaway would also use.
  // A word both lists know ("salon", "Möbelpacker") is no such goods.
  if (home.some((goods) => !all.includes(goods) && all.some((word) => sharesStem(goods, word)))) return [];
  // Food alone points to a takeaway only when no home goods are named: "we ate pizza and a
  // margherita on the new rug" is a review of the rug.
  const counted = home.length > 0 ? business : all;
  // One mention found by two entries ("nail salon" and "salon") counts once.
  const found = counted.filter((word) => !counted.some((other) => other !== word && standsInside(word, other)));
  // "Smile Dental" and "dentist": the business is of that kind, the review is about it.
  // A compound name holds the kind inside it: "Snabbflytt" and "flyttgubbarna", "Autohaus" and "Autowerkstatt".
  const folded = found.map((word) => fold(word.toLowerCase()));
  const sameKind = (name: string): boolean =>
    folded.some(
      (word) =>
        (word.length >= 4 && name.startsWith(word.slice(0, 4))) ||
        (word.length >= 5 && name.includes(word.slice(0, 5))),
    );
  if (own.some(sameKind)) return [];
  if (found.length < 2) return [];
  return found.length > home.length ? found : [];
}

/** Spam signals in a review: links, advertising, unrelated content, another business, gibberish. */
export function findSpam(index: TextIndex, links: readonly string[], names: BusinessNames = {}): SpamFinding {
  const hosts = new Set<string>();
  for (const link of links.slice(0, 200)) {
    const host = hostOf(link);
    if (host && !isTrustpilotHost(host) && !isOwnHost(host, names)) hosts.add(host);
  }
  const promo = findWords(index, (l) => l.promoPhrases);
  // "Ihr Onlineshop …" is a pitch only beside a call to action ("Seite 1 bei Google").
  const pitch = promo.length > 0 ? findWords(index, (l) => l.pitchAddress ?? []) : [];
  return {
    linkHosts: [...hosts],
    shortLinks: [...hosts].filter(isShortener),
    promo,
    sales: [...findWords(index, (l) => l.salesWords ?? []), ...pitch],
    unrelated: findWords(index, (l) => l.unrelatedPhrases),
    otherBusiness: otherBusinessWords(index, names),
    gibberish: isGibberish(index) || isTrialText(index),
  };
}
