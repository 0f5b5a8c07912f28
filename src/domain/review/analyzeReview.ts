import { findComplexity, type ComplexityFinding } from '../language/detect/complexity';
import { findPersonalData, type PersonalDataFinding } from '../language/detect/personalData';
import { findQuestions, type QuestionFinding } from '../language/detect/questions';
import { findSentiment, type SentimentFinding } from '../language/detect/sentiment';
import { findSpam, type SpamFinding } from '../language/detect/spam';
import { findStrongLanguage, type StrongLanguageFinding } from '../language/detect/strongDissatisfaction';
import { scopedLanguages } from '../language/findWords';
import { indexText } from '../language/textIndex';
import type { Review } from './types';

/** What the words of a review show; scenario and guidance both read it. */
export interface ReviewAnalysis {
  questions: QuestionFinding;
  spam: SpamFinding;
  strong: StrongLanguageFinding;
  personalData: PersonalDataFinding[];
  complexity: ComplexityFinding;
  sentiment: SentimentFinding;
}

// Keyed by the review object, so classifying and building guidance read the text once.
const analyses = new WeakMap<Review, ReviewAnalysis>();

/** Analyses the title and text of a review (once per review object); never throws. */
export function analyzeReview(review: Review): ReviewAnalysis {
  const known = analyses.get(review);
  if (known) return known;
  const text = [review.title ?? '', typeof review.text === 'string' ? review.text : ''].join('\n');
  const index = indexText(text);
  const analysis: ReviewAnalysis = {
    questions: findQuestions(text, scopedLanguages(review.language)),
    spam: findSpam(index, Array.isArray(review.links) ? review.links : []),
    strong: findStrongLanguage(index, text),
    personalData: findPersonalData(index, text, review.reference),
    complexity: findComplexity(index),
    sentiment: findSentiment(index),
  };
  analyses.set(review, analysis);
  return analysis;
}
