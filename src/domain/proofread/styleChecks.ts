import type { AppSettings } from '../settings';
import { warning } from './issue';
import { fold, foldedWords, matchSpans, phraseRegExp } from './patterns';
import type { Issue, TextSpan } from './types';
import type { Vocabulary } from './vocabulary';

/** Longer replies are rarely read to the end under a review, and Trustpilot shows them in full. */
export const MAX_REPLY_LENGTH = 1200;

const REPEATED_WORD = /(?<![\p{L}\p{N}])(\p{L}+)[\s\u00a0]+\1(?![\p{L}\p{N}])/giu;
const DOUBLE_SPACE = /(?<=\S) {2,}(?=\S)/g;
const ALL_CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu;
// Acronyms written in capitals on purpose in customer service replies.
const ACRONYMS = new Set([
  'gdpr',
  'dsgvo',
  'rgpd',
  'html',
  'ikea',
  'lego',
  'covid',
  'nasa',
  'uefa',
  'fifa',
  'iban',
  'swift',
]);

/** A span is dropped when an earlier one (in order of start) overlaps it; one pass after sorting. */
function withoutOverlaps(spans: TextSpan[]): TextSpan[] {
  let reach = -1;
  return spans
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((span) => {
      const free = span.start >= reach;
      reach = Math.max(reach, span.end);
      return free;
    });
}

/**
 * Limits on the team's own phrases to avoid, so one pasted essay cannot make the pattern too
 * large to compile or slow on every check: longer entries are not phrases and are left out.
 */
const MAX_AVOID_PHRASE_LENGTH = 200;
const MAX_AVOID_PHRASES = 500;

let compiledPhrases: { source: readonly string[]; pattern: RegExp | null } | null = null;

/** The settings' phrases as one pattern (compiled once per list); null when none is usable. */
function settingsPhrasePattern(phrases: readonly string[]): RegExp | null {
  if (compiledPhrases?.source === phrases) return compiledPhrases.pattern;
  const usable = (Array.isArray(phrases) ? phrases : [])
    .filter((phrase): phrase is string => typeof phrase === 'string' && phrase.trim().length <= MAX_AVOID_PHRASE_LENGTH)
    .slice(0, MAX_AVOID_PHRASES);
  let pattern: RegExp | null;
  try {
    pattern = phraseRegExp(usable, 'giu');
  } catch {
    pattern = null;
  }
  compiledPhrases = { source: phrases, pattern };
  return pattern;
}

/** Phrases the guide says to avoid, in any supported language, plus the team's own list. */
export function avoidPhraseIssues(text: string, settings: AppSettings, vocabulary: Vocabulary): Issue[] {
  const spans = withoutOverlaps([
    ...matchSpans(text, vocabulary.avoid),
    ...matchSpans(text, settingsPhrasePattern(settings.phrasesToAvoid)),
  ]);
  return spans.length > 0 ? [warning('avoidPhrase', spans)] : [];
}

/** "the the", except words that are correctly doubled in some language ("nous nous"). */
export function repeatedWordIssues(text: string, vocabulary: Vocabulary): Issue[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(REPEATED_WORD)) {
    if (!vocabulary.allowedRepeats.has(fold(match[1] ?? ''))) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans.length > 0 ? [warning('repeatedWord', spans)] : [];
}

/** Two or more spaces between words. */
export function doubleSpaceIssues(text: string): Issue[] {
  const spans = matchSpans(text, DOUBLE_SPACE);
  return spans.length > 0 ? [warning('doubleSpace', spans)] : [];
}

/** Words in capitals that are not the company's name or a common acronym. */
export function shoutingIssues(text: string, settings: AppSettings): Issue[] {
  const own = new Set([...foldedWords(settings.companyName), ...foldedWords(settings.signature)]);
  const spans = matchSpans(text, ALL_CAPS_WORD).filter((span) => {
    const word = fold(text.slice(span.start, span.end));
    return !own.has(word) && !ACRONYMS.has(word);
  });
  return spans.length > 0 ? [warning('shouting', spans)] : [];
}

/** Replies over the length readers take in. */
export function lengthIssues(text: string): Issue[] {
  return text.length > MAX_REPLY_LENGTH
    ? [
        warning('tooLong', [{ start: MAX_REPLY_LENGTH, end: text.length }], {
          length: text.length,
          max: MAX_REPLY_LENGTH,
        }),
      ]
    : [];
}
