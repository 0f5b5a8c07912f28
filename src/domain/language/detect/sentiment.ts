import { findWords } from '../findWords';
import type { TextIndex } from '../textIndex';

export interface SentimentFinding {
  positive: string[];
  negative: string[];
  /** Words showing a problem to solve even in praise ("unfortunately", "still waiting"). */
  problems: string[];
  /** Words showing the problem was already solved ("sent a replacement", "problemet löst"). */
  resolved: string[];
}

/** The words that are not inside a phrase telling of no problem ("uden problemer", "nothing was broken"). */
export function outsideDenials(index: TextIndex, words: string[]): string[] {
  if (words.length === 0) return words;
  const denied = findWords(index, (l) => l.notProblems ?? []);
  return denied.length === 0
    ? words
    : words.filter((word) => !denied.some((phrase) => ` ${phrase} `.includes(` ${word} `)));
}

/** Praise, criticism and problem words, in any supported language. */
export function findSentiment(index: TextIndex): SentimentFinding {
  return {
    positive: findWords(index, (l) => l.positiveWords),
    negative: findWords(index, (l) => l.negativeWords),
    problems: outsideDenials(
      index,
      findWords(index, (l) => l.problemCues),
    ),
    resolved: findWords(index, (l) => l.resolvedCues ?? []),
  };
}
