import { firstEmail } from '../emailAddresses';
import type { AppSettings } from '../settings';
import { warning } from './issue';
import { fold, foldedWords } from './patterns';
import type { CheckContext, Issue, TextSpan } from './types';
import type { Vocabulary } from './vocabulary';

const SENTENCE_END = /[.?!…:]["'”»)]*$/;
const TRIMMED = /[\s,.;:!\-–—]/u;

interface Line extends TextSpan {
  text: string;
}

function nonEmptyLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    if (part.trim().length > 0) lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

/** The span of `text` without surrounding spaces and punctuation; null when nothing is left. */
function trimmedSpan(text: string, span: TextSpan): TextSpan | null {
  // Walked by hand: a pattern anchored only at the end reads a long run of spaces once per space.
  let start = span.start;
  let end = span.end;
  while (start < end && TRIMMED.test(text.charAt(start))) start += 1;
  while (end > start && TRIMMED.test(text.charAt(end - 1))) end -= 1;
  return start === end ? null : { start, end };
}

/** The greeting at the start of the reply: up to the first comma or end of sentence. */
function greetingSpan(first: Line): TextSpan {
  const cut = first.text.search(/[,!?:;]|\.\s/);
  const length = cut === -1 ? Math.min(first.text.length, 60) : cut;
  return { start: first.start, end: first.start + length };
}

/** A greeting exists, and for a named reviewer it uses their name (or surname, in formal greetings). */
export function greetingIssues(text: string, context: CheckContext, vocabulary: Vocabulary): Issue[] {
  const first = nonEmptyLines(text)[0];
  if (first === undefined || vocabulary.greeting === null || !vocabulary.greeting.test(first.text)) {
    return [warning('noGreeting')];
  }
  const { reviewer } = context.review;
  const names = [...foldedWords(reviewer.firstName), ...foldedWords(reviewer.name)].filter((word) => word.length > 1);
  if (reviewer.anonymous || names.length === 0) return [];
  const span = greetingSpan(first);
  const greeted = foldedWords(text.slice(span.start, span.end));
  if (names.some((name) => greeted.includes(name))) return [];
  const shown = reviewer.firstName.trim() || reviewer.name.trim();
  return [warning('wrongName', [span], { name: shown })];
}

/** The guide: thank the reviewer, whatever the rating. */
export function thanksIssues(text: string, vocabulary: Vocabulary): Issue[] {
  return vocabulary.thanks !== null && vocabulary.thanks.test(text) ? [] : [warning('noThanks')];
}

/** The signature: after the last sign-off ("Kind regards,"), or a short last line. */
function findSignature(text: string, vocabulary: Vocabulary): TextSpan | null {
  const tail = nonEmptyLines(text).slice(-5);
  for (let i = tail.length - 1; i >= 0; i -= 1) {
    const line = tail[i];
    const closing = line === undefined || vocabulary.closing === null ? null : vocabulary.closing.exec(line.text);
    if (line !== undefined && closing !== null) {
      return trimmedSpan(text, { start: line.start + closing[0].length, end: text.length });
    }
  }
  const last = tail[tail.length - 1];
  if (last === undefined || tail.length < 2 || SENTENCE_END.test(last.text.trim())) return null;
  return foldedWords(last.text).length <= 4 ? trimmedSpan(text, last) : null;
}

/** The guide: close with a person's name, not "[Company name]" or "the customer service team". */
export function signatureIssues(text: string, settings: AppSettings, vocabulary: Vocabulary): Issue[] {
  const span = findSignature(text, vocabulary);
  if (span === null) return [];
  const signature = text.slice(span.start, span.end);
  if (settings.signature.length > 0 && fold(signature) === fold(settings.signature)) return [];
  const company = new Set(foldedWords(settings.companyName));
  const words = foldedWords(signature);
  const personal = words.filter((word) => word.length > 1 && !company.has(word) && !vocabulary.teamWords.has(word));
  return words.length > 0 && personal.length === 0 ? [warning('companySignature', [span])] : [];
}

const mentionsCompanyContact = (text: string, settings: AppSettings): boolean => {
  const folded = fold(text);
  const email = fold(settings.supportEmail.trim());
  const phoneDigits = settings.supportPhone.replace(/\D/g, '');
  return (
    (email.length > 0 && folded.includes(email)) ||
    (phoneDigits.length >= 6 && text.replace(/\D/g, '').includes(phoneDigits.slice(-6)))
  );
};

const offersPrivateChannel = (text: string, settings: AppSettings, vocabulary: Vocabulary): boolean =>
  (vocabulary.privateChannel !== null && vocabulary.privateChannel.test(text)) ||
  firstEmail(text) !== null ||
  mentionsCompanyContact(text, settings);

/** The guide's FAQ: an anonymous reviewer is always offered a private dialogue. */
export function privateChannelIssues(text: string, context: CheckContext, vocabulary: Vocabulary): Issue[] {
  return context.review.reviewer.anonymous && !offersPrivateChannel(text, context.settings, vocabulary)
    ? [warning('anonymousNoPrivateChannel')]
    : [];
}

/** The guide: a negative review gets a concrete solution or a clear next step. */
export function nextStepIssues(text: string, context: CheckContext, vocabulary: Vocabulary): Issue[] {
  if (context.scenario !== 'negative') return [];
  const offered =
    (vocabulary.nextStep !== null && vocabulary.nextStep.test(text)) ||
    offersPrivateChannel(text, context.settings, vocabulary);
  return offered ? [] : [warning('negativeNoNextStep')];
}
