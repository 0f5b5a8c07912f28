import type { TextIndex } from '../textIndex';
import { findWords } from '../findWords';
import { MAX_ANALYSED_CHARS } from '../textIndex';

export interface StrongLanguageFinding {
  /** Strong words as written: "scam", "never again", "arnaque". */
  words: string[];
  /** Threats of legal or official steps: "lawyer", "police". */
  threats: string[];
  /** Words written in capitals (shouting), when there are enough of them. */
  capitals: string[];
}

/** Capitalised abbreviations that are not shouting. */
const ABBREVIATIONS = new Set([
  'DHL', 'UPS', 'GLS', 'DPD', 'TNT', 'USPS', 'FEDEX', 'USA', 'UK', 'EU', 'PDF', 'SMS', 'TV', 'OK', 'ASAP',
  'FAQ', 'VAT', 'MOMS', 'MVA', 'MWST', 'TVA', 'IVA', 'ALV', 'SAV', 'PS', 'ID', 'PIN', 'CEO', 'IT', 'PC',
  'USB', 'LED', 'GPS', 'API', 'APP', 'URL', 'WWW', 'HTML', 'XL', 'XXL', 'XS', 'NB', 'AB', 'AS', 'GMBH',
  'BV', 'SA', 'SRL', 'AG', 'LTD', 'INC', 'PLC', 'ARN', 'DGCCRF', 'UOKIK', 'OMIC', 'BBB', 'IKEA', 'HM',
  'EUR', 'SEK', 'DKK', 'NOK', 'USD', 'GBP', 'PLN', 'CHF',
]);

const CAPITAL_WORD = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu;
const MIN_CAPITAL_WORDS = 3;

/** Words in capitals that look like shouting: at least three, or most of a text's letters. */
export function findShouting(text: string): string[] {
  const sample = text.slice(0, MAX_ANALYSED_CHARS);
  const words = (sample.match(CAPITAL_WORD) ?? []).filter((w) => !ABBREVIATIONS.has(w));
  const upper = sample.length - sample.replace(/\p{Lu}+/gu, '').length;
  const lower = sample.length - sample.replace(/\p{Ll}+/gu, '').length;
  const mostlyCapitals = upper + lower >= 20 && upper / (upper + lower) > 0.7;
  if (words.length < MIN_CAPITAL_WORDS && !(mostlyCapitals && words.length > 0)) return [];
  return [...new Set(words)].slice(0, 5);
}

/** Strong language, threats and shouting, in any supported language. */
export function findStrongLanguage(index: TextIndex, text: string): StrongLanguageFinding {
  return {
    words: findWords(index, (l) => l.strongWords),
    threats: findWords(index, (l) => l.threatWords),
    capitals: findShouting(text),
  };
}
