import { UI_LOCALES, type UiLocale } from '../types';
import { CHECK_DATA, type LanguageCheckData } from './languageData';
import { fold, phraseRegExp, WORD_START } from './patterns';

type ListName = Exclude<keyof LanguageCheckData, 'streetAddresses'>;

const gather = (name: ListName, locales: readonly UiLocale[]): string[] =>
  locales.flatMap((locale) => CHECK_DATA[locale][name]);

/**
 * The check vocabulary compiled once. A reply is checked against every supported language at
 * once: agents sometimes answer in another language than the review's, and the lists do not
 * collide (a German phrase to avoid never appears by chance in a Swedish reply).
 */
export interface Vocabulary {
  avoid: RegExp | null;
  greeting: RegExp | null;
  thanks: RegExp | null;
  closing: RegExp | null;
  nextStep: RegExp | null;
  privateChannel: RegExp | null;
  /** Matches the end of the text before a number when that text ends with an order keyword; group 1 is a code prefix. */
  orderNumberLead: RegExp | null;
  streetAddress: RegExp | null;
  teamWords: ReadonlySet<string>;
  allowedRepeats: ReadonlySet<string>;
}

const startOfLine = (pattern: RegExp | null): RegExp | null =>
  pattern === null ? null : new RegExp(`^[\\s"'“„«]*(?:${pattern.source})`, 'iu');

/** Builds the compiled vocabulary for some languages (all of them by default). */
export function compileVocabulary(locales: readonly UiLocale[] = UI_LOCALES): Vocabulary {
  const keywords = phraseRegExp(gather('orderKeywords', locales), 'iu');
  const numberWords = phraseRegExp(gather('numberWords', locales), 'iu');
  const gap = `\\.?[\\s\\u00a0]*(?:(?:${numberWords?.source ?? '(?!)'})\\.?[\\s\\u00a0]*)?[:#]?[\\s\\u00a0]*`;
  const addresses = locales.flatMap((locale) => CHECK_DATA[locale].streetAddresses);
  return {
    avoid: phraseRegExp(gather('avoidPhrases', locales), 'giu'),
    greeting: startOfLine(phraseRegExp(gather('greetings', locales), 'iu')),
    thanks: phraseRegExp(gather('thanks', locales), 'iu'),
    closing: startOfLine(phraseRegExp(gather('closings', locales), 'iu')),
    nextStep: phraseRegExp(gather('nextSteps', locales), 'iu'),
    privateChannel: phraseRegExp(gather('privateChannels', locales), 'iu'),
    orderNumberLead: keywords === null ? null : new RegExp(`(?:${keywords.source})${gap}([A-Za-z]{0,4}[-/]?)$`, 'iu'),
    // An address starts a word: without that, a 100,000-letter word is read once per letter.
    streetAddress:
      addresses.length === 0
        ? null
        : new RegExp(`${WORD_START}(?:${addresses.map((a) => `(?:${a})`).join('|')})`, 'gu'),
    teamWords: new Set(gather('teamWords', locales).map((word) => fold(word))),
    allowedRepeats: new Set(gather('allowedRepeats', locales).map((word) => fold(word))),
  };
}

/** The vocabulary of all supported languages. */
export const VOCABULARY: Vocabulary = compileVocabulary();
