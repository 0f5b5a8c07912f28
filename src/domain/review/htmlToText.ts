/**
 * Turns untrusted HTML (or plain text) into plain text without a DOM: tags are dropped, the text
 * of <script>/<style> with them, block ends become line breaks, entities are decoded, paragraphs
 * are kept as blank-line-separated blocks. Linear in the input size; never throws.
 */

/** Elements whose content is not text for a reader. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'object']);
/** Elements that end a paragraph. */
const PARAGRAPH = new Set([
  'p',
  'div',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'table',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
]);
/** Elements that end a line. */
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd']);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  times: '×',
  star: '☆',
  starf: '★',
  aring: 'å',
  Aring: 'Å',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  uuml: 'ü',
  Uuml: 'Ü',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  Egrave: 'È',
  ecirc: 'ê',
  euml: 'ë',
  agrave: 'à',
  Agrave: 'À',
  acirc: 'â',
  ccedil: 'ç',
  Ccedil: 'Ç',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  igrave: 'ì',
  ograve: 'ò',
  oelig: 'œ',
  shy: '',
};

const fromCodePoint = (code: number): string =>
  Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : '\uFFFD';

/** Decodes character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return (Object.hasOwn(NAMED, ref) ? NAMED[ref] : undefined) ?? whole;
  });
}

const TAG_NAME = /<\/?([a-zA-Z][a-zA-Z0-9-]*)/y;

/** Removes markup; block boundaries become "\n" (line) or "\n\n" (paragraph). */
function stripTags(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const match = TAG_NAME.exec(html);
    const isDeclaration = html.startsWith('<!', lt) || html.startsWith('<?', lt);
    if (!match && !isDeclaration) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) {
      // An unclosed tag: nothing after it can be markup a browser would show, keep it as text.
      out.push(html.slice(lt));
      break;
    }
    const name = (match?.[1] ?? '').toLowerCase();
    const closing = html[lt + 1] === '/';
    i = gt + 1;
    if (!closing && RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      if (end < 0) break;
      const endGt = html.indexOf('>', end);
      i = endGt < 0 ? html.length : endGt + 1;
      continue;
    }
    if (PARAGRAPH.has(name)) out.push('\n\n');
    else if (LINE.has(name)) out.push('\n');
  }
  return out.join('');
}

/** Collapses spaces inside lines and keeps at most one blank line between paragraphs. */
export function tidyText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are removed from untrusted text on purpose
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
      // What trim() would still take from a line's ends once the spaces are collapsed.
      .replace(/[ \u1680\u2028\u2029\uFEFF]*\n[ \u1680\u2028\u2029\uFEFF]*/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/**
 * Known HTML elements: text without any of them is plain text, so a reviewer's "<great>" or
 * "a<b" stays as written instead of being taken for markup.
 */
const LOOKS_LIKE_HTML =
  /<\/?(?:p|br|div|span|a|img|script|style|strong|em|b|i|u|s|ul|ol|li|table|tbody|thead|tr|td|th|h[1-6]|blockquote|pre|code|iframe|svg|math|font|hr|section|article|header|footer|body|html|head|meta|link|base|form|input|button|select|video|audio|source|object|embed|template|noscript|textarea|title|small|sub|sup|del|ins|mark|center|details|summary|dialog|marquee)\b|<!--/i;

/** Plain text of an untrusted description (HTML or text); never throws. */
export function htmlToText(input: string): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  const text = LOOKS_LIKE_HTML.test(input) ? stripTags(input) : input;
  return tidyText(decodeEntities(text));
}
