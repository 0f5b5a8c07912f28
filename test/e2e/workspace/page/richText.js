// What Zendesk's rich-text reply editor does to text. In the stand-in editor a blank line
// separates paragraphs and a single line break is a soft break, so `comment.text` holds
// `<p>…</p>` per paragraph with `<br>` inside, as the rich editor writes it. Apps may write
// either plain text or HTML into it.

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Editor text → the HTML `comment.text` returns. */
export function plainToHtml(text) {
  return text
    .split(/\n[ \t]*\n\s*/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/ {2}/g, ' &nbsp;').replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'TABLE',
  'TR',
]);

/** Whether HTML written by an app starts a new block (a paragraph) rather than continuing a line. */
export const startsWithBlock = (value) => /^\s*<(p|div|h[1-6]|ul|ol|blockquote|pre|table)\b/i.test(value);

/** HTML written by an app → the editor's text (paragraphs apart by a blank line). Plain text passes through. */
export function htmlToPlain(value) {
  if (!/<[a-z!/]/i.test(value)) return value;
  // DOMParser documents are inert: nothing in them loads or runs.
  const doc = new DOMParser().parseFromString(`<body>${value}</body>`, 'text/html');
  const paragraphs = [];
  let current = '';
  const flush = () => {
    const text = current
      .replace(/\u00a0/g, ' ')
      .replace(/[ \t]+$/gm, '')
      .replace(/^\n+|\n+$/g, '');
    if (text.trim() !== '') paragraphs.push(text);
    current = '';
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) current += child.textContent.replace(/\s*\n\s*/g, ' ');
      else if (child.nodeName === 'BR') current += '\n';
      else if (BLOCKS.has(child.nodeName)) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(doc.body);
  flush();
  return paragraphs.join('\n\n');
}
