import type { Translate } from '../../i18n/I18nProvider';
import type { ScenarioSignal } from '../../domain/scenario/types';
import type { Scenario } from '../../domain/types';

/** The scenario's name in the UI language. */
export const scenarioName = (t: Translate, scenario: Scenario): string => t(`scenario.names.${scenario}`);

/** One signal as a sentence, with the review's words in it. */
export const signalText = (t: Translate, signal: ScenarioSignal): string =>
  t(`scenario.signals.${signal.code}`, { evidence: signal.evidence ?? '' });
