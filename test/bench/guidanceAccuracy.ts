import {
  CORPUS,
  isFresh,
  isHeldOut,
  isIndependent,
  isSecondIndependent,
  isThirdIndependent,
  isHeldBack,
  isLatestIndependent,
  isSecondFresh,
  isThirdFresh,
  isTraining,
} from '../unit/guidance/corpus/index';
import { accuracy, accuracyLines, run, type Accuracy } from '../unit/guidance/corpus/evaluate';

/**
 * Runs the labelled corpus through parse + classify + guidance and returns the accuracy table:
 * the whole corpus, then the part the rules were tuned on, the held-out part and the reviews
 * written after the rules were settled.
 */
export function measureGuidanceAccuracy(): { lines: string[]; figures: Record<string, Accuracy> } {
  const outcomes = CORPUS.map(run);
  const parts: Array<[string, typeof outcomes]> = [
    ['whole corpus', outcomes],
    ['tuned on', outcomes.filter((o) => isTraining(o.entry))],
    ['held out (every fifth review, not tuned on)', outcomes.filter((o) => isHeldOut(o.entry))],
    ['fresh (written after the rules were settled)', outcomes.filter((o) => isFresh(o.entry))],
    ['second fresh set (new situations, written later still)', outcomes.filter((o) => isSecondFresh(o.entry))],
    [
      'third fresh set (the hard cases, written before the rules changed for it)',
      outcomes.filter((o) => isThirdFresh(o.entry)),
    ],
    [
      'independent set (written from the guide alone; the rules were tuned on it after its first measurement)',
      outcomes.filter((o) => isIndependent(o.entry)),
    ],
    [
      'second independent set (each language by another writer, from the guide alone; tuned on after its first measurement)',
      outcomes.filter((o) => isSecondIndependent(o.entry)),
    ],
    [
      'third independent set (written the same way once the second one was learnt; tuned on after its first measurement)',
      outcomes.filter((o) => isThirdIndependent(o.entry)),
    ],
    [
      'held-back independent set (written with the second, kept unread until the rules had learnt the second and third; tuned on after its first measurement)',
      outcomes.filter((o) => isHeldBack(o.entry)),
    ],
    [
      'latest independent set (written after the held-back set was learnt; tuned on after its first measurement)',
      outcomes.filter((o) => isLatestIndependent(o.entry)),
    ],
  ];
  const figures: Record<string, Accuracy> = {};
  const lines: string[] = [];
  for (const [label, part] of parts) {
    const figure = accuracy(part);
    figures[label] = figure;
    const table = accuracyLines(label, figure);
    // The whole corpus gets the full table; the parts their headline figures.
    lines.push(...(label === 'whole corpus' ? table : table.slice(0, 4)));
  }
  return { lines, figures };
}
