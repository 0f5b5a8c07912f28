/**
 * Helpers for the text in Zendesk's reply editor. With the rich-text editor, `comment.text` is HTML,
 * so "empty" has several spellings and text written into it must be escaped HTML.
 */

const ENTITY_SPACE = /&nbsp;|&#160;|&#xa0;/gi;

/** Whether the editor holds nothing a person wrote: '', whitespace, `<p></p>`, `<p><br></p>`… */
export function isEditorEmpty(value: unknown): boolean {
  if (typeof value !== 'string') return true;
  const withoutTags = value.replace(/<[^>]*>/g, '').replace(ENTITY_SPACE, ' ');
  // An image or embed has no text but is still content.
  if (/<(img|video|iframe|object|embed|hr|table)\b/i.test(value)) return false;
  return withoutTags.trim() === '';
}

/** Whether the editor's text is HTML, i.e. the rich-text editor is in use. */
export const looksLikeHtml = (value: unknown): boolean =>
  typeof value === 'string' && /<\/?(p|br|div|span|strong|em|b|i|ul|ol|li|a)\b[^>]*>/i.test(value);

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain text as editor HTML: a `<p>` per paragraph, `<br>` for single line breaks, everything escaped. */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
