import type { FlowInput } from '../../src/domain/flow';
import { makeGuidance } from './guidance';
import { makeReview } from './review';

/** A named, unanswered, unedited 2-star review answered publicly, with an empty editor. */
export function makeFlowInput(overrides: Partial<FlowInput> = {}): FlowInput {
  const scenario = overrides.scenario ?? 'negative';
  return {
    review: makeReview({ stars: 2, title: null, text: 'The colours were duller than on the photos.' }),
    scenario,
    guidance: makeGuidance(scenario, scenario === 'spam' ? 'noPublicReply' : 'publicReply'),
    answerCheck: 'notAnswered',
    secondReplyConfirmed: false,
    reply: 'empty',
    ...overrides,
  };
}
