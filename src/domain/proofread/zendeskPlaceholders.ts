import type { UserSnapshot } from '../types';

/**
 * Values of Zendesk's own placeholders (`{{ticket.requester.first_name}}`…), by placeholder path.
 * A `Map`, so a path such as `constructor` can never reach an object's prototype.
 */
export type ZendeskValues = ReadonlyMap<string, string>;

export const NO_ZENDESK_VALUES: ZendeskValues = new Map();

export interface ZendeskValuesSource {
  ticketId: number | null;
  requester: Pick<UserSnapshot, 'name' | 'email'> | null;
  currentUser: Pick<UserSnapshot, 'name' | 'email'> | null;
}

const words = (name: string): string[] =>
  name
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);

function addUser(values: Map<string, string>, prefix: string, user: Pick<UserSnapshot, 'name' | 'email'> | null): void {
  if (user === null) return;
  const name = typeof user.name === 'string' ? user.name.trim() : '';
  const parts = words(name);
  values.set(`${prefix}.name`, name);
  // Zendesk splits a user's name into its first and last word.
  values.set(`${prefix}.first_name`, parts[0] ?? '');
  values.set(`${prefix}.last_name`, parts.length > 1 ? (parts[parts.length - 1] ?? '') : '');
  values.set(`${prefix}.email`, typeof user.email === 'string' ? user.email.trim() : '');
}

/**
 * The Zendesk placeholders the app can resolve from the ticket it has read: the requester's and
 * the current agent's name, first and last name and e-mail, and the ticket's id. Zendesk renders
 * these when a macro is applied and when the comment is added to the ticket; any other `{{…}}`
 * stays unresolved and blocks the reply.
 */
export function zendeskPlaceholderValues({ ticketId, requester, currentUser }: ZendeskValuesSource): ZendeskValues {
  const values = new Map<string, string>();
  addUser(values, 'ticket.requester', requester);
  addUser(values, 'current_user', currentUser);
  if (ticketId !== null) values.set('ticket.id', String(ticketId));
  return values;
}

const ZENDESK_PLACEHOLDER = /\{\{[ \t]{0,20}([a-z_]{1,40}(?:\.[a-z0-9_]{1,60}){1,4})[ \t]{0,20}\}\}/g;

/** The text with every Zendesk placeholder the app knows replaced by its value, as Zendesk will. */
export function resolveZendeskPlaceholders(text: string, values: ZendeskValues = NO_ZENDESK_VALUES): string {
  if (values.size === 0 || !text.includes('{{')) return text;
  return text.replace(ZENDESK_PLACEHOLDER, (whole, path: string) => values.get(path) ?? whole);
}
