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
export const isTrustpilotHost = (host: string): boolean => host === 'trustpilot.com' || host.endsWith('.trustpilot.com');

/** Web addresses in a text or HTML: with a scheme, or starting with "www.". */
export function findLinks(text: string): string[] {
  const sample = text.slice(0, MAX_ANALYSED_CHARS);
  const found = sample.match(/\b(?:https?:\/\/|www\.)[^\s<>"'`\\)\]]+/gi) ?? [];
  return [...new Set(found.map((link) => link.replace(/[.,;:!?]+$/, '')))].slice(0, 200);
}
