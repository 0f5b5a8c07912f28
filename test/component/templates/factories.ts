import type { UserSnapshot } from '../../../src/domain/types';

// The same review and settings as the templates' unit tests use.
export { makeReview, makeSettings } from '../../unit/templates/fixtures';

export const agent: UserSnapshot = { id: 5, name: 'Jonas Berg', email: 'jonas@nordlys.example', role: 'agent', locale: 'en-US' };
export const admin: UserSnapshot = { ...agent, id: 6, name: 'Ida Holm', role: 'admin' };
