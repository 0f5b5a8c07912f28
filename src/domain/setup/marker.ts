import { SETUP_KEYS, type SetupKey } from './types';

/**
 * Every view and trigger the app creates carries this line at the end of its description, so it
 * is recognised even after it was renamed. Admins who remove the line detach the item from the app.
 */
const MARKER_PREFIX = 'trustpilot-reply-assistant:';

/** The marker line for an item, e.g. `[trustpilot-reply-assistant:view-new-reviews]`. */
const markerFor = (key: SetupKey): string => `[${MARKER_PREFIX}${key}]`;

const MARKER = /\[trustpilot-reply-assistant:([a-z-]+)\]/;

/** The item key a description's marker names, or null when it carries none (or an unknown one). */
export function markerKeyOf(description: string): SetupKey | null {
  const found = MARKER.exec(description)?.[1];
  return SETUP_KEYS.find((key) => key === found) ?? null;
}

/** A description made of a readable text and the marker line. */
export const describedWithMarker = (text: string, key: SetupKey): string =>
  text.trim() === '' ? markerFor(key) : `${text.trim()}\n\n${markerFor(key)}`;
