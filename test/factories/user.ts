import type { UserSnapshot } from '../../src/domain/types';

/** An end user with an id, a name, an e-mail address and a locale; override what a test is about. */
export function makeUser(overrides: Partial<UserSnapshot> = {}): UserSnapshot {
  return { id: 10, name: 'Anna Svensson', email: 'anna@example.com', role: 'end-user', locale: 'en-US', ...overrides };
}
