export { ReviewCard } from './ReviewCard';
export { ScenarioSwitcher } from './ScenarioSwitcher';
export { useAlreadyAnswered, type AlreadyAnsweredView } from './useAlreadyAnswered';
