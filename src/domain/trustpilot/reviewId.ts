import { safeTrustpilotUrl } from '../review/findReference';

const ID = /^[A-Za-z0-9]{8,64}$/;

/**
 * The review id in a Trustpilot review link (`https://www.trustpilot.com/reviews/<id>`, any
 * country host); null for anything else. Never throws.
 */
export function reviewIdFromUrl(url: string | null): string | null {
  const safe = safeTrustpilotUrl(url);
  if (safe === null) return null;
  const segments = new URL(safe).pathname.split('/').filter((part) => part !== '');
  const at = segments.indexOf('reviews');
  const id = at >= 0 ? segments[at + 1] : undefined;
  return id !== undefined && ID.test(id) ? id : null;
}
