/** Reviews longer than this are shown collapsed to about two lines of the sidebar, with "Show more". */
const COLLAPSED_CHARS = 80;

/**
 * The start of a long text for the collapsed view: cut at a word boundary near the limit,
 * never inside a surrogate pair, with an ellipsis. Texts within the limit come back whole.
 */
export function collapseText(text: string, limit = COLLAPSED_CHARS): { text: string; collapsed: boolean } {
  if (text.length <= limit) return { text, collapsed: false };
  let cut = text.slice(0, limit);
  const lastCode = cut.charCodeAt(cut.length - 1);
  if (lastCode >= 0xd800 && lastCode <= 0xdbff) cut = cut.slice(0, -1);
  const space = cut.search(/\s\S*$/);
  if (space > limit * 0.8) cut = cut.slice(0, space);
  return { text: `${cut.trimEnd()}…`, collapsed: true };
}
