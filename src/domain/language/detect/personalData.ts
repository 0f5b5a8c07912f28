import { firstEmail } from '../../emailAddresses';
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from '../lexicon';
import { findWords, outsidePhrases } from '../findWords';
import { MAX_ANALYSED_CHARS, type TextIndex } from '../textIndex';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The words that showed it, as written. */
  evidence: string[];
}

/**
 * An order, customer or gift card number written out: "#DK-55910", "Order 48213377", "n° 55120093",
 * "7731-2290-1184". Six digits or more, groups of four, or four or more after "#" or "nº". Each part is a single bounded run, so the
 * pattern runs in linear time on any text.
 */
const NUMBER =
  /(?<![\p{L}\d])\d{4}(?:-\d{4}){1,3}(?![\p{L}\d])|(?:#|n°|nº|nr\.?|no\.)\s?[A-Za-z]{0,3}-?\d{4,12}\b|(?<![\p{L}\d.,:/-])\d{6,12}(?![\p{L}\d]|[.,:/-]\d)/iu;

/** Four to twelve digits standing alone: a number that may follow the word for an order number. */
const DIGITS = /(?<![\p{L}\d])\d{4,12}(?![\p{L}\d])/gu;
/** A year, which is not an order number ("Bestellung 2024"). */
const YEAR = /^(?:19|20)\d{2}$/u;
/** The word for an order or customer number, in any supported language, right before the digits. */
const NUMBER_WORD_BEFORE =
  /(?<![\p{L}])(?:order|orders|ordre|ordren|ordrenummer|ordrenr|ordernummer|ordernr|ordernumret|best[äa]llning|best[äa]llningsnummer|bestilling|bestillingsnummer|commande|bestellung|bestellnummer|auftragsnummer|auftrag|kundennummer|kundnummer|kundenummer|customer)(?:\s(?:number|no\.?|nr\.?|nummer|n°|nº|num[ée]ro))?\s?[:#]?\s?(?:[A-Za-z]{1,3}-?)?$/iu;
/** How far before the digits the word for the number may start. */
const NUMBER_WORD_REACH = 40;

/**
 * A number after the word for an order or customer number: "Ordrenummer 40021", "Commande 77210",
 * "Bestellnummer: 88213" (four digits or more, not a year); the digits alone, or null. Each run of
 * digits is checked against the few characters before it, so the cost is linear in the text.
 */
function numberAfterOrderWord(text: string): string | null {
  for (const match of text.matchAll(DIGITS)) {
    const digits = match[0];
    if (YEAR.test(digits)) continue;
    const before = text.slice(Math.max(0, match.index - NUMBER_WORD_REACH), match.index);
    if (NUMBER_WORD_BEFORE.test(before)) return digits;
  }
  return null;
}

/**
 * A street address: "14 Park Road", "Storgatan 12", "Nørregade 7", "Hauptstraße 5", "12 rue de la Paix".
 * Bounded runs only (linear time).
 */
const STREET = new RegExp(
  [
    String.raw`\b\d{1,4}\s\p{Lu}\p{Ll}{1,20}\s(?:Road|Street|Avenue|Lane|Drive|Close|Way|Rd|St|Ave)\b`,
    // The street word's ending; the whole word is taken from the text around it.
    String.raw`\p{L}(?:gatan|vägen|gränd|gade|vej|allé|straße|strasse|weg|platz)\s\d{1,4}(?!\d)`,
    String.raw`\b\d{1,4},?\s(?:rue|avenue|boulevard|chemin|allée|place)\s`,
  ].join('|'),
  'iu',
);

const firstMatch = (pattern: RegExp, text: string): string | null => pattern.exec(text)?.[0]?.trim() ?? null;

/** The street address with its whole first word ("Storgatan 12", not "ngatan 12"). */
function findStreet(text: string): string | null {
  // Every street address has a house number.
  if (!/\d/.test(text)) return null;
  const match = STREET.exec(text);
  if (!match) return null;
  let start = match.index;
  // Street names are short: look back at most 30 letters.
  while (start > 0 && match.index - start < 30 && /\p{L}/u.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, match.index + match[0].length).trim();
}

/**
 * What personal data solving the matter needs (order, address, payment, account): a request or a
 * problem only the customer's data can solve ("never arrived", "refund", "can't log in"), an
 * order number (also a shorter one after its word: "Ordrenummer 40021"), street address or e-mail address written into the review. A noun alone
 * ("order", "parcel", "account") is no evidence. A refund or a wrong charge is looked up through
 * the order, so it shows both. The review's reference number supports the order only beside
 * other evidence: the business already has it.
 */
export function findPersonalData(index: TextIndex, text: string, reference: string | null): PersonalDataFinding[] {
  const sample = text.slice(0, MAX_ANALYSED_CHARS);
  const found = new Map<PersonalDataKind, string[]>();
  const add = (kind: PersonalDataKind, evidence: readonly string[]): void => {
    if (evidence.length > 0) found.set(kind, [...(found.get(kind) ?? []), ...evidence]);
  };
  // Damage the reviewer caused ("my own fault", "I dropped it") needs no look-up of the order.
  const ownFault = findWords(index, (l) => l.ownFault ?? []).length > 0;
  for (const kind of PERSONAL_DATA_KINDS)
    if (!(ownFault && kind === 'order'))
      add(
        kind,
        findWords(index, (l) => l.personalData[kind]),
      );
  // "Nothing was broken", "mangler bare Apple Pay": the problem word there tells of no problem.
  if (found.has('order')) {
    const order = outsidePhrases(index, found.get('order') ?? [], (l) => l.notProblems ?? []);
    if (order.length > 0) found.set('order', order);
    else found.delete('order');
  }
  const number = firstMatch(NUMBER, sample) ?? numberAfterOrderWord(sample);
  if (number) add('order', [number]);
  const street = findStreet(sample);
  if (street) add('address', [street]);
  const email = firstEmail(text);
  if (email) add('account', [email]);
  if (found.has('payment') && !found.has('order')) found.set('order', []);
  if (reference && found.has('order')) found.set('order', [reference, ...(found.get('order') ?? [])]);

  const findings: PersonalDataFinding[] = [];
  for (const kind of PERSONAL_DATA_KINDS) {
    const evidence = found.get(kind);
    if (evidence === undefined) continue;
    const unique = [...new Set(evidence)];
    findings.push({ kind, evidence: unique.slice(0, 5) });
  }
  return findings;
}
