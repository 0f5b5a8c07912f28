// cyrb53: a fast 53-bit non-cryptographic hash. The stamp only has to change when the text does;
// nobody gains anything by forging one, so a synchronous hash that is quick on long text is right.
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The proofread stamp of a published text: its length and hash, so any edit changes it. */
export function stampFor(publishedText: string): string {
  return `v1:${publishedText.length}:${cyrb53(publishedText).toString(36)}`;
}

/** Whether a stamp was made for exactly this published text. */
export function isStampCurrent(stamp: string | null, publishedText: string): boolean {
  return stamp !== null && publishedText.length > 0 && stamp === stampFor(publishedText);
}
