import { findComplexity, type ComplexityFinding } from '../language/detect/complexity';
import { findPersonalData, type PersonalDataFinding } from '../language/detect/personalData';
import { findQuestions, type QuestionFinding } from '../language/detect/questions';
import { findSentiment, type SentimentFinding } from '../language/detect/sentiment';
import { findSpam, type BusinessNames, type SpamFinding } from '../language/detect/spam';
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

// Keyed by the review object and the business's names, so classifying and building guidance
// read the text once.
const analyses = new WeakMap<Review, Map<string, ReviewAnalysis>>();

/**
 * Analyses the title and text of a review (once per review object and names); never throws.
 * `names` (the company name setting; the ticket's brand comes with the review) recognise a
 * review about another business and the business's own links.
 */
export function analyzeReview(review: Review, names: { companyName?: string } = {}): ReviewAnalysis {
  const business: BusinessNames = {
    companyName: names.companyName ?? '',
    brand: review.brand ?? '',
  };
  const key = `${business.companyName}\u0000${business.brand}`;
  const byNames = analyses.get(review) ?? new Map<string, ReviewAnalysis>();
  const known = byNames.get(key);
  if (known) return known;
  const text = [review.title ?? '', review.text].join('\n');
  const index = indexText(text);
  const strong = findStrongLanguage(index, text);
  const stars = review.stars;
  const analysis: ReviewAnalysis = {
    questions: findQuestions(text, scopedLanguages(review.language), {
      praise: stars !== null && stars >= 4,
      sarcasticComplaint: stars !== null && stars <= 2 && (strong.sarcasm.length > 0 || strong.repeated.length > 0),
    }),
    spam: findSpam(index, review.links ?? [], business),
    strong,
    personalData: findPersonalData(index, text, review.reference),
    complexity: findComplexity(index, text),
    sentiment: findSentiment(index),
  };
  byNames.set(key, analysis);
  analyses.set(review, byNames);
  return analysis;
}
