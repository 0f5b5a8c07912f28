export { FOLLOW_EVENT, QUERY_EVENT, STATUS_EVENT, type FollowRequest, type PublicationUpdate } from './events';
export { startFollowUps, type FollowUpOptions } from './followUps';
export { PublicationStatus } from './PublicationStatus';
export { usePublicationStatus } from './usePublicationStatus';
