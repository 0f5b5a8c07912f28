import type { TextIndex } from '../textIndex';
import { findWords } from '../findWords';
import { hostOf, isTrustpilotHost } from '../links';

export interface SpamFinding {
  /** Hosts of the review's links other than Trustpilot's. */
  linkHosts: string[];
  /** Advertising phrases as written. */
  promo: string[];
  /** Phrases showing the review is about something else ("wrong company"). */
  unrelated: string[];
  /** Most words are letter soup ("asdfgh qwrtzp"). */
  gibberish: boolean;
}

const VOWELS = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęó]/u;
const KEYBOARD_RUNS = ['qwer', 'wert', 'erty', 'rtyu', 'tyui', 'yuio', 'uiop', 'asdf', 'sdfg', 'dfgh', 'fghj', 'ghjk', 'hjkl', 'zxcv', 'xcvb', 'cvbn', 'vbnm', 'qwertz', 'azer'];
const LATIN_WORD = /^[a-zàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœßąćęłńśźż]+$/u;

/** A word no language would write: no vowel, a long consonant run, one letter repeated, a keyboard row. */
function looksRandom(word: string): boolean {
  return (
    !VOWELS.test(word) ||
    /[^aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęó]{6,}/u.test(word) ||
    /(.)\1{3,}/u.test(word) ||
    KEYBOARD_RUNS.some((run) => word.includes(run))
  );
}

/** Whether most Latin-script words of at least three letters look random. Other scripts are not judged. */
export function isGibberish(index: TextIndex): boolean {
  const counts = new Map<string, number>();
  for (const word of index.words) if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
  let words = 0;
  let random = 0;
  for (const [word, count] of counts) {
    if (!LATIN_WORD.test(word)) continue;
    words += count;
    if (looksRandom(word)) random += count;
  }
  return words >= 3 && random / words >= 0.5;
}

/** Spam signals in a review: links, advertising, unrelated content, gibberish. */
export function findSpam(index: TextIndex, links: readonly string[]): SpamFinding {
  const hosts = new Set<string>();
  for (const link of links.slice(0, 200)) {
    const host = hostOf(link);
    if (host && !isTrustpilotHost(host)) hosts.add(host);
  }
  return {
    linkHosts: [...hosts],
    promo: findWords(index, (l) => l.promoPhrases),
    unrelated: findWords(index, (l) => l.unrelatedPhrases),
    gibberish: isGibberish(index),
  };
}
