import { findWords, outsidePhrases } from '../findWords';
import type { TextIndex } from '../textIndex';

export interface SentimentFinding {
  positive: string[];
  negative: string[];
  /** Words showing a problem to solve even in praise ("unfortunately", "still waiting"). */
  problems: string[];
  /** Words showing the problem was already solved ("sent a replacement", "problemet löst"). */
  resolved: string[];
}

/** Praise, criticism and problem words, in any supported language. */
export function findSentiment(index: TextIndex): SentimentFinding {
  return {
    positive: findWords(index, (l) => l.positiveWords),
    negative: findWords(index, (l) => l.negativeWords),
    // "uden problemer", "without any problems": the problem word there tells of none.
    problems: outsidePhrases(
      index,
      findWords(index, (l) => l.problemCues),
      (l) => l.notProblems ?? [],
    ),
    resolved: findWords(index, (l) => l.resolvedCues ?? []),
  };
}
