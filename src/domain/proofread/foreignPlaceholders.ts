import type { TextSpan } from './types';

// Placeholder styles of other tools that agents paste with macros: `{{customer_name}}`, `${x}`,
// `{name}`, `%NAME%`, `<<x>>`. Each alternative is bounded, so a start costs at most ~100 characters.
const FOREIGN =
  /\{\{[^{}\n]{1,100}\}\}|\$\{[^{}\n]{1,100}\}|\{[^{}\n]{1,60}\}|%[\p{L}_][\p{L}\p{N}_.]{0,60}%|<<[^<>\n]{1,60}>>/gu;
const HAS_LETTER = /\p{L}/u;

/**
 * Placeholders written in another tool's syntax, which Zendesk would publish as written. Run on
 * the text as it will appear, so Zendesk's own placeholders are already resolved by then.
 */
export function findForeignPlaceholders(text: string): TextSpan[] {
  if (!/[{%<]/.test(text)) return [];
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(FOREIGN)) {
    if (HAS_LETTER.test(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
