import { describe, expect, it } from 'vitest';
import { decideFlow, type Flow, type FlowInput } from '../../../src/domain/flow';
import { ANONYMOUS_REVIEWER, makeFlowInput, makeGuidance, makeReview } from '../../factories';

/** The flow tests' reviews have no title and only the text a test gives. */
const UNTITLED = { title: null, text: '' };

const answeredReview = makeReview({ ...UNTITLED, stars: 2, alreadyAnswered: true });
const editedReview = makeReview({ ...UNTITLED, stars: 2, edited: true });
const conflictReview = makeReview({ ...UNTITLED, stars: 2, starsConflict: true, starsFromText: 4 });
const anonymousReview = makeReview({ ...UNTITLED, stars: 2, reviewer: ANONYMOUS_REVIEWER });
const editedAnonymousReview = makeReview({ ...UNTITLED, stars: 2, edited: true, reviewer: ANONYMOUS_REVIEWER });
const REVIEW_URL = 'https://www.trustpilot.com/reviews/64a1b2c3d4e5f60718293a4b';
const spamWithLink = makeReview({ ...UNTITLED, stars: 5, reviewUrl: REVIEW_URL });
const spamWithForeignLink = makeReview({ ...UNTITLED, stars: 5, reviewUrl: 'https://trustpilot.com.example.net/r/1' });
const privateGuidance = makeGuidance('negative', 'publicThenPrivate');
const spamGuidance = makeGuidance('spam', 'noPublicReply');

interface Row {
  state: string;
  input: Partial<FlowInput>;
  expected: Flow;
}

const shown = (overrides: Partial<Flow>): Flow => ({
  headline: 'replyPublicly',
  warning: null,
  warnings: [],
  showResponseTime: true,
  secondReply: false,
  step: { kind: 'templates' },
  ...overrides,
});

// The table of states in docs/flow.md, row by row.
const TABLE: Row[] = [
  { state: 'no draft yet', input: {}, expected: shown({}) },
  {
    state: 'draft not read yet',
    input: { reply: 'unknown' },
    expected: shown({ step: { kind: 'loading', waitingFor: 'reply' } }),
  },
  {
    state: 'empty editor while the answer check runs',
    input: { answerCheck: 'checking' },
    expected: shown({ step: { kind: 'loading', waitingFor: 'answerCheck' } }),
  },
  {
    state: 'public reply in the editor',
    input: { reply: 'publicDraft' },
    expected: shown({ step: { kind: 'proofread' } }),
  },
  {
    state: 'public reply while the answer check runs',
    input: { reply: 'publicDraft', answerCheck: 'checking' },
    expected: shown({ step: { kind: 'proofread' } }),
  },
  { state: 'proofread', input: { reply: 'proofread' }, expected: shown({ step: { kind: 'readyToSend' } }) },
  {
    state: 'proofread while the answer check runs: not ready yet',
    input: { reply: 'proofread', answerCheck: 'checking' },
    expected: shown({ step: { kind: 'proofread' } }),
  },
  { state: 'internal note', input: { reply: 'internalNote' }, expected: shown({ step: { kind: 'internalNote' } }) },
  {
    state: 'private follow-up recommended',
    input: { guidance: privateGuidance, reply: 'publicDraft' },
    expected: shown({ headline: 'acknowledgePublicly', step: { kind: 'proofread' } }),
  },
  {
    state: 'already answered (comments API)',
    input: { answerCheck: 'answered' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'alreadyAnswered',
      warnings: ['alreadyAnswered'],
      showResponseTime: false,
      step: { kind: 'confirmSecondReply', because: 'answered' },
    }),
  },
  {
    state: 'already answered (ticket data) while the check runs',
    input: { review: answeredReview, answerCheck: 'checking', reply: 'publicDraft' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'alreadyAnswered',
      warnings: ['alreadyAnswered'],
      showResponseTime: false,
      step: { kind: 'confirmSecondReply', because: 'answered' },
    }),
  },
  {
    state: 'already answered (Trustpilot) although the comments API saw none',
    input: { review: answeredReview, answerCheck: 'notAnswered', reply: 'proofread' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'alreadyAnswered',
      warnings: ['alreadyAnswered'],
      showResponseTime: false,
      step: { kind: 'confirmSecondReply', because: 'answered' },
    }),
  },
  {
    state: 'already answered, second reply confirmed, no draft',
    input: { answerCheck: 'answered', secondReplyConfirmed: true },
    expected: shown({
      headline: 'secondReply',
      warning: 'alreadyAnswered',
      warnings: ['alreadyAnswered'],
      showResponseTime: false,
      secondReply: true,
      step: { kind: 'templates' },
    }),
  },
  {
    state: 'already answered, second reply confirmed and proofread',
    input: { answerCheck: 'answered', secondReplyConfirmed: true, reply: 'proofread', guidance: privateGuidance },
    expected: shown({
      headline: 'secondReply',
      warning: 'alreadyAnswered',
      warnings: ['alreadyAnswered'],
      showResponseTime: false,
      secondReply: true,
      step: { kind: 'readyToSend' },
    }),
  },
  {
    state: 'already answered, internal note',
    input: { answerCheck: 'answered', reply: 'internalNote' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'alreadyAnswered',
      warnings: ['alreadyAnswered'],
      showResponseTime: false,
      step: { kind: 'internalNote' },
    }),
  },
  {
    state: 'answer check failed: fails closed',
    input: { answerCheck: 'failed' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'answerCheckFailed',
      warnings: ['answerCheckFailed'],
      step: { kind: 'confirmSecondReply', because: 'checkFailed' },
    }),
  },
  {
    state: 'answer check failed, proofread reply still needs the confirmation',
    input: { answerCheck: 'failed', reply: 'proofread' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'answerCheckFailed',
      warnings: ['answerCheckFailed'],
      step: { kind: 'confirmSecondReply', because: 'checkFailed' },
    }),
  },
  {
    state: 'answer check failed, reply confirmed',
    input: { answerCheck: 'failed', secondReplyConfirmed: true, reply: 'publicDraft', guidance: privateGuidance },
    expected: shown({
      headline: 'acknowledgePublicly',
      warning: 'answerCheckFailed',
      warnings: ['answerCheckFailed'],
      secondReply: true,
      step: { kind: 'proofread' },
    }),
  },
  {
    state: 'answer check failed, internal note needs no confirmation',
    input: { answerCheck: 'failed', reply: 'internalNote' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'answerCheckFailed',
      warnings: ['answerCheckFailed'],
      step: { kind: 'internalNote' },
    }),
  },
  {
    state: 'spam, empty editor',
    input: { scenario: 'spam', guidance: spamGuidance, review: spamWithLink },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'spam',
      warnings: ['spam'],
      showResponseTime: false,
      step: { kind: 'spamFlow', publicDraft: false, reviewLink: REVIEW_URL },
    }),
  },
  {
    state: 'spam with a public reply in the editor',
    input: { scenario: 'spam', guidance: spamGuidance, reply: 'proofread', review: spamWithForeignLink },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'spam',
      warnings: ['spam'],
      showResponseTime: false,
      step: { kind: 'spamFlow', publicDraft: true, reviewLink: null },
    }),
  },
  {
    state: 'spam while the draft and the answer check are unknown',
    input: { scenario: 'spam', guidance: spamGuidance, reply: 'unknown', answerCheck: 'checking' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'spam',
      warnings: ['spam'],
      showResponseTime: false,
      step: { kind: 'spamFlow', publicDraft: false, reviewLink: null },
    }),
  },
  {
    state: 'spam whose answer check failed: no confirmation, no check warning',
    input: { scenario: 'spam', guidance: spamGuidance, answerCheck: 'failed', reply: 'publicDraft' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'spam',
      warnings: ['spam'],
      showResponseTime: false,
      step: { kind: 'spamFlow', publicDraft: true, reviewLink: null },
    }),
  },
  {
    state: 'spam already answered',
    input: { scenario: 'spam', guidance: spamGuidance, answerCheck: 'answered', reply: 'internalNote' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'alreadyAnswered',
      warnings: ['alreadyAnswered', 'spam'],
      showResponseTime: false,
      step: { kind: 'spamFlow', publicDraft: false, reviewLink: null },
    }),
  },
  {
    state: 'spam chosen while the guidance is still the old scenario',
    input: { scenario: 'spam', guidance: makeGuidance('positive', 'publicReply') },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'spam',
      warnings: ['spam'],
      showResponseTime: false,
      step: { kind: 'spamFlow', publicDraft: false, reviewLink: null },
    }),
  },
  {
    state: 'spam guidance while the scenario is still the old one',
    input: { scenario: 'positive', guidance: spamGuidance, reply: 'publicDraft' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'spam',
      warnings: ['spam'],
      showResponseTime: false,
      step: { kind: 'spamFlow', publicDraft: true, reviewLink: null },
    }),
  },
  {
    state: 'edited review',
    input: { review: editedReview },
    expected: shown({ warning: 'edited', warnings: ['edited'] }),
  },
  {
    state: 'stars of tags and text disagree',
    input: { review: conflictReview, reply: 'publicDraft' },
    expected: shown({ warning: 'edited', warnings: ['edited'], step: { kind: 'proofread' } }),
  },
  {
    state: 'anonymous reviewer',
    input: { review: anonymousReview, guidance: privateGuidance },
    expected: shown({ headline: 'acknowledgePublicly', warning: 'anonymous', warnings: ['anonymous'] }),
  },
  {
    state: 'edited and anonymous: edited first',
    input: { review: editedAnonymousReview, guidance: privateGuidance },
    expected: shown({ headline: 'acknowledgePublicly', warning: 'edited', warnings: ['edited', 'anonymous'] }),
  },
  {
    state: 'answer check failed on an edited anonymous review',
    input: { review: editedAnonymousReview, guidance: privateGuidance, answerCheck: 'failed' },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'answerCheckFailed',
      warnings: ['answerCheckFailed', 'edited', 'anonymous'],
      step: { kind: 'confirmSecondReply', because: 'checkFailed' },
    }),
  },
  {
    state: 'spam from an edited anonymous reviewer',
    input: { review: editedAnonymousReview, scenario: 'spam', guidance: spamGuidance },
    expected: shown({
      headline: 'noPublicReply',
      warning: 'spam',
      warnings: ['spam', 'edited', 'anonymous'],
      showResponseTime: false,
      step: { kind: 'spamFlow', publicDraft: false, reviewLink: null },
    }),
  },
];

describe('decideFlow: the table of states', () => {
  it.each(TABLE)('$state', ({ input, expected }) => {
    expect(decideFlow(makeFlowInput(input))).toEqual(expected);
  });

  it('does not change its input', () => {
    const input = makeFlowInput({ review: editedAnonymousReview, answerCheck: 'failed' });
    const copy = structuredClone(input);
    decideFlow(input);
    expect(input).toEqual(copy);
  });

  it('reads a review without a reviewer or flags as a named, unedited one', () => {
    const bare = {
      ...makeReview({ ...UNTITLED, stars: 2 }),
      reviewer: undefined,
      edited: undefined,
    } as unknown as FlowInput['review'];
    expect(decideFlow(makeFlowInput({ review: bare }))).toEqual(shown({}));
  });

  it.each(['other', 'toString', '__proto__'])(
    'treats the unknown recommendation %s as a private follow-up',
    (value) => {
      const guidance = {
        ...makeGuidance('negative', 'publicReply'),
        recommendation: value,
      } as unknown as FlowInput['guidance'];
      expect(decideFlow(makeFlowInput({ guidance })).headline).toBe('acknowledgePublicly');
    },
  );
});

describe('decideFlow on values outside its codes', () => {
  it('treats an unknown answer check as a failed one', () => {
    const answerCheck = 'maybe' as FlowInput['answerCheck'];
    expect(decideFlow(makeFlowInput({ answerCheck, reply: 'proofread' }))).toEqual(
      shown({
        headline: 'noPublicReply',
        warning: 'answerCheckFailed',
        warnings: ['answerCheckFailed'],
        step: { kind: 'confirmSecondReply', because: 'checkFailed' },
      }),
    );
  });

  it('treats an unknown reply state as a public reply to proofread', () => {
    const reply = 'sent' as FlowInput['reply'];
    expect(decideFlow(makeFlowInput({ reply })).step).toEqual({ kind: 'proofread' });
  });

  it('counts only a real true as a confirmation', () => {
    const secondReplyConfirmed = 'yes' as unknown as boolean;
    expect(decideFlow(makeFlowInput({ answerCheck: 'answered', secondReplyConfirmed })).step).toEqual({
      kind: 'confirmSecondReply',
      because: 'answered',
    });
  });
});

describe('decideFlow without a review or guidance', () => {
  it('answers the careful advice instead of throwing', () => {
    const input = { ...makeFlowInput(), review: undefined, guidance: undefined } as unknown as FlowInput;
    expect(decideFlow(input)).toEqual(shown({ headline: 'acknowledgePublicly' }));
  });
});
