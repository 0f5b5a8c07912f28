import type { GuidanceReasonCode } from '../../../../src/domain/guidance/types';
import type { Recommendation, Scenario, Stars, UiLocale } from '../../../../src/domain/types';

/** The reasons the corpus labels: the ones that decide the recommendation, plus the question. */
export const LABELLED_REASONS = [
  'personalData',
  'complexMatter',
  'strongDissatisfaction',
  'anonymous',
  'question',
  'spam',
] as const;
export type LabelledReason = (typeof LABELLED_REASONS)[number] & GuidanceReasonCode;

/** One labelled review, written for this project; the labels follow the agent guide. */
export interface CorpusEntry {
  id: string;
  language: UiLocale;
  stars: Stars;
  title: string | null;
  text: string;
  anonymous: boolean;
  /** The app's `companyName` setting and the ticket's brand. */
  company: string;
  brand: string;
  scenario: Scenario;
  recommendation: Recommendation;
  reasons: LabelledReason[];
  /** One line: why, citing the guide's section. */
  why: string;
}

const SCENARIO_CODES: Record<string, Scenario> = {
  neg: 'negative',
  neu: 'neutral',
  pos: 'positive',
  q: 'question',
  spam: 'spam',
};
const RECOMMENDATION_CODES: Record<string, Recommendation> = {
  pub: 'publicReply',
  pp: 'publicThenPrivate',
  none: 'noPublicReply',
};
const REASON_CODES: Record<string, LabelledReason> = {
  pd: 'personalData',
  cx: 'complexMatter',
  sd: 'strongDissatisfaction',
  an: 'anonymous',
  q: 'question',
  sp: 'spam',
};

export interface EntryOptions {
  title?: string;
  anonymous?: boolean;
  company?: string;
  brand?: string;
}

/** The shop every review is written to, unless an entry says otherwise. */
export const DEFAULT_COMPANY = 'Nordlys Home';

/**
 * Builds a corpus language from compact rows: `[stars, text, labels, why, options?]`, where labels
 * read "<scenario> <recommendation> <reasons>", e.g. "neg pp pd,sd":
 * scenario neg | neu | pos | q | spam; recommendation pub | pp | none;
 * reasons pd (personal data) cx (complex matter) sd (strong dissatisfaction) an (anonymous)
 * q (question) sp (spam / another business), comma-separated, or "-" for none.
 */
export function corpus(
  language: UiLocale,
  rows: ReadonlyArray<readonly [Stars, string, string, string, EntryOptions?]>,
  idPrefix: string = language,
): CorpusEntry[] {
  return rows.map(([stars, text, labels, why, options = {}], i) => {
    const [s = '', r = '', reasons = '-'] = labels.trim().split(/\s+/);
    const scenario = SCENARIO_CODES[s];
    const recommendation = RECOMMENDATION_CODES[r];
    if (!scenario || !recommendation) throw new Error(`${language} row ${i + 1}: bad labels "${labels}"`);
    const codes =
      reasons === '-'
        ? []
        : reasons.split(',').map((code) => {
            const reason = REASON_CODES[code];
            if (!reason) throw new Error(`${language} row ${i + 1}: unknown reason "${code}"`);
            return reason;
          });
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, '0')}`,
      language,
      stars,
      title: options.title ?? null,
      text,
      anonymous: options.anonymous ?? false,
      company: options.company ?? DEFAULT_COMPANY,
      brand: options.brand ?? DEFAULT_COMPANY,
      scenario,
      recommendation,
      reasons: codes,
      why,
    };
  });
}
