export { ReviewCard } from './ReviewCard';
export { ReviewDetails } from './ReviewDetails';
export { ScenarioSignals, ScenarioSwitcher } from './ScenarioSwitcher';
export { useAlreadyAnswered, type AlreadyAnsweredView } from './useAlreadyAnswered';
