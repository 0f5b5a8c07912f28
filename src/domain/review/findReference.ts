import { REVIEW_LANGUAGES } from '../types';
import { LEXICONS } from '../language/lexicons';
import { MAX_ANALYSED_CHARS } from '../language/textIndex';
import { findLinks, isTrustpilotHost } from '../language/links';
import { decodeEntities } from './htmlToText';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const LABELS = [...new Set(REVIEW_LANGUAGES.flatMap((language) => LEXICONS[language].referenceLabels))]
  .sort((a, b) => b.length - a.length)
  .map((label) => escape(label).replace(/[\s-]+/g, '[\\s-]+'))
  .join('|');

/** A label, an optional "number" word and the value in group 1: "Order number: 12345". */
const LABEL_AND_VALUE =
  `(?:${LABELS})(?![\\p{L}])(?:\\s*(?:number|no\\.?|nr\\.?|n°|nº|nummer|numéro|numero|número|numer|id))?` +
  `\\s*[:#.\\-–]?\\s*#?\\s*([A-Za-z0-9][A-Za-z0-9\\-_/]{2,39})(?![A-Za-z0-9])`;
// The look-behind comes first: it fails at once inside a word, which is most places of a long review.
const LABELLED = new RegExp(`(?<![\\p{L}\\p{N}])${LABEL_AND_VALUE}`, 'giu');
const LABELLED_LINE = new RegExp(`^\\s*${LABEL_AND_VALUE}\\s*\\.?\\s*$`, 'iu');
const HASH_NUMBER = /(?<![\p{L}\p{N}&])#(\d{4,20})(?!\d)/u;

/** A reference or order number written in the review ("Order number: 12345", "#123456"); it must hold a digit. */
export function findReference(text: string): string | null {
  const sample = text.slice(0, MAX_ANALYSED_CHARS);
  for (const match of sample.matchAll(LABELLED)) {
    const value = match[1] ?? '';
    if (/\d/.test(value)) return value;
  }
  return HASH_NUMBER.exec(sample)?.[1] ?? null;
}

/** The value of a line holding nothing but a labelled reference ("Reference number: ABC-123"), or null. */
export function referenceLineValue(line: string): string | null {
  if (line.length > 200) return null;
  return LABELLED_LINE.exec(line)?.[1] ?? null;
}

/** An http(s) link to trustpilot.com or a subdomain, without credentials; the normalised URL or null. */
export function safeTrustpilotUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length > 2_000) return null;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username !== '' || url.password !== '') return null;
    return isTrustpilotHost(url.hostname.toLowerCase()) ? url.href : null;
  } catch {
    return null;
  }
}

/** The link to the review on Trustpilot in a description (text or HTML); a /reviews/ link is preferred. */
export function findReviewUrl(description: string): string | null {
  const links = findLinks(description)
    .map((link) => safeTrustpilotUrl(decodeEntities(link)))
    .filter((link): link is string => link !== null);
  return links.find((link) => /\/reviews?\//i.test(link)) ?? links[0] ?? null;
}
