import type { Scenario } from '../types';

/** Why a scenario was chosen; stable codes, translated under `ui.scenario.signals`. */
export type ScenarioSignalCode =
  | 'starsFromTags'
  | 'starsFromText'
  | 'starsConflict'
  | 'starsMissing'
  | 'sentimentTag'
  | 'negativeWords'
  | 'positiveWords'
  | 'directQuestion'
  | 'questionMark'
  | 'strongDissatisfaction'
  | 'promotionalLink'
  | 'promotionalText'
  | 'manyLinks'
  | 'unrelated'
  | 'otherBusiness'
  | 'gibberish';

/** One reason for the scenario, with what the review said (untrusted text). */
export interface ScenarioSignal {
  code: ScenarioSignalCode;
  evidence?: string;
}

/** The detected scenario and the signals that led to it, deciding ones first. */
export interface ScenarioResult {
  scenario: Scenario;
  signals: ScenarioSignal[];
}
