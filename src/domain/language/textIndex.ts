/**
 * Words of a text, indexed so that many word lists can be checked quickly.
 * Only the first `MAX_ANALYSED_CHARS` characters are analysed: a review is at most a few thousand
 * words, and a pathological description must not make the sidebar slow.
 */
export const MAX_ANALYSED_CHARS = 100_000;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lowercase words of a text, accents kept (language detection needs them). */
export function tokenize(text: string): string[] {
  return text.slice(0, MAX_ANALYSED_CHARS).normalize('NFC').toLowerCase().match(WORD) ?? [];
}

const FOLD_EXTRA: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' };

const PLAIN = /^[a-z0-9]*$/;

/** A word without accents, so "etoile" and "étoile" match. */
export function fold(word: string): string {
  if (PLAIN.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđı]/g, (ch) => FOLD_EXTRA[ch] ?? ch);
}

/** The words of a text, ready for phrase look-ups. */
export interface TextIndex {
  /** Lowercase words, accents kept. */
  words: string[];
  /** The same words without accents; phrases are matched against these. */
  folded: string[];
  /** Positions of each folded word. */
  positions: Map<string, number[]>;
  /** Distinct folded words by their first three letters, for stem look-ups. */
  byPrefix: Map<string, string[]>;
}

/** Indexes a text; never throws. */
export function indexText(text: string): TextIndex {
  const words = tokenize(text);
  // Reviews repeat their words; folding each distinct word once keeps long texts fast.
  const folds = new Map<string, string>();
  const folded = words.map((word) => {
    let result = folds.get(word);
    if (result === undefined) {
      result = fold(word);
      folds.set(word, result);
    }
    return result;
  });
  const positions = new Map<string, number[]>();
  const byPrefix = new Map<string, string[]>();
  folded.forEach((word, i) => {
    const list = positions.get(word);
    if (list) {
      list.push(i);
      return;
    }
    positions.set(word, [i]);
    const key = word.slice(0, 3);
    const bucket = byPrefix.get(key);
    if (bucket) bucket.push(word);
    else byPrefix.set(key, [word]);
  });
  return { words, folded, positions, byPrefix };
}

/** A word-list entry, compiled: its folded words and whether the last one is a stem. */
export interface Phrase {
  /** The entry as written in the lexicon, shown as evidence. */
  source: string;
  words: string[];
  stem: boolean;
  /**
   * For an entry "A … B": the second part, which must start at most `GAP_WORDS` words after the
   * first part ends ("never … received" finds "never actually received", "nie etwas bekommen").
   */
  then?: Phrase;
}

/** How many words may stand between the two parts of an entry written "A … B". */
export const GAP_WORDS = 3;
const GAP = ' … ';

const STEM_MIN = 3;

/** Compiles a lexicon entry; null when it holds no word. */
export function compilePhrase(entry: string): Phrase | null {
  const gap = entry.indexOf(GAP);
  if (gap > 0) {
    const first = compilePhrase(entry.slice(0, gap));
    const then = compilePhrase(entry.slice(gap + GAP.length));
    return first && then ? { ...first, source: entry, then } : null;
  }
  const stem = entry.endsWith('*');
  const words = tokenize(stem ? entry.slice(0, -1) : entry).map(fold);
  if (words.length === 0) return null;
  const last = words[words.length - 1] ?? '';
  return { source: entry, words, stem: stem && last.length >= STEM_MIN };
}

const cache = new WeakMap<readonly string[], Phrase[]>();

/** Compiles a word list once; later calls with the same list reuse the result. */
export function compileList(list: readonly string[]): Phrase[] {
  const known = cache.get(list);
  if (known) return known;
  const phrases = list.map(compilePhrase).filter((p): p is Phrase => p !== null);
  cache.set(list, phrases);
  return phrases;
}

const wordMatches = (word: string | undefined, wanted: string, stem: boolean): boolean =>
  word !== undefined && (stem ? word.startsWith(wanted) : word === wanted);

/** Whether the phrase's words (without its second part) stand at `start`. */
const matchesAt = (index: TextIndex, phrase: Phrase, start: number): boolean =>
  phrase.words.every((wanted, k) =>
    wordMatches(index.folded[start + k], wanted, phrase.stem && k === phrase.words.length - 1),
  );

/** Every place the phrase's first word stands. */
function starts(index: TextIndex, phrase: Phrase): number[] {
  const [first] = phrase.words;
  if (first === undefined) return [];
  if (phrase.stem && phrase.words.length === 1) {
    const found: number[] = [];
    for (const word of index.byPrefix.get(first.slice(0, 3)) ?? [])
      if (word.startsWith(first)) found.push(...(index.positions.get(word) ?? []));
    return found;
  }
  return index.positions.get(first) ?? [];
}

/**
 * The phrase's whole word (not its stem) that occurs least often, with its place in the phrase;
 * null when one of them does not occur at all. Looking a phrase up from its rarest word keeps
 * phrases that open with "i" or "the" cheap in long texts.
 */
function rarestWord(index: TextIndex, phrase: Phrase): { positions: number[]; offset: number } | null {
  const { words } = phrase;
  const whole = phrase.stem ? words.length - 1 : words.length;
  let best: { positions: number[]; offset: number } | null = null;
  for (let k = 0; k < whole; k += 1) {
    const positions = index.positions.get(words[k] ?? '');
    if (!positions) return null;
    if (!best || positions.length < best.positions.length) best = { positions, offset: k };
  }
  return best ?? { positions: index.positions.get(words[0] ?? '') ?? [], offset: 0 };
}

/** Where a phrase occurs: its first and past-the-last word, or null. */
function findPhrase(index: TextIndex, phrase: Phrase): { start: number; end: number } | null {
  const { then, words } = phrase;
  const first = words[0];
  if (first === undefined) return null;
  if (!then) {
    // The common case, kept cheap: a plain word, a stem or a phrase without a gap.
    if (phrase.stem && words.length === 1) {
      for (const word of index.byPrefix.get(first.slice(0, 3)) ?? []) {
        const at = word.startsWith(first) ? index.positions.get(word)?.[0] : undefined;
        if (at !== undefined) return { start: at, end: at + 1 };
      }
      return null;
    }
    const anchor = rarestWord(index, phrase);
    if (!anchor) return null;
    for (const at of anchor.positions) {
      const start = at - anchor.offset;
      if (start >= 0 && matchesAt(index, phrase, start)) return { start, end: start + words.length };
    }
    return null;
  }
  // Both parts need all their whole words somewhere in the text.
  if (!rarestWord(index, phrase) || !rarestWord(index, then)) return null;
  for (const start of starts(index, phrase)) {
    if (!matchesAt(index, phrase, start)) continue;
    const end = start + words.length;
    for (let next = end; next <= end + GAP_WORDS && next < index.folded.length; next += 1) {
      if (matchesAt(index, then, next)) return { start, end: next + then.words.length };
    }
  }
  return null;
}

/** The words of the text where each entry of a word list occurs, as written; in list order, no repeats. */
export function findPhrases(index: TextIndex, list: readonly string[]): string[] {
  const found = new Set<string>();
  for (const phrase of compileList(list)) {
    const at = findPhrase(index, phrase);
    if (at) found.add(index.words.slice(at.start, at.end).join(' '));
  }
  return [...found];
}

/** Whether the text starts with the phrase (used on single sentences). */
export function startsWithPhrase(index: Pick<TextIndex, 'folded'>, phrase: Phrase): boolean {
  return phrase.words.every((wanted, k) =>
    wordMatches(index.folded[k], wanted, phrase.stem && k === phrase.words.length - 1),
  );
}

/** The first words of a text, folded: enough to look for a phrase at its start, cheaper than an index. */
export function headWords(text: string, chars = 80): Pick<TextIndex, 'folded'> {
  return { folded: tokenize(text.slice(0, chars)).map(fold) };
}
