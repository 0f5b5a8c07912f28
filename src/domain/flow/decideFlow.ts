import { safeTrustpilotUrl } from '../review/findReference';
import type { Recommendation } from '../types';
import {
  ANSWER_CHECKS,
  REPLY_STATES,
  type Flow,
  type FlowHeadline,
  type FlowInput,
  type FlowStep,
  type FlowWarning,
} from './types';

const HEADLINES: Record<Recommendation, FlowHeadline> = {
  publicReply: 'replyPublicly',
  publicThenPrivate: 'acknowledgePublicly',
  noPublicReply: 'noPublicReply',
};

/**
 * Spam when the scenario or the guidance says so. Guidance built for another scenario (a stale
 * value while the agent switches) must not reopen the public path, so either one is enough.
 */
const isSpam = ({ scenario, guidance }: FlowInput): boolean =>
  scenario === 'spam' || guidance?.scenario === 'spam' || guidance?.recommendation === 'noPublicReply';

/** A public reply exists: the comments API said so, or the ticket data or Trustpilot showed one. */
const isAnswered = ({ review, answerCheck }: FlowInput): boolean =>
  answerCheck === 'answered' || review?.alreadyAnswered === true;

function warningsFor(input: FlowInput, spam: boolean, answered: boolean): FlowWarning[] {
  const { review } = input;
  const warnings: FlowWarning[] = [];
  if (answered) warnings.push('alreadyAnswered');
  if (spam) warnings.push('spam');
  // Without a public reply to write, whether one exists changes nothing for spam.
  if (!answered && !spam && input.answerCheck === 'failed') warnings.push('answerCheckFailed');
  if (review?.edited === true || review?.starsConflict === true) warnings.push('edited');
  if (review?.reviewer?.anonymous === true) warnings.push('anonymous');
  return warnings;
}

function stepFor(input: FlowInput, spam: boolean, answered: boolean): FlowStep {
  const { reply, answerCheck, secondReplyConfirmed } = input;
  if (spam) {
    const publicDraft = reply === 'publicDraft' || reply === 'proofread';
    return { kind: 'spamFlow', publicDraft, reviewLink: safeTrustpilotUrl(input.review?.reviewUrl) };
  }
  if (reply === 'unknown') return { kind: 'loading', waitingFor: 'reply' };
  // Internal notes are never published, so neither duplicates nor proofreading concern them.
  if (reply === 'internalNote') return { kind: 'internalNote' };
  const mayBeAnswered = answered || answerCheck === 'failed';
  if (mayBeAnswered && !secondReplyConfirmed) {
    return { kind: 'confirmSecondReply', because: answered ? 'answered' : 'checkFailed' };
  }
  const checking = answerCheck === 'checking' && !answered;
  if (reply === 'empty') return checking ? { kind: 'loading', waitingFor: 'answerCheck' } : { kind: 'templates' };
  if (reply === 'publicDraft') return { kind: 'proofread' };
  // Proofread, but "Ready to send" waits until it is known that no reply exists already.
  return checking ? { kind: 'proofread' } : { kind: 'readyToSend' };
}

function headlineFor(input: FlowInput, spam: boolean, answered: boolean): FlowHeadline {
  if (spam) return 'noPublicReply';
  // Never "Reply publicly" beside "already answered": the guide's advice is not to reply again,
  // and once the agent confirmed another reply the header says that instead.
  if (answered) return input.secondReplyConfirmed ? 'secondReply' : 'noPublicReply';
  if (input.answerCheck === 'failed' && !input.secondReplyConfirmed) return 'noPublicReply';
  const recommendation = input.guidance?.recommendation;
  // An unknown value (a prototype name included) falls back to the careful advice.
  return typeof recommendation === 'string' && Object.hasOwn(HEADLINES, recommendation)
    ? HEADLINES[recommendation]
    : 'acknowledgePublicly';
}

/**
 * A value outside the known codes fails closed: an unknown check counts as failed (it asks for
 * the confirmation), an unknown reply state as a public reply not proofread (it asks for the checks).
 */
function failClosed(input: FlowInput): FlowInput {
  const answerCheck = ANSWER_CHECKS.includes(input.answerCheck) ? input.answerCheck : 'failed';
  const reply = REPLY_STATES.includes(input.reply) ? input.reply : 'publicDraft';
  return { ...input, answerCheck, reply, secondReplyConfirmed: input.secondReplyConfirmed === true };
}

/**
 * What the sidebar shows for a review: the header's recommendation, its one warning line,
 * whether the response-time badge shows, and the next step. Pure; see docs/flow.md.
 */
export function decideFlow(given: FlowInput): Flow {
  const input = failClosed(given);
  const spam = isSpam(input);
  const answered = isAnswered(input);
  const warnings = warningsFor(input, spam, answered);
  return {
    headline: headlineFor(input, spam, answered),
    warning: warnings[0] ?? null,
    warnings,
    showResponseTime: !spam && !answered,
    secondReply: !spam && (answered || input.answerCheck === 'failed') && input.secondReplyConfirmed,
    step: stepFor(input, spam, answered),
  };
}
