// What Zendesk's rich-text reply editor does to text: the agent sees lines, `comment.text`
// holds HTML paragraphs. Apps may write either plain text or HTML into it.

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Editor lines → the HTML `comment.text` returns (one `<p>` per line, `&nbsp;` for blank lines). */
export function plainToHtml(text) {
  if (text === '') return '';
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '<p>&nbsp;</p>' : `<p>${escapeHtml(line).replace(/ {2}/g, ' &nbsp;')}</p>`))
    .join('');
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

/** HTML written by an app → the lines the agent sees in the editor. Plain text passes through. */
export function htmlToPlain(value) {
  if (!/<[a-z!/]/i.test(value)) return value;
  // DOMParser documents are inert: nothing in them loads or runs.
  const doc = new DOMParser().parseFromString(`<body>${value}</body>`, 'text/html');
  const lines = [];
  let current = '';
  const flush = () => {
    lines.push(current.replace(/\u00a0/g, ' ').replace(/\s+$/, ''));
    current = '';
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) current += child.textContent.replace(/\s*\n\s*/g, ' ');
      else if (child.nodeName === 'BR') flush();
      else if (BLOCKS.has(child.nodeName)) {
        if (current !== '') flush();
        walk(child);
        if (current !== '' || child.nodeName === 'P') flush();
      } else walk(child);
    }
  };
  walk(doc.body);
  if (current !== '') flush();
  return lines.join('\n');
}
