import type { Review } from '../review/types';
import type { AppSettings } from '../settings';
import type { Scenario } from '../types';

/** Blocking problems: the reply cannot be proofread or sent while one remains. */
export const BLOCKING_CODES = [
  'empty',
  'placeholder',
  'foreignPlaceholder',
  'spamPublicReply',
  'email',
  'phone',
  'orderNumber',
  'iban',
  'address',
  'reviewReference',
  'secondReply',
  'answerUnknown',
] as const;
export type BlockingCode = (typeof BLOCKING_CODES)[number];

/** Warnings: shown while proofreading, never block sending. */
export const WARNING_CODES = [
  'avoidPhrase',
  'companySignature',
  'noThanks',
  'noGreeting',
  'wrongName',
  'anonymousNoPrivateChannel',
  'negativeNoNextStep',
  'repeatedWord',
  'doubleSpace',
  'shouting',
  'tooLong',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type IssueCode = BlockingCode | WarningCode;
export type Severity = 'blocking' | 'warning';

/** A range of the published text; `end` is exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One finding of a check, with the words it concerns. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** Translation key under `ui`, e.g. `proofread.checks.placeholder`. */
  messageKey: string;
  params: Record<string, string | number>;
  /** The words concerned, in order; empty when the problem is something missing. */
  spans: TextSpan[];
}

/** Everything a check needs besides the text. */
export interface CheckContext {
  review: Review;
  scenario: Scenario;
  settings: AppSettings;
  /**
   * The agent confirmed a public reply on a review that is answered already, or whose check for
   * an earlier reply failed.
   */
  secondReplyConfirmed: boolean;
  /**
   * The check for an earlier public reply could not be done: the reply needs the same explicit
   * confirmation as on an answered review (fails closed). False when absent.
   */
  answerUnknown?: boolean;
  /** E-mail addresses and phone numbers the agent confirmed as the company's own; none when absent. */
  confirmedContacts?: readonly string[];
  /**
   * E-mail addresses and phone numbers the agent typed into a contact field of a template inserted
   * into this reply: the company's own, unless the review itself contains them; none when absent.
   */
  ownContacts?: readonly string[];
}

/** The checks' findings on one reply text. */
export interface ReplyCheck {
  blocking: Issue[];
  warnings: Issue[];
}
