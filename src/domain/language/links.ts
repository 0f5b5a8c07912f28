import { MAX_ANALYSED_CHARS } from './textIndex';

/** The host of a link written with or without a scheme; null when it is not a web address. */
export function hostOf(link: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(link) ? link : `https://${link}`);
    return url.hostname.length > 0 ? url.hostname.toLowerCase().replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** trustpilot.com or one of its subdomains (not "trustpilot.com.example.org"). */
export const isTrustpilotHost = (host: string): boolean =>
  host === 'trustpilot.com' || host.endsWith('.trustpilot.com');

/** Link shorteners: a link through one hides where it leads, which genuine reviews have no need for. */
const SHORTENERS = new Set([
  'bit.ly',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'cutt.ly',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'rb.gy',
  'shorturl.at',
  't.ly',
  'tiny.cc',
  's.id',
  'shorte.st',
  'adf.ly',
  'bl.ink',
  'lnkd.in',
  'v.gd',
  'tr.im',
  'x.co',
]);

/** Whether the host belongs to a link shortener (bit.ly, tinyurl.com…). */
export const isShortener = (host: string): boolean => SHORTENERS.has(host);

/** Top-level domains a web address written without "https://" or "www." is recognised by. */
const TLDS = [
  'com',
  'net',
  'org',
  'info',
  'biz',
  'shop',
  'store',
  'online',
  'site',
  'top',
  'xyz',
  'club',
  'live',
  'link',
  'click',
  'io',
  'co',
  'me',
  'app',
  'ly',
  'gl',
  'gd',
  'at',
  'cc',
  'tv',
  'us',
  'uk',
  'eu',
  'de',
  'se',
  'dk',
  'no',
  'fi',
  'fr',
  'nl',
  'be',
  'ch',
  'es',
  'it',
  'pl',
  'ru',
  'cn',
];

// Each part is one bounded run ending at a dot, so matching stays linear in the text's length.
const SCHEMELESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._/-])(?:[\p{L}\p{N}][\p{L}\p{N}-]{0,62}\.){1,4}(?:${TLDS.join('|')})(?![\p{L}\p{N}-])(?:/[^\s<>"'\\)\]]{0,200})?`,
  'giu',
);
/** What every scheme-less address holds: a dot before a known ending. Most reviews have none, so the full search is skipped. */
const TLD_AFTER_DOT = new RegExp(String.raw`\.(?:${TLDS.join('|')})(?![\p{L}\p{N}-])`, 'iu');

/** Web addresses in a text or HTML: with a scheme, starting with "www.", or a domain such as "bit.ly/x" or "example.shop". */
export function findLinks(text: string): string[] {
  const sample = text.slice(0, MAX_ANALYSED_CHARS);
  const withScheme = sample.match(/\b(?:https?:\/\/|www\.)[^\s<>"'`\\)\]]+/gi) ?? [];
  // Drop the addresses already found, so their domains are not counted twice.
  const rest = sample.replace(/\b(?:https?:\/\/|www\.)[^\s<>"'`\\)\]]+/gi, ' ');
  const bare = TLD_AFTER_DOT.test(rest) ? (rest.match(SCHEMELESS) ?? []) : [];
  return [...new Set([...withScheme, ...bare].map((link) => link.replace(/[.,;:!?]+$/, '')))].slice(0, 200);
}
