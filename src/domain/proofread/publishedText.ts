import { decodeEntities } from './entities';

// The start of something that may be a tag; whether it is one depends on a `>` after it.
const TAG_START = /<\/?[a-zA-Z]/;
const INVISIBLE_BLOCK_START = /<(script|style|head|title|template)\b/gi;
const PARAGRAPH_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'table',
  'hr',
]);
const LINE_TAGS = new Set(['div', 'li', 'tr', 'section', 'article', 'header', 'footer', 'dd', 'dt']);

// Block boundaries are marked first and resolved afterwards, so `</div><div>` is one line break
// and `</p><p>` one blank line, however many tags meet there.
const LINE_MARK = '\u0001';
const PARAGRAPH_MARK = '\u0002';
// eslint-disable-next-line no-control-regex -- the markers are control characters that never occur in a comment
const MARKS = /[\u0001\u0002](?: *[\u0001\u0002])*/g;

const markupFor = (name: string): string => {
  if (name === 'br') return '\n';
  if (PARAGRAPH_TAGS.has(name)) return PARAGRAPH_MARK;
  return LINE_TAGS.has(name) ? LINE_MARK : '';
};

const isNameChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;

/**
 * Finds the next occurrence of something after `from`, remembering the answer: positions only
 * grow while the text is scanned, so each search covers new ground and the whole scan stays
 * linear even when thousands of `<a` or `<!--` are never closed.
 */
function forwardSearch(find: (from: number) => number): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = find(from);
    return found;
  };
}

/** `<script>`, `<style>` and the like with everything inside them removed, in linear time. */
function withoutInvisibleBlocks(html: string): string {
  INVISIBLE_BLOCK_START.lastIndex = 0;
  if (!INVISIBLE_BLOCK_START.test(html)) return html;
  const nextGt = forwardSearch((from) => html.indexOf('>', from));
  const closers = new Map<string, (from: number) => number>();
  const closerOf = (name: string) => {
    let find = closers.get(name);
    if (find === undefined) {
      const pattern = new RegExp(`</${name}\\s*>`, 'gi');
      find = forwardSearch((from) => {
        pattern.lastIndex = from;
        return pattern.exec(html)?.index ?? -1;
      });
      closers.set(name, find);
    }
    return find;
  };
  const out: string[] = [];
  let copied = 0;
  INVISIBLE_BLOCK_START.lastIndex = 0;
  for (let match = INVISIBLE_BLOCK_START.exec(html); match !== null; match = INVISIBLE_BLOCK_START.exec(html)) {
    const gt = nextGt(match.index + match[0].length);
    const close = gt === -1 ? -1 : closerOf((match[1] ?? '').toLowerCase())(gt + 1);
    if (close === -1) continue;
    out.push(html.slice(copied, match.index));
    copied = nextGt(close) + 1;
    INVISIBLE_BLOCK_START.lastIndex = copied;
  }
  out.push(html.slice(copied));
  return out.join('');
}

/** Tags, comments and source whitespace of editor HTML turned into text and block marks, in one pass. */
function scanMarkup(html: string): string {
  const nextGt = forwardSearch((from) => html.indexOf('>', from));
  const nextCommentEnd = forwardSearch((from) => html.indexOf('-->', from));
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  const emit = (upTo: number, text: string, resume: number) => {
    if (upTo > copied) out.push(html.slice(copied, upTo));
    out.push(text);
    copied = resume;
    i = resume;
  };
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (isSpace(code)) {
      let end = i + 1;
      while (end < html.length && isSpace(html.charCodeAt(end))) end += 1;
      if (end - i > 1 || code !== 32) emit(i, ' ', end);
      else i = end;
      continue;
    }
    if (code !== 60) {
      i += 1;
      continue;
    }
    if (html.startsWith('<!--', i)) {
      const close = nextCommentEnd(i + 4);
      if (close !== -1) {
        emit(i, '', close + 3);
        continue;
      }
    }
    const closing = html.charCodeAt(i + 1) === 47;
    const nameStart = closing ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd += 1;
    const first = html.charCodeAt(nameStart);
    const startsWithLetter = (first >= 97 && first <= 122) || (first >= 65 && first <= 90);
    const gt = startsWithLetter && html.charCodeAt(nameEnd) !== 95 ? nextGt(nameEnd) : -1;
    if (gt === -1) {
      i = nameStart;
      continue;
    }
    emit(i, markupFor(html.slice(nameStart, nameEnd).toLowerCase()), gt + 1);
  }
  if (copied < html.length) out.push(html.slice(copied));
  return out.join('');
}

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
  const tagStart = TAG_START.exec(commentText);
  if (tagStart === null || commentText.indexOf('>', tagStart.index) === -1) {
    return tidy(commentText.replace(/\r\n?/g, '\n'));
  }
  // eslint-disable-next-line no-control-regex -- the markers are control characters that never occur in a comment
  const html = commentText.replace(/[\u0001\u0002]/g, '');
  const text = scanMarkup(withoutInvisibleBlocks(html)).replace(MARKS, resolveMarks);
  return tidy(decodeEntities(text));
}
