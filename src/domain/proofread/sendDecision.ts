import type { Review } from '../review/types';
import type { AppSettings } from '../settings';
import type { Draft, Recommendation, Scenario } from '../types';
import { checkReply } from './checkReply';
import { toPublishedText } from './publishedText';
import { resolveZendeskPlaceholders, type ZendeskValues } from './zendeskPlaceholders';
import { isStampCurrent } from './stamp';
import type { Issue } from './types';

/** Why a save is blocked besides the checks themselves. */
export type GateReasonCode = 'appFailed' | 'loading' | 'unreadable' | 'checkFailed' | 'notProofread' | 'proofreadStale';

/** A blocking check that failed, or a gate reason. */
export type SendBlockReason = Issue | { code: GateReasonCode };

/** Allow (with the reporting tags to add) or block (with the reasons and the message to show). */
export type SendDecision =
  { allow: true; tags: string[] } | { allow: false; reasons: SendBlockReason[]; messageKey: string };

export interface SendDecisionInput {
  review: Review;
  isReview: boolean;
  scenario: Scenario;
  /** The draft at save time; null when it could not be read and it may be a public reply. */
  draft: Draft | null;
  /** The proofread stamp (`stampFor` of the text the agent approved), or null. */
  stamp: string | null;
  secondReplyConfirmed: boolean;
  /** The check for an earlier public reply failed: a reply needs the same confirmation as a second one. */
  answerUnknown?: boolean;
  /**
   * E-mail addresses and phone numbers the agent confirmed in the panel as the company's own;
   * compared as the settings' support e-mail and phone are. None when absent.
   */
  confirmedContacts?: readonly string[];
  /**
   * E-mail addresses and phone numbers typed into a contact field of a template inserted into this
   * reply: allowed as the company's own unless the review contains them. None when absent.
   */
  ownContacts?: readonly string[];
  settings: AppSettings;
  recommendation: Recommendation;
  /** Zendesk's own placeholders the reply may hold, resolved as Zendesk will; none when absent. */
  zendeskValues?: ZendeskValues;
  /**
   * The blocking findings the panel already has for a published text, with the same context: the
   * save reuses them when the text Zendesk hands over is exactly that text, so it answers from
   * memory instead of checking a long reply again.
   */
  checked?: { raw: string; text: string; blocking: readonly Issue[] };
}

/** Tag on every ticket whose public reply went out through the gate. */
export const REPLIED_TAG = 'trustpilot_replied';
/** Tag when the guidance was to acknowledge publicly and continue privately. */
export const PRIVATE_FOLLOWUP_TAG = 'trustpilot_private_followup';

const allow = (tags: string[]): SendDecision => ({ allow: true, tags });

const block = (reasons: SendBlockReason[]): SendDecision => ({
  allow: false,
  reasons,
  messageKey: messageKeyFor(reasons),
});

// The message says what to do about the most pressing reason; the panel lists them all.
function messageKeyFor(reasons: SendBlockReason[]): string {
  const codes = new Set(reasons.map((reason) => reason.code));
  if (codes.has('appFailed')) return 'gate.appFailed';
  if (codes.has('unreadable')) return 'gate.unreadable';
  if (codes.has('loading')) return 'gate.loading';
  if (codes.has('checkFailed')) return 'gate.checkFailed';
  if (codes.has('spamPublicReply')) return 'gate.spam';
  const issues = reasons.filter((reason) => 'severity' in reason);
  const confirmations = new Set<string>(['secondReply', 'answerUnknown']);
  if (issues.some((issue) => !confirmations.has(issue.code))) return 'gate.problems';
  if (codes.has('secondReply')) return 'gate.secondReply';
  if (codes.has('answerUnknown')) return 'gate.answerUnknown';
  if (codes.has('proofreadStale')) return 'gate.stale';
  return 'gate.notProofread';
}

function decide(input: SendDecisionInput): SendDecision {
  if (!input.isReview) return allow([]);
  if (input.draft === null) return block([{ code: 'unreadable' }]);
  if (input.draft.type !== 'publicReply') return allow([]);
  // The same editor value as the panel checked (compared whole): its published text is known.
  const text =
    input.checked !== undefined && input.checked.raw === input.draft.text
      ? input.checked.text
      : resolveZendeskPlaceholders(toPublishedText(input.draft.text), input.zendeskValues);
  // Nothing to publish: a status change or a save without a comment.
  if (text.length === 0) return allow([]);
  const blocking =
    input.checked !== undefined && input.checked.text === text
      ? input.checked.blocking
      : checkReply(text, input, { blockingOnly: true }).blocking;
  const reasons: SendBlockReason[] = [...blocking];
  if (!isStampCurrent(input.stamp, text))
    reasons.push({ code: input.stamp === null ? 'notProofread' : 'proofreadStale' });
  if (reasons.length > 0) return block(reasons);
  return allow(input.recommendation === 'publicThenPrivate' ? [REPLIED_TAG, PRIVATE_FOLLOWUP_TAG] : [REPLIED_TAG]);
}

/**
 * The ticket.save decision: a public reply on a review goes out only when no blocking check
 * fails and the agent proofread exactly this text. Internal notes, other tickets and saves
 * without a comment always pass. Pure, synchronous, never throws (fails closed on a review).
 */
export function decideSend(input: SendDecisionInput): SendDecision {
  try {
    return decide(input);
  } catch {
    return input.isReview === false ? allow([]) : block([{ code: 'checkFailed' }]);
  }
}

/** Everything the decision needs besides the draft, as the sidebar holds it at save time. */
export type GateInputs = Omit<SendDecisionInput, 'draft'>;
