export { ReviewCard } from './ReviewCard';
export { ReviewDetails } from './ReviewDetails';
export { ScenarioSignals, ScenarioSwitcher } from './ScenarioSwitcher';
export { scenarioName } from './scenarioName';
export { useAlreadyAnswered, type AlreadyAnsweredView } from './useAlreadyAnswered';
