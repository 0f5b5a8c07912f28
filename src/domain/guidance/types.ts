import type { Recommendation, Scenario } from '../types';

/** Why the guidance recommends what it does; stable codes, translated under `ui.guidance.reasons`. */
export type GuidanceReasonCode =
  | 'alreadyAnswered'
  | 'spam'
  | 'personalData'
  | 'complexMatter'
  | 'strongDissatisfaction'
  | 'question'
  | 'anonymous'
  | 'positiveFeedback'
  | 'generalFeedback';

/** A reason, with what in the review triggered it (untrusted text, shown as text). */
export interface GuidanceReason {
  code: GuidanceReasonCode;
  /** Finer stable codes: 'order', 'address', 'payment', 'account', 'long', 'severalProblems', 'technical', 'strongWords', 'threats', 'capitals'. */
  details: string[];
  /** Words or sentences from the review that showed it. */
  evidence: string[];
  /** For a long review: its number of words. */
  wordCount?: number;
  /** Whether this reason asks for a private channel. */
  private: boolean;
}

/** The guide's best practices, as stable codes translated under `ui.guidance.reminders`. */
export type ReminderCode =
  'respondQuickly' | 'useName' | 'answerGenerally' | 'empathy' | 'solution' | 'thanks' | 'proofread';

export type ResponseTimeStatus = 'onTime' | 'dueSoon' | 'overdue' | 'unknown';

/** The review's age against the response-time target from settings. */
export interface ResponseTime {
  status: ResponseTimeStatus;
  /** Hours since the review arrived; null when the date is unknown. */
  ageHours: number | null;
  targetHours: number;
}

/** How to answer a review, and why (agent guide, sections 3 and 5). */
export interface Guidance {
  scenario: Scenario;
  recommendation: Recommendation;
  reasons: GuidanceReason[];
  reminders: ReminderCode[];
  /** Translation key of the scenario's recommended action (the guide's table), e.g. `guidance.action.negative`. */
  actionKey: string;
  responseTime: ResponseTime;
}
