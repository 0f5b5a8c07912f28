import type { ObjectsRead, Zendesk } from '../zaf/port';

/** The ticket and the agent: everything the card needs, in one batched `get`. */
export const STARTUP_PATHS = ['ticket', 'currentUser'] as const;

export type StartupValues = ObjectsRead<(typeof STARTUP_PATHS)[number]>;

/**
 * Asks for the start-up values as soon as the client exists. The SDK holds the request until
 * Zendesk registers the app and sends it at that moment, so the answer is on its way while
 * React is still rendering the registration.
 */
export function requestStartup(zendesk: Zendesk): Promise<StartupValues> {
  return zendesk.readObjects(STARTUP_PATHS);
}
