import type { CoreLexicon } from '../lexicon';

/** English. Also holds the brand words that are the same in every language. */
export const en: CoreLexicon = {
  commonWords: [
    'the', 'and', 'with', 'this', 'that', 'have', 'has', 'had', 'not', 'they', 'very', 'you', 'your',
    'but', 'of', 'to', 'would', 'will', 'it', 'were', 'are', 'from', 'been', 'just', 'got', 'really',
    'which', 'what', 'when', 'there', 'their', 'our', 'did', 'didn\'t', 'don\'t', 'could', 'thank',
    'thanks', 'all', 'my', 'me', 'we', 'be', 'great', 'good', 'ordered', 'arrived', 'received',
    'never', 'again', 'after', 'about', 'because', 'still', 'no', 'if', 'or', 'so', 'time',
  ],
  starWords: ['star', 'stars'],
  outOfWords: ['out of', 'of'],
  ratingLabels: ['rating', 'star rating', 'stars', 'score', 'rated', 'trustscore'],
  referenceLabels: [
    'reference number', 'reference no', 'reference', 'ref', 'order number', 'order no', 'order id',
    'order', 'invoice number', 'booking reference', 'booking number',
  ],
  defaultTitles: ['new trustpilot review', 'trustpilot review', 'new review', 'trustpilot'],
  anonymousWords: ['anonymous', 'anon', 'unknown'],
  placeholderNameWords: ['trustpilot', 'reviewer', 'review', 'user', 'customer', 'consumer', 'the', 'a', 'an'],
  honorifics: ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir'],
};
