import { describe, expect, it } from 'vitest';
import { findEmailSpans } from '../../../src/domain/emailAddresses';
import { buildGuidance } from '../../../src/domain/guidance/buildGuidance';
import { findComplexity } from '../../../src/domain/language/detect/complexity';
import { findPersonalData as findReviewPersonalData } from '../../../src/domain/language/detect/personalData';
import { findQuestions } from '../../../src/domain/language/detect/questions';
import { findSentiment } from '../../../src/domain/language/detect/sentiment';
import { findSpam } from '../../../src/domain/language/detect/spam';
import { findShouting, findStrongLanguage } from '../../../src/domain/language/detect/strongDissatisfaction';
import { detectLanguage } from '../../../src/domain/language/detectLanguage';
import { findLinks } from '../../../src/domain/language/links';
import { indexText } from '../../../src/domain/language/textIndex';
import { checkReply } from '../../../src/domain/proofread/checkReply';
import { contactValuesIn, ownContactsFor } from '../../../src/domain/proofread/ownContacts';
import { toPublishedText } from '../../../src/domain/proofread/publishedText';
import { decideSend } from '../../../src/domain/proofread/sendDecision';
import { analyzeReview } from '../../../src/domain/review/analyzeReview';
import { findReference, findReviewUrl } from '../../../src/domain/review/findReference';
import { htmlToText } from '../../../src/domain/review/htmlToText';
import { parseReview } from '../../../src/domain/review/parseReview';
import { findRatingLine } from '../../../src/domain/review/parseStars';
import { classifyScenario } from '../../../src/domain/scenario/classifyScenario';
import { normalizeTicket } from '../../../src/domain/ticket';
import { REVIEW_LANGUAGES } from '../../../src/domain/types';
import { fillTemplate, findPlaceholders } from '../../../src/domain/templates/fillTemplate';
import { checkPlaceholderSyntax } from '../../../src/domain/templates/placeholderSyntax';
import { parseTemplateSetting } from '../../../src/domain/templates/settingsFormat';
import { makeReview, makeSettings } from '../../factories';
import { LATE_DELIVERY, NORDIC_HOME } from '../proofread/fixtures';

// Every pattern that reads review text, reply text or settings must finish on hostile input: a
// megabyte of one repeated shape, and single words of 100,000 characters. A quadratic pattern
// takes minutes here (and times the test out); the benchmark measures how fast they really are.
const MB = 1_000_000;
const WORD = 100_000;
const fill = (unit: string, length = MB): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const REALISTIC =
  'Hi Anna, thank you for the review of order 48213! Call +46 70 123 45 67 or write to anna.svensson@example.org. ' +
  'IBAN DE89 3704 0044 0532 0130 00, ref TP-4821734, Storgatan 12 B. Rating: 2/5 ★★☆☆☆ [Customer name] {{name}} %NAME% ';

const MEGABYTES: Record<string, string> = {
  'one letter': fill('a'),
  'a non-ASCII letter': fill('ö'),
  digits: `${fill('1', MB - 1)}é`,
  'digits and dashes': fill('1-'),
  'unclosed tags': fill('<a'),
  'unclosed comments': fill('<!--'),
  'at signs': fill('a@'),
  spaces: `x${fill(' ', MB - 2)}y`,
  'open brackets': fill('[a'),
  'open braces': fill('{{a'),
  stars: fill('★'),
  'IBAN-like groups': fill('DE89 3704 '),
  'a realistic reply, repeated': fill(REALISTIC),
  'HTML paragraphs': fill('<p>Hello&nbsp; there</p>\n'),
};

const WORDS: Record<string, string> = {
  letters: fill('a', WORD),
  'non-ASCII letters': fill('Ä', WORD),
  digits: fill('7', WORD),
  'e-mail local part': `${fill('x', WORD)}@example.com`,
  'e-mail domain': `x@${fill('y', WORD)}`,
  'letters and digits': fill('a1', WORD),
  hyphens: fill('a-', WORD),
};

const settings = makeSettings({
  ...NORDIC_HOME,
  phrasesToAvoid: ['we apologise for any inconvenience', fill('x', 50_000)],
});
const context = {
  review: makeReview(LATE_DELIVERY),
  scenario: 'negative' as const,
  settings,
  secondReplyConfirmed: false,
};

function inBounds(spans: readonly { start: number; end: number }[], length: number): boolean {
  return spans.every((span) => span.start >= 0 && span.start <= span.end && span.end <= length);
}

function runReplyChecks(input: string): void {
  const published = toPublishedText(input);
  expect(typeof published).toBe('string');
  expect(published.length).toBeLessThanOrEqual(input.length);
  const check = checkReply(published, context);
  for (const issue of [...check.blocking, ...check.warnings])
    expect(inBounds(issue.spans, published.length)).toBe(true);
  const decision = decideSend({
    ...context,
    isReview: true,
    draft: { text: input, type: 'publicReply' },
    stamp: null,
    recommendation: 'publicReply',
  });
  // Not proofread: a non-empty reply never passes; an empty one is a save without a comment.
  expect(decision.allow).toBe(published === '');
  expect(inBounds(findEmailSpans(input), input.length)).toBe(true);
  // Contact values typed into a template, against a hostile review that may contain them.
  const typed = contactValuesIn(input);
  const own = ownContactsFor(['help@nordichome.example', ...typed.slice(0, 50)], makeReview({ text: input }));
  expect(own.length).toBeLessThanOrEqual(51);
}

function runReviewParsing(input: string): void {
  const ticket = normalizeTicket({
    id: 1,
    subject: input.slice(0, 5000),
    description: input,
    tags: ['trustpilot'],
    requester: { id: 2, name: input.slice(0, 200), email: 'x@example.org', role: 'end-user' },
    comments: [{ id: 3, value: input, author: { id: 2, role: 'end-user' } }],
  });
  const review = parseReview(ticket, settings);
  expect(review.stars === null || [1, 2, 3, 4, 5].includes(review.stars)).toBe(true);
  const analysis = analyzeReview(review);
  expect(typeof analysis).toBe('object');
  const scenario = classifyScenario(review);
  expect(['negative', 'neutral', 'positive', 'question', 'spam']).toContain(scenario.scenario);
  const guidance = buildGuidance(review, scenario.scenario, settings, new Date('2024-05-03T10:00:00Z'));
  expect(['publicReply', 'publicThenPrivate', 'noPublicReply']).toContain(guidance.recommendation);
  expect(typeof htmlToText(input)).toBe('string');
  expect(findReference(input) === null || typeof findReference(input) === 'string').toBe(true);
  expect(findReviewUrl(input) === null || typeof findReviewUrl(input) === 'string').toBe(true);
  const rating = findRatingLine(input.split('\n').slice(0, 50));
  expect(rating === null || rating.stars === null || [1, 2, 3, 4, 5].includes(rating.stars)).toBe(true);
}

function runLanguageDetectors(input: string): void {
  const language = detectLanguage(input);
  expect(REVIEW_LANGUAGES).toContain(language.language);
  const index = indexText(input);
  expect(typeof findComplexity(index)).toBe('object');
  expect(Array.isArray(findReviewPersonalData(index, input, 'TP-1'))).toBe(true);
  expect(typeof findQuestions(input, ['en', 'sv', 'fr', 'da', 'de'])).toBe('object');
  expect(typeof findSentiment(index)).toBe('object');
  expect(typeof findSpam(index, findLinks(input))).toBe('object');
  expect(Array.isArray(findShouting(input))).toBe(true);
  expect(typeof findStrongLanguage(index, input)).toBe('object');
}

function runTemplateParsing(input: string): void {
  expect(inBounds(findPlaceholders(input), input.length)).toBe(true);
  const filled = fillTemplate(input, { known: {}, anonymousReviewer: false, fields: {} });
  expect(filled.text.length).toBeGreaterThanOrEqual(0);
  expect(Array.isArray(checkPlaceholderSyntax(input))).toBe(true);
  expect(typeof parseTemplateSetting('customTemplates', input)).toBe('object');
}

describe.each([
  ...Object.entries(MEGABYTES).map(([name, text]) => [`1 MB of ${name}`, text] as const),
  ...Object.entries(WORDS).map(
    ([name, text]) => [`one ${text.length.toLocaleString('en')}-character word of ${name}`, text] as const,
  ),
])('%s', (_name, input) => {
  // Generous limits: these only have to finish (a quadratic pattern takes minutes), and the
  // machine may be busy with the rest of the suite. Speed is measured in the benchmark.
  const LIMIT = 120_000;
  it('goes through every proofreading check and the send decision', () => runReplyChecks(input), LIMIT);
  it('goes through review parsing, the scenario and the guidance', () => runReviewParsing(input), LIMIT);
  it('goes through every language detector', () => runLanguageDetectors(input), LIMIT);
  it('goes through template parsing and filling', () => runTemplateParsing(input), LIMIT);
});
