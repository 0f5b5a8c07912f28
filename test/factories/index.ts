/** One factory per domain object, shared by the unit and component tests. */
export { makeCheckContext } from './checkContext';
export { makeFlowInput } from './flow';
export { makeGuidance } from './guidance';
export { makeHistoryEntry, makeHistoryTicket, type HistoryEntryOverrides } from './history';
export { ANONYMOUS_REVIEWER, makeReview, makeReviewer } from './review';
export { makeSettings } from './settings';
export { makeComment, makeTicket } from './ticket';
export { makeTrustpilotReview } from './trustpilot';
export { makeUser } from './user';
