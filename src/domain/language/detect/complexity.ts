import { PROBLEM_TOPICS, type ProblemTopic } from '../lexicon';
import { findWords } from '../findWords';
import type { TextIndex } from '../textIndex';

/** Reviews this long need more than a few public sentences. */
export const LONG_REVIEW_WORDS = 150;
/** Problems in this many areas make a matter complex. */
export const SEVERAL_TOPICS = 3;

export type ComplexityTopic = ProblemTopic | 'payment';

export interface ComplexityFinding {
  wordCount: number;
  long: boolean;
  /** Problem areas touched, each with the first word that showed it. */
  topics: Array<{ topic: ComplexityTopic; evidence: string }>;
  several: boolean;
  /** Technical words as written ("error", "the app"). */
  technical: string[];
}

/** How complex the matter is: length, several problem areas, technical terms. */
export function findComplexity(index: TextIndex): ComplexityFinding {
  const topics: ComplexityFinding['topics'] = [];
  for (const topic of [...PROBLEM_TOPICS, 'payment'] as const) {
    const words =
      topic === 'payment' ? findWords(index, (l) => l.personalData.payment) : findWords(index, (l) => l.topics[topic]);
    const first = words[0];
    if (first !== undefined) topics.push({ topic, evidence: first });
  }
  const wordCount = index.words.length;
  return {
    wordCount,
    long: wordCount >= LONG_REVIEW_WORDS,
    topics,
    several: topics.length >= SEVERAL_TOPICS,
    technical: findWords(index, (l) => l.topics.technical).slice(0, 5),
  };
}
