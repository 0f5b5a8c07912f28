import { findEmailSpans } from '../emailAddresses';
import type { Review } from '../review/types';
import type { AppSettings } from '../settings';
import { digitsOf, emailKey, isConfirmedContact, sameNumber } from './contacts';
import { escapeRegExp, matchSpans } from './patterns';
import type { BlockingCode, TextSpan } from './types';
import type { Vocabulary } from './vocabulary';

/** A piece of personal data found in a reply. */
export interface PersonalDataHit extends TextSpan {
  kind: Extract<BlockingCode, 'email' | 'phone' | 'iban' | 'orderNumber' | 'address' | 'reviewReference'>;
}

// Patterns start at the rare character ('@', a digit, '#') so a long reply is scanned quickly:
// the send decision runs them on every save.
// 7 to 15 digits with the separators people type in phone numbers.
const PHONE =
  /(?<![\p{L}\p{N}+])(?:\+[ \u00a0]?)?(?:\(\d{1,4}\)[ \u00a0]?)?\d(?:[ \u00a0.\-/]?\d){6,14}(?![\p{L}\p{N}])/gu;
const HASH_NUMBER = /#[ \u00a0]?[A-Za-z]{0,4}\d{3,}(?![\p{L}\p{N}])/gu;
// Each pattern starts only where a number starts, so a megabyte of digits is read once, not once per digit.
const LONG_DIGITS = /(?<!\d)\d{6,}(?![\p{L}\p{N}])/gu;
const CODE_PREFIX = /(?<![\p{L}\p{N}])[A-Z]{1,4}-?$/u;
const NUMBER_TOKEN = /(?<![\p{N}])\d[\d/-]{3,}(?:[A-Za-z][A-Za-z0-9]*)?(?![\p{L}\p{N}])/gu;
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const THOUSANDS = /^[1-9]\d{0,2}(?:[ .,\u00a0]\d{3})+$/;
const CURRENCY_BEFORE = /[$€£¥][ \u00a0]?$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// How far before a number an order keyword may start ("membership number: AB-").
const KEYWORD_REACH = 48;

const looksLikeAmountOrDate = (text: string, written: string, start: number): boolean =>
  DATE.test(written) ||
  (THOUSANDS.test(written) && !written.startsWith('0')) ||
  CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 2), start));

// An IBAN: country code and check digits, then letters and digits, in one run or in groups.
const IBAN_START = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}/gu;
const IBAN_MIN = 15;
const IBAN_MAX = 34;

const isAsciiAlnum = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** ISO 13616's check: the rearranged number, letters as 10–35, leaves 1 when divided by 97. */
export function isValidIban(compact: string): boolean {
  if (compact.length < IBAN_MIN || compact.length > IBAN_MAX) return false;
  const rearranged = `${compact.slice(4)}${compact.slice(0, 4)}`.toUpperCase();
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i += 1) {
    const code = rearranged.charCodeAt(i);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

/**
 * IBANs written compact (`GB82WEST12345698765432`) or in groups (`DE89 3704 0044 0532 0130 00`),
 * confirmed by their checksum so order numbers that merely look alike are left to the other checks.
 * Each candidate reads at most 34 characters and the spaces between them.
 */
function ibanSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    let compact = '';
    const ends: { length: number; end: number }[] = [];
    let pos = match.index;
    while (pos < text.length && compact.length < IBAN_MAX) {
      const code = text.charCodeAt(pos);
      if (isAsciiAlnum(code)) {
        compact += text.charAt(pos);
        pos += 1;
        if (!LETTER_OR_DIGIT.test(text.charAt(pos))) ends.push({ length: compact.length, end: pos });
      } else if ((code === 32 || code === 0xa0) && isAsciiAlnum(text.charCodeAt(pos + 1))) {
        pos += 1;
      } else {
        break;
      }
    }
    const found = ends.reverse().find(({ length }) => isValidIban(compact.slice(0, length)));
    if (found !== undefined) spans.push({ start: match.index, end: found.end });
  }
  return spans;
}

/** Numbers right after an order keyword: "order number 48213", "Bestell-Nr. AB-4821". */
function keywordNumberSpans(text: string, vocabulary: Vocabulary): TextSpan[] {
  if (vocabulary.orderNumberLead === null) return [];
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(NUMBER_TOKEN)) {
    if (match.index > 0 && /[\p{N}]/u.test(text.charAt(match.index - 1))) continue;
    const before = text.slice(Math.max(0, match.index - KEYWORD_REACH), match.index);
    const lead = vocabulary.orderNumberLead.exec(before);
    if (lead !== null) spans.push({ start: match.index - (lead[1] ?? '').length, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * Runs of six or more digits: with a short capital-letter prefix ("TP-4821734") when `coded`,
 * else on their own (a leading zero or plus makes it a phone number, found elsewhere).
 */
function longNumberSpans(text: string, coded: boolean): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(LONG_DIGITS)) {
    const before = text.slice(Math.max(0, match.index - 6), match.index);
    const prefix = CODE_PREFIX.exec(before)?.[0] ?? '';
    const start = match.index - prefix.length;
    const free = start === 0 || !LETTER_OR_DIGIT.test(text.charAt(start - 1));
    const wanted = coded ? prefix.length > 0 : prefix.length === 0 && free && !match[0].startsWith('0');
    if (wanted && text.charAt(start - 1) !== '+') {
      spans.push({ start, end: match.index + match[0].length });
    }
  }
  return spans;
}

/** An e-mail address or phone number written in a text. */
export interface ContactHit extends TextSpan {
  kind: 'email' | 'phone';
}

/**
 * The e-mail addresses and phone numbers written in a short text, as the reply's checks find them
 * (a bare run of digits without a leading zero or plus is an order number, not a phone number).
 */
export function findContacts(text: string): ContactHit[] {
  if (typeof text !== 'string') return [];
  const hits: ContactHit[] = findEmailSpans(text).map((span) => ({ kind: 'email', ...span }));
  // A map of the text, so a long review with many addresses is still read in linear time.
  const email = new Uint8Array(text.length);
  for (const hit of hits) email.fill(1, hit.start, hit.end);
  const inEmail = (span: TextSpan): boolean => email.subarray(span.start, span.end).includes(1);
  for (const span of matchSpans(text, PHONE)) {
    const written = text.slice(span.start, span.end);
    if (inEmail(span) || looksLikeAmountOrDate(text, written, span.start)) continue;
    if (/^\d+$/.test(written) && !written.startsWith('0')) continue;
    hits.push({ kind: 'phone', ...span });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Personal data in a reply: e-mail addresses, phone numbers, order and reference numbers,
 * street addresses and the review's own reference number. The company's support e-mail and
 * phone from the settings are allowed, and so are the e-mail addresses and phone numbers in
 * `confirmed` (the agent confirmed them as the company's own). Overlapping findings are reported once.
 */
export function findPersonalData(
  text: string,
  review: Review,
  settings: AppSettings,
  vocabulary: Vocabulary,
  confirmed: readonly string[] = [],
): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  // Characters already reported, or part of the company's own contact details (allowed, and
  // nothing inside them counts as another finding). A map of the text rather than a list of
  // spans, so each test costs the span's length, not the number of findings so far.
  const covered = new Uint8Array(text.length);
  const taken = (span: TextSpan): boolean => {
    for (let i = span.start; i < span.end; i += 1) if (covered[i] === 1) return true;
    return false;
  };
  const cover = (span: TextSpan): void => {
    covered.fill(1, span.start, span.end);
  };
  const allow = (span: TextSpan): void => cover(span);
  const add = (kind: PersonalDataHit['kind'], span: TextSpan): void => {
    if (taken(span)) return;
    hits.push({ kind, ...span });
    cover(span);
  };
  const companyEmail = emailKey(settings.supportEmail);
  const companyDigits = digitsOf(settings.supportPhone);
  const isCompanyNumber = (span: TextSpan): boolean =>
    companyDigits.length > 0 && sameNumber(digitsOf(text.slice(span.start, span.end)), companyDigits);

  const reference = (review.reference ?? '').trim();
  if (reference.length >= 3) {
    for (const span of matchSpans(text, new RegExp(escapeRegExp(reference), 'giu'))) add('reviewReference', span);
  }
  for (const span of findEmailSpans(text)) {
    const written = text.slice(span.start, span.end);
    const own =
      (companyEmail.length > 0 && emailKey(written) === companyEmail) ||
      isConfirmedContact('email', written, confirmed);
    if (own) allow(span);
    else add('email', span);
  }
  for (const span of ibanSpans(text)) add('iban', span);
  for (const span of keywordNumberSpans(text, vocabulary)) if (!isCompanyNumber(span)) add('orderNumber', span);
  for (const span of matchSpans(text, HASH_NUMBER)) add('orderNumber', span);
  for (const span of longNumberSpans(text, true)) add('orderNumber', span);
  for (const span of matchSpans(text, PHONE)) {
    const written = text.slice(span.start, span.end);
    if (isCompanyNumber(span)) allow(span);
    else if (!looksLikeAmountOrDate(text, written, span.start)) {
      const kind = /^\d+$/.test(written) && !written.startsWith('0') ? 'orderNumber' : 'phone';
      // A confirmation only lifts what was shown to the agent as a phone number, never an order number.
      if (kind === 'phone' && !taken(span) && isConfirmedContact('phone', written, confirmed)) allow(span);
      else add(kind, span);
    }
  }
  for (const span of longNumberSpans(text, false)) if (!isCompanyNumber(span)) add('orderNumber', span);
  for (const span of matchSpans(text, vocabulary.streetAddress)) add('address', span);
  return hits.sort((a, b) => a.start - b.start);
}
