import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_CHECKS,
  decideFlow,
  FLOW_HEADLINES,
  FLOW_STEP_KINDS,
  FLOW_WARNINGS,
  REPLY_STATES,
  type Flow,
  type FlowInput,
} from '../../../src/domain/flow';
import { SCENARIOS, type Recommendation } from '../../../src/domain/types';
import { ANONYMOUS_REVIEWER, makeGuidance, makeReview } from '../../factories';

/** The flow tests' reviews have no title and only the text a test gives. */
const UNTITLED = { title: null, text: '' };

const RECOMMENDATIONS: readonly Recommendation[] = ['publicReply', 'publicThenPrivate', 'noPublicReply'];
const PUBLIC_STEPS = new Set(['templates', 'proofread', 'readyToSend']);

/** Every combination the sidebar can be in, including guidance built for another scenario. */
const inputs = fc
  .record({
    scenario: fc.constantFrom(...SCENARIOS),
    guidanceScenario: fc.constantFrom(...SCENARIOS),
    recommendation: fc.constantFrom(...RECOMMENDATIONS),
    answerCheck: fc.constantFrom(...ANSWER_CHECKS),
    ticketSaysAnswered: fc.boolean(),
    secondReplyConfirmed: fc.boolean(),
    reply: fc.constantFrom(...REPLY_STATES),
    edited: fc.boolean(),
    starsConflict: fc.boolean(),
    anonymous: fc.boolean(),
    reviewUrl: fc.constantFrom(null, 'https://www.trustpilot.com/reviews/1', 'javascript:alert(1)'),
  })
  .map((c): FlowInput => ({
    review: makeReview({
      ...UNTITLED,
      stars: 3,
      alreadyAnswered: c.ticketSaysAnswered,
      edited: c.edited,
      starsConflict: c.starsConflict,
      reviewUrl: c.reviewUrl,
      ...(c.anonymous ? { reviewer: ANONYMOUS_REVIEWER } : {}),
    }),
    scenario: c.scenario,
    guidance: makeGuidance(c.guidanceScenario, c.recommendation),
    answerCheck: c.answerCheck,
    secondReplyConfirmed: c.secondReplyConfirmed,
    reply: c.reply,
  }));

const isSpam = (input: FlowInput) =>
  input.scenario === 'spam' || input.guidance.scenario === 'spam' || input.guidance.recommendation === 'noPublicReply';
const isAnswered = (input: FlowInput) => input.answerCheck === 'answered' || input.review.alreadyAnswered;
const mayBeAnswered = (input: FlowInput) => isAnswered(input) || input.answerCheck === 'failed';

/** The rules of docs/flow.md that no state may break; each returns a description of the break. */
function contradictions(input: FlowInput, flow: Flow): string[] {
  const broken: string[] = [];
  const spam = isSpam(input);
  const publicStep = PUBLIC_STEPS.has(flow.step.kind);
  const says = (rule: boolean, text: string) => {
    if (!rule) broken.push(text);
  };
  says(
    !(flow.headline === 'replyPublicly' && flow.warnings.includes('alreadyAnswered')),
    'Reply publicly beside already answered',
  );
  says(
    !(flow.headline === 'acknowledgePublicly' && flow.warnings.includes('alreadyAnswered')),
    'Acknowledge publicly beside already answered',
  );
  says(!(flow.headline !== 'noPublicReply' && flow.warnings.includes('spam')), 'a public headline beside spam');
  says(!(spam && flow.showResponseTime), 'response-time badge on spam');
  says(!(spam && publicStep), 'public reply prompt on spam');
  says(!spam || flow.step.kind === 'spamFlow', 'spam without the spam flow');
  says(!(isAnswered(input) && flow.showResponseTime), 'response-time badge on an answered review');
  says(!(isAnswered(input) && flow.warning !== 'alreadyAnswered'), 'answered review without its warning');
  says(
    !(publicStep && mayBeAnswered(input) && !input.secondReplyConfirmed),
    'public prompt before the duplicate confirmation',
  );
  says(!(flow.headline === 'noPublicReply' && publicStep), 'Don\u2019t reply publicly beside a public reply prompt');
  says(
    !(flow.headline === 'secondReply' && !(isAnswered(input) && input.secondReplyConfirmed)),
    'second reply headline unasked',
  );
  says(flow.secondReply === (!spam && mayBeAnswered(input) && input.secondReplyConfirmed), 'second reply flag');
  says(flow.step.kind !== 'templates' || input.reply === 'empty', 'templates over a draft');
  says(
    flow.step.kind !== 'readyToSend' ||
      (input.reply === 'proofread' &&
        (input.answerCheck === 'notAnswered' || (mayBeAnswered(input) && input.secondReplyConfirmed))),
    'ready to send before proofreading or the answer check',
  );
  says(
    flow.step.kind !== 'proofread' || input.reply === 'publicDraft' || input.reply === 'proofread',
    'proofreading without a public reply',
  );
  says(spam || input.reply !== 'internalNote' || flow.step.kind === 'internalNote', 'internal note asked for more');
  says(spam || input.reply !== 'unknown' || flow.step.kind === 'loading', 'a step before the draft is known');
  says(flow.warning === (flow.warnings[0] ?? null), 'header warning is not the first one');
  says(new Set(flow.warnings).size === flow.warnings.length, 'a warning twice');
  const order = flow.warnings.map((w) => FLOW_WARNINGS.indexOf(w));
  says(
    order.every((index, i) => index >= 0 && (i === 0 || index > (order[i - 1] ?? -1))),
    'warnings out of precedence',
  );
  says(
    !(flow.warnings.includes('answerCheckFailed') && (spam || isAnswered(input))),
    'check failure shown where it changes nothing',
  );
  says(FLOW_HEADLINES.includes(flow.headline) && FLOW_STEP_KINDS.includes(flow.step.kind), 'a code outside the lists');
  return broken;
}

describe('decideFlow never contradicts itself', () => {
  it('holds for generated combinations of every input', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(contradictions(input, decideFlow(input))).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('holds for every combination of scenario, guidance, answer check, confirmation, reply and warnings', () => {
    let checked = 0;
    for (const scenario of SCENARIOS)
      for (const guidanceScenario of SCENARIOS)
        for (const recommendation of RECOMMENDATIONS)
          for (const answerCheck of ANSWER_CHECKS)
            for (const alreadyAnswered of [false, true])
              for (const secondReplyConfirmed of [false, true])
                for (const reply of REPLY_STATES)
                  for (const edited of [false, true])
                    for (const anonymous of [false, true]) {
                      const input: FlowInput = {
                        review: makeReview({
                          ...UNTITLED,
                          alreadyAnswered,
                          edited,
                          ...(anonymous ? { reviewer: ANONYMOUS_REVIEWER } : {}),
                        }),
                        scenario,
                        guidance: makeGuidance(guidanceScenario, recommendation),
                        answerCheck,
                        secondReplyConfirmed,
                        reply,
                      };
                      const broken = contradictions(input, decideFlow(input));
                      if (broken.length > 0) expect({ input, broken }).toEqual({ input, broken: [] });
                      checked += 1;
                    }
    expect(checked).toBe(5 * 5 * 3 * 4 * 2 * 2 * 5 * 2 * 2);
  });

  it('offers neither templates nor "Ready to send" for an unknown reply state, or an unknown check unconfirmed', () => {
    const unknownCode = fc
      .string({ maxLength: 12 })
      .filter((value) => !(ANSWER_CHECKS as readonly string[]).concat(REPLY_STATES).includes(value));
    fc.assert(
      fc.property(inputs, unknownCode, fc.boolean(), (input, junk, junkIsCheck) => {
        const given = junkIsCheck
          ? { ...input, answerCheck: junk as FlowInput['answerCheck'], secondReplyConfirmed: false }
          : { ...input, reply: junk as FlowInput['reply'] };
        const flow = decideFlow(given);
        expect(FLOW_STEP_KINDS).toContain(flow.step.kind);
        expect(FLOW_HEADLINES).toContain(flow.headline);
        expect(['templates', 'readyToSend']).not.toContain(flow.step.kind);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a contradiction when one is there', () => {
    const input: FlowInput = {
      review: makeReview({ ...UNTITLED, alreadyAnswered: true }),
      scenario: 'negative',
      guidance: makeGuidance('negative', 'publicReply'),
      answerCheck: 'answered',
      secondReplyConfirmed: false,
      reply: 'empty',
    };
    const wrong: Flow = {
      ...decideFlow(input),
      headline: 'replyPublicly',
      showResponseTime: true,
      step: { kind: 'templates' },
    };
    expect(contradictions(input, wrong)).toEqual([
      'Reply publicly beside already answered',
      'response-time badge on an answered review',
      'public prompt before the duplicate confirmation',
    ]);
  });
});
