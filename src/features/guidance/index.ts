export { BestPractices, GuidanceReasons } from './GuidancePanel';
export { ResponseBadge } from './ResponseBadge';
