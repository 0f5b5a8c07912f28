import { referenceLineValue, safeTrustpilotUrl } from './findReference';
import { decodeEntities, tidyText } from './htmlToText';

/**
 * A line holding only a link, after an optional short label ("Review:", "Lien vers l'avis :"):
 * the connector's line pointing to the review. The label is any few words, so every language's
 * wording is covered without a word list.
 */
const LINK_LINE =
  /^\s*(?:[\p{L}\p{M}][\p{L}\p{M}\p{N}' ’-]{0,40}?\s*[:\-–—]\s*)?<?(https?:\/\/[^\s<>]+?)>?[.,;]?\s*$/iu;

const isReviewLink = (line: string, reviewUrl: string): boolean => {
  const link = line.length <= 2_100 ? LINK_LINE.exec(line)?.[1] : undefined;
  return link !== undefined && safeTrustpilotUrl(decodeEntities(link)) === reviewUrl;
};

/**
 * The text without the lines that only repeat what the card shows on its own rows: the labelled
 * reference ("Reference number: ABC-123") and the link to the review ("Review: https://…").
 * A line is dropped only when it holds that same value, so nothing written is lost; a link inside
 * a sentence stays.
 */
export function withoutMetadataLines(text: string, reference: string | null, reviewUrl: string | null): string {
  if (reference === null && reviewUrl === null) return text;
  const lines = text.split('\n');
  const kept = lines.filter(
    (line) =>
      !(reference !== null && referenceLineValue(line) === reference) &&
      !(reviewUrl !== null && isReviewLink(line, reviewUrl)),
  );
  return kept.length === lines.length ? text : tidyText(kept.join('\n'));
}
