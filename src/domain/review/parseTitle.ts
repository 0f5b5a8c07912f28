import { REVIEW_LANGUAGES } from '../types';
import { LEXICONS } from '../language/lexicons';
import { tidyText } from './htmlToText';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface DefaultTitle {
  pattern: RegExp;
  /** A connector default naming Trustpilot: anything appended without a separator is still the default. */
  branded: boolean;
}

const DEFAULT_TITLES: DefaultTitle[] = [
  ...new Set(REVIEW_LANGUAGES.flatMap((language) => LEXICONS[language].defaultTitles)),
]
  .sort((a, b) => b.length - a.length)
  .map((title) => ({
    pattern: new RegExp(`^${escape(title).replace(/[\s-]+/g, '[\\s\\-–]*')}(?![\\p{L}\\p{N}])(.*)$`, 'iu'),
    branded: title.includes('trustpilot') && title.includes(' '),
  }));

const SEPARATOR = /^\s*[:\-–—|]+\s*/u;

/**
 * The review title from the ticket subject; null for a connector default ("New Trustpilot review"
 * in any supported language) or an empty subject. "New Trustpilot review: Great shop" → "Great shop".
 */
export function parseTitle(subject: string): string | null {
  const title = tidyText(typeof subject === 'string' ? subject.slice(0, 2_000) : '').replace(/\s+/g, ' ');
  if (title === '') return null;
  for (const { pattern, branded } of DEFAULT_TITLES) {
    const rest = pattern.exec(title)?.[1];
    if (rest === undefined) continue;
    if (rest.trim() === '') return null;
    const separator = SEPARATOR.exec(rest);
    if (separator) {
      const remainder = rest.slice(separator[0].length).trim();
      return remainder === '' ? null : remainder;
    }
    if (branded) return null;
  }
  return title;
}
