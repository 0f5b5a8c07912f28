import type { CheckContext } from '../../src/domain/proofread/types';
import { makeReview } from './review';
import { makeSettings } from './settings';

/** What the reply checks get: the default review and settings, neutral scenario, nothing confirmed. */
export function makeCheckContext(overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    review: makeReview(),
    scenario: 'neutral',
    settings: makeSettings(),
    secondReplyConfirmed: false,
    ...overrides,
  };
}
