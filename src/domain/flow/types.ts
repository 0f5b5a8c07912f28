import type { Guidance } from '../guidance/types';
import type { Review } from '../review/types';
import type { Scenario } from '../types';

/** What the "already answered?" check said: a failed check is treated like an answered review. */
export const ANSWER_CHECKS = ['notAnswered', 'answered', 'checking', 'failed'] as const;
export type AnswerCheck = (typeof ANSWER_CHECKS)[number];

/**
 * The reply in Zendesk's editor: not read yet, empty, an internal note, a public reply not
 * proofread (or edited since), or a public reply whose exact text was proofread.
 */
export const REPLY_STATES = ['unknown', 'empty', 'internalNote', 'publicDraft', 'proofread'] as const;
export type ReplyState = (typeof REPLY_STATES)[number];

/** Everything the sidebar's flow depends on. */
export interface FlowInput {
  review: Review;
  /** The scenario in use (detected, or the one the agent chose). */
  scenario: Scenario;
  /** The guidance built for that scenario (`buildGuidance`). */
  guidance: Guidance;
  answerCheck: AnswerCheck;
  /** The agent confirmed that a second public reply is intended. */
  secondReplyConfirmed: boolean;
  reply: ReplyState;
}

/**
 * The header's one-line recommendation; translated under `flow.headline`. `secondReply`: the
 * review was answered already and the agent confirmed another public reply.
 */
export const FLOW_HEADLINES = ['replyPublicly', 'acknowledgePublicly', 'noPublicReply', 'secondReply'] as const;
export type FlowHeadline = (typeof FLOW_HEADLINES)[number];

/**
 * The warnings the header may show, most important first: only the first that applies is shown
 * in the header; translated under `flow.warning`.
 */
export const FLOW_WARNINGS = ['alreadyAnswered', 'spam', 'answerCheckFailed', 'edited', 'anonymous'] as const;
export type FlowWarning = (typeof FLOW_WARNINGS)[number];

/** The kinds of next step; translated under `flow.step`. */
export const FLOW_STEP_KINDS = [
  'loading',
  'templates',
  'proofread',
  'readyToSend',
  'internalNote',
  'confirmSecondReply',
  'spamFlow',
] as const;
export type FlowStepKind = (typeof FLOW_STEP_KINDS)[number];

/** What the sidebar offers right under the header. */
export type FlowStep =
  /** The reply or the "already answered?" check is not known yet. */
  | { kind: 'loading'; waitingFor: 'reply' | 'answerCheck' }
  /** No reply yet: the template picker and "Use template". */
  | { kind: 'templates' }
  /** A public reply not proofread: the live checks, the exact text, the checklist, "Mark as proofread". */
  | { kind: 'proofread' }
  /** The exact text in the editor was proofread and nothing else holds it back. */
  | { kind: 'readyToSend' }
  /** An internal note: no proofreading is needed. */
  | { kind: 'internalNote' }
  /** A public reply may exist already: explicit confirmation first; after a failed check also a retry. */
  | { kind: 'confirmSecondReply'; because: 'answered' | 'checkFailed' }
  /**
   * Spam: the internal note, the link to flag the review on Trustpilot and the advice to close the
   * ticket. `publicDraft` says a public reply is in the editor (it must become an internal note).
   */
  | { kind: 'spamFlow'; publicDraft: boolean; reviewLink: string | null };

/** What the sidebar shows; every part is derived from the same input, so none can disagree. */
export interface Flow {
  headline: FlowHeadline;
  /** The one warning line of the header, or none. */
  warning: FlowWarning | null;
  /** Every warning that applies, in order of precedence (the first is `warning`). */
  warnings: FlowWarning[];
  /** Whether the response-time badge shows beside the review's age. */
  showResponseTime: boolean;
  /** A public reply is known or feared to exist, and the agent confirmed another one. */
  secondReply: boolean;
  step: FlowStep;
}
