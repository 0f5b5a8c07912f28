import type { Guidance } from '../../src/domain/guidance/types';
import type { Recommendation, Scenario } from '../../src/domain/types';

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
