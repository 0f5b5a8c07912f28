import { firstEmail } from '../../emailAddresses';
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from '../lexicon';
import { findWords } from '../findWords';
import type { TextIndex } from '../textIndex';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The words that showed it, as written. */
  evidence: string[];
}

/**
 * What personal data the matter needs (order, address, payment, account), from the review's words
 * (with the review's reference number beside order words), or an e-mail address written into it.
 */
export function findPersonalData(index: TextIndex, text: string, reference: string | null): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const kind of PERSONAL_DATA_KINDS) {
    const evidence = findWords(index, (l) => l.personalData[kind]);
    // A reference the connector attached shows the business already has the order; it only
    // supports the reason when the review itself talks about the order.
    if (kind === 'order' && reference && evidence.length > 0) evidence.unshift(reference);
    if (kind === 'account') {
      const email = firstEmail(text);
      if (email) evidence.unshift(email);
    }
    if (evidence.length > 0) findings.push({ kind, evidence: evidence.slice(0, 5) });
  }
  return findings;
}
