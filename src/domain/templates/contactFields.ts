import type { KnownPlaceholder, OpenPlaceholder } from './types';

/** The placeholders that hold the company's contact details: `[our email]`, `[our phone]`, `[email/phone]`. */
export const CONTACT_PLACEHOLDERS: ReadonlySet<KnownPlaceholder> = new Set<KnownPlaceholder>([
  'supportEmail',
  'supportPhone',
  'supportContact',
]);

/**
 * What the agent typed into the template's contact fields (the settings name no support e-mail or
 * phone, so the template asks for them), each trimmed, blank ones left out. Never throws.
 */
export function typedContactFields(
  fields: readonly OpenPlaceholder[],
  typed: Readonly<Record<string, string>>,
): string[] {
  if (!Array.isArray(fields) || typed === null || typeof typed !== 'object') return [];
  const list: readonly OpenPlaceholder[] = fields;
  const values: string[] = [];
  for (const field of list) {
    if (field.known === null || !CONTACT_PLACEHOLDERS.has(field.known) || !Object.hasOwn(typed, field.key)) continue;
    const value = typed[field.key];
    if (typeof value === 'string' && value.trim() !== '' && !values.includes(value.trim())) values.push(value.trim());
  }
  return values;
}
