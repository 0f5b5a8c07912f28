import type { CoreLexicon } from '../lexicon';

/** Norwegian (Bokmål, with common Nynorsk words). */
export const no: CoreLexicon = {
  commonWords: [
    'og', 'jeg', 'ikke', 'er', 'det', 'med', 'til', 'har', 'som', 'på', 'var', 'kan', 'vi', 'men', 'den',
    'av', 'mye', 'veldig', 'hva', 'noen', 'etter', 'hadde', 'ble', 'blir', 'kjøpt', 'takk', 'riktig', 'ut',
    'opp', 'seg', 'meg', 'deg', 'nå', 'ennå', 'hjelp', 'fikk', 'spørsmål', 'aldri', 'igjen', 'vår', 'våre',
    'litt', 'hvor', 'hvorfor', 'også', 'være', 'bare', 'fordi', 'dere', 'deres', 'ikkje', 'eg', 'frå', 'kva',
    'bestilte', 'mottatt', 'varen', 'mer', 'rask', 'raskt',
  ],
  starWords: ['stjerne', 'stjerner', 'stjernene'],
  outOfWords: ['av'],
  ratingLabels: ['vurdering', 'karakter', 'stjerner', 'terningkast'],
  referenceLabels: ['referansenummer', 'referanse', 'ordrenummer', 'ordrenr', 'ordre', 'bestillingsnummer', 'fakturanummer'],
  defaultTitles: ['ny trustpilot-anmeldelse', 'ny anmeldelse på trustpilot', 'ny anmeldelse'],
  anonymousWords: ['anonym', 'anonyme', 'ukjent'],
  placeholderNameWords: ['trustpilot', 'anmelder', 'bruker', 'kunde'],
  honorifics: ['herr', 'fru'],
};
