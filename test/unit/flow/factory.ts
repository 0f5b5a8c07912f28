import type { FlowInput } from '../../../src/domain/flow';
import type { Guidance } from '../../../src/domain/guidance/types';
import type { Recommendation, Scenario } from '../../../src/domain/types';
import { makeReview } from '../scenario/reviews';

/** Guidance as `buildGuidance` shapes it, for the scenario and recommendation a test is about. */
export function makeGuidance(scenario: Scenario, recommendation: Recommendation): Guidance {
  return {
    scenario,
    recommendation,
    reasons: [],
    reminders: scenario === 'spam' ? [] : ['thanks', 'proofread'],
    actionKey: `guidance.action.${scenario}`,
    responseTime: { status: 'overdue', ageHours: 30, targetHours: 24 },
  };
}

/** A named, unanswered, unedited 2-star review answered publicly, with an empty editor. */
export function makeFlowInput(overrides: Partial<FlowInput> = {}): FlowInput {
  const scenario = overrides.scenario ?? 'negative';
  return {
    review: makeReview({ stars: 2, text: 'The colours were duller than on the photos.' }),
    scenario,
    guidance: makeGuidance(scenario, scenario === 'spam' ? 'noPublicReply' : 'publicReply'),
    answerCheck: 'notAnswered',
    secondReplyConfirmed: false,
    reply: 'empty',
    ...overrides,
  };
}
