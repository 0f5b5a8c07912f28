import type { CoreLexicon } from '../lexicon';

/** Finnish. */
export const fi: CoreLexicon = {
  commonWords: [
    'ja', 'on', 'ei', 'että', 'oli', 'olen', 'hyvä', 'kiitos', 'tilaus', 'toimitus', 'nopea', 'nopeasti',
    'erittäin', 'mutta', 'myös', 'kun', 'niin', 'vain', 'tuote', 'tuotteet', 'asiakaspalvelu', 'palvelu',
    'todella', 'kaikki', 'ole', 'oikein', 'jo', 'vielä', 'koska', 'minä', 'sain', 'tilasin', 'tuli', 'voi',
    'ovat', 'olisi', 'tämä', 'kanssa', 'paljon', 'aina', 'koskaan', 'mitään', 'miksi', 'miten', 'mikä',
    'milloin', 'suosittelen', 'ollut', 'joka', 'eikä', 'tilauksen', 'paketti', 'enää',
  ],
  starWords: ['tähti', 'tähteä', 'tähden', 'tähdet', 'tähtiä'],
  outOfWords: [],
  ratingLabels: ['arvosana', 'arvio', 'tähdet', 'tähtiarvio'],
  referenceLabels: ['viitenumero', 'viite', 'tilausnumero', 'tilaus', 'laskun numero'],
  defaultTitles: ['uusi trustpilot-arvostelu', 'uusi arvostelu trustpilotissa', 'uusi arvostelu'],
  anonymousWords: ['anonyymi', 'nimetön', 'tuntematon'],
  placeholderNameWords: ['trustpilot', 'arvostelija', 'käyttäjä', 'asiakas'],
  honorifics: [],
};
