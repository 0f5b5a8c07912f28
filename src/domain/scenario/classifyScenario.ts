import type { Review } from '../review/types';
import { analyzeReview, type ReviewAnalysis } from '../review/analyzeReview';
import { findWords } from '../language/findWords';
import { indexText } from '../language/textIndex';
import type { Scenario, Stars } from '../types';
import type { ScenarioResult, ScenarioSignal } from './types';

/** So many links in one review is advertising even without advertising words. */
const MANY_LINKS = 3;
/** Advertising weight: a call to action counts double, sales wording once; this much is advertising without a link. */
const PROMOTION_WEIGHT = 3;

const join = (words: readonly string[]): string => words.slice(0, 3).join(', ');

function spamSignals({ spam }: ReviewAnalysis): ScenarioSignal[] {
  const signals: ScenarioSignal[] = [];
  const advertising = [...spam.promo, ...spam.sales];
  const weight = 2 * spam.promo.length + spam.sales.length;
  if (spam.shortLinks.length > 0) {
    signals.push({ code: 'promotionalLink', evidence: join(spam.shortLinks) });
  } else if (spam.linkHosts.length > 0 && advertising.length > 0) {
    signals.push({ code: 'promotionalLink', evidence: join(spam.linkHosts) });
  } else if (spam.linkHosts.length >= MANY_LINKS) {
    signals.push({ code: 'manyLinks', evidence: join(spam.linkHosts) });
  }
  if (weight >= PROMOTION_WEIGHT || (advertising.length > 0 && signals.length > 0)) {
    signals.push({ code: 'promotionalText', evidence: join(advertising) });
  }
  if (spam.unrelated.length > 0) signals.push({ code: 'unrelated', evidence: join(spam.unrelated) });
  if (spam.otherBusiness.length > 0) signals.push({ code: 'otherBusiness', evidence: join(spam.otherBusiness) });
  if (spam.gibberish) signals.push({ code: 'gibberish' });
  return signals;
}

const byStars = (stars: Stars): Scenario => (stars <= 2 ? 'negative' : stars === 3 ? 'neutral' : 'positive');

/** The scenario from the stars; without stars from the connector's sentiment tag or the words used. */
function starScenario(review: Review, analysis: ReviewAnalysis): { scenario: Scenario; signals: ScenarioSignal[] } {
  const signals: ScenarioSignal[] = [];
  if (review.starsConflict) {
    signals.push({
      code: 'starsConflict',
      evidence: `${review.starsFromTags ?? '?'} ≠ ${review.starsFromText ?? '?'}`,
    });
  }
  if (review.stars !== null) {
    const fromTags = review.starsFromTags !== null && review.stars === review.starsFromTags;
    signals.unshift(
      fromTags
        ? { code: 'starsFromTags', evidence: `rating_${review.stars}` }
        : { code: 'starsFromText', evidence: review.ratingText ?? String(review.stars) },
    );
    return { scenario: byStars(review.stars), signals };
  }
  signals.push({ code: 'starsMissing' });
  const { tags } = review;
  if (tags.includes('trustpilot_negative'))
    return { scenario: 'negative', signals: [...signals, { code: 'sentimentTag', evidence: 'trustpilot_negative' }] };
  if (tags.includes('trustpilot_positive'))
    return { scenario: 'positive', signals: [...signals, { code: 'sentimentTag', evidence: 'trustpilot_positive' }] };
  const negative = [...analysis.strong.words, ...analysis.sentiment.negative];
  const positive = analysis.sentiment.positive;
  if (negative.length > positive.length)
    return { scenario: 'negative', signals: [...signals, { code: 'negativeWords', evidence: join(negative) }] };
  if (positive.length > negative.length)
    return { scenario: 'positive', signals: [...signals, { code: 'positiveWords', evidence: join(positive) }] };
  return { scenario: 'neutral', signals };
}

/**
 * Places a review in the agent guide's table: spam first, then a direct question (any rating),
 * then the stars. A very dissatisfied 1–2★ reviewer's question stays negative: answering it as a
 * plain question would skip the apology the guide asks for.
 */
function classify(review: Review, names: BusinessNames): ScenarioResult {
  const analysis = analyzeReview(review, names);
  const spam = spamSignals(analysis);
  const base = starScenario(review, analysis);
  if (spam.length > 0) return { scenario: 'spam', signals: [...spam, ...base.signals] };

  const { direct, other } = analysis.questions;
  const strong = [
    ...analysis.strong.words,
    ...analysis.strong.threats,
    ...analysis.strong.capitals,
    ...analysis.strong.repeated,
    ...analysis.strong.sarcasm,
  ];
  const strongSignal: ScenarioSignal[] =
    base.scenario === 'negative' && strong.length > 0
      ? [{ code: 'strongDissatisfaction', evidence: join(strong) }]
      : [];
  // A bare "?" in praise is a question only without praise in it ("Does the bench need a cover
  // in winter?"); with praise it is rhetorical ("Who doesn't love free shipping?"). In criticism
  // it is mostly a complaint ("Is that normal?").
  const plain =
    base.scenario === 'positive'
      ? other.find((sentence) => findWords(indexText(sentence), (l) => l.positiveWords).length === 0)
      : base.scenario === 'negative'
        ? undefined
        : other[0];
  const question: ScenarioSignal | null =
    direct[0] !== undefined
      ? { code: 'directQuestion', evidence: direct[0] }
      : plain !== undefined
        ? { code: 'questionMark', evidence: plain }
        : null;

  if (question && strongSignal.length === 0) {
    return { scenario: 'question', signals: [question, ...base.signals] };
  }
  return { scenario: base.scenario, signals: [...base.signals, ...strongSignal, ...(question ? [question] : [])] };
}

/** The names a review may use for the business; the ticket's brand comes with the review. */
export interface BusinessNames {
  companyName?: string;
}

/**
 * Classifies a review into the guide's scenarios, with the signals that led there; never throws.
 * The company name (settings) helps recognise a review meant for another business.
 */
export function classifyScenario(review: Review, names: BusinessNames = {}): ScenarioResult {
  try {
    return classify(review, names ?? {});
  } catch {
    return { scenario: 'neutral', signals: [{ code: 'starsMissing' }] };
  }
}
