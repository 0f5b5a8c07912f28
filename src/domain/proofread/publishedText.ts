import { decodeEntities } from './entities';

const LOOKS_LIKE_HTML = /<\/?[a-zA-Z][^>]*>/;
const HAS_INVISIBLE_BLOCK = /<(?:script|style|head|title|template)\b/i;
const INVISIBLE_BLOCKS = /<(script|style|head|title|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// One pass over tags, comments and whitespace other than a single space (the common case is left alone).
const MARKUP = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|[\t\r\n\f][ \t\r\n\f]*| [ \t\r\n\f]+/g;
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'table', 'hr']);
const LINE_TAGS = new Set(['div', 'li', 'tr', 'section', 'article', 'header', 'footer', 'dd', 'dt']);

// Block boundaries are marked first and resolved afterwards, so `</div><div>` is one line break
// and `</p><p>` one blank line, however many tags meet there.
const LINE_MARK = '\u0001';
const PARAGRAPH_MARK = '\u0002';
const MARKS = /[\u0001\u0002](?: *[\u0001\u0002])*/g;

const markupToText = (whole: string, tag: string | undefined): string => {
  if (tag === undefined) return whole.startsWith('<') ? '' : ' ';
  const name = tag.toLowerCase();
  if (name === 'br') return '\n';
  if (PARAGRAPH_TAGS.has(name)) return PARAGRAPH_MARK;
  return LINE_TAGS.has(name) ? LINE_MARK : '';
};

const resolveMarks = (run: string): string => (run.includes(PARAGRAPH_MARK) ? '\n\n' : '\n');

// Zendesk publishes the comment's plain text: paragraphs separated by one blank line, no spaces
// at line ends, no-break spaces as ordinary spaces (the editor writes them to keep double spaces).
const tidy = (text: string): string =>
  text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * The text that will be published for a `comment.text` value: editor HTML (`<p>`, `<br>`,
 * entities) or plain text from the plain-text editor. Pure, no DOM; never throws.
 */
export function toPublishedText(commentText: unknown): string {
  if (typeof commentText !== 'string' || commentText.length === 0) return '';
  if (!LOOKS_LIKE_HTML.test(commentText)) return tidy(commentText.replace(/\r\n?/g, '\n'));
  const visible = HAS_INVISIBLE_BLOCK.test(commentText) ? commentText.replace(INVISIBLE_BLOCKS, '') : commentText;
  const text = visible.replace(/[\u0001\u0002]/g, '').replace(MARKUP, markupToText).replace(MARKS, resolveMarks);
  return tidy(decodeEntities(text));
}
