import type { CoreLexicon } from '../lexicon';

/** German. */
export const de: CoreLexicon = {
  commonWords: [
    'und', 'ich', 'nicht', 'ist', 'die', 'der', 'das', 'ein', 'eine', 'mit', 'für', 'auf', 'sehr', 'wurde',
    'habe', 'hat', 'aber', 'auch', 'bei', 'wir', 'sie', 'mein', 'meine', 'es', 'zu', 'nach', 'noch',
    'schon', 'kein', 'keine', 'immer', 'nur', 'wie', 'warum', 'bestellt', 'lieferung', 'schnell', 'gut',
    'danke', 'dass', 'oder', 'wenn', 'von', 'uns', 'über', 'leider', 'bin', 'sind', 'wird', 'kann', 'gibt',
    'ware', 'war', 'wieder', 'einen', 'dem', 'den',
  ],
  starWords: ['stern', 'sterne', 'sternen'],
  outOfWords: ['von'],
  ratingLabels: ['bewertung', 'sterne', 'sternebewertung'],
  referenceLabels: ['referenznummer', 'referenz', 'bestellnummer', 'bestell-nr', 'auftragsnummer', 'bestellung', 'rechnungsnummer', 'kundennummer'],
  defaultTitles: ['neue trustpilot-bewertung', 'neue bewertung auf trustpilot', 'neue bewertung'],
  anonymousWords: ['anonym', 'anonymer', 'anonyme', 'unbekannt'],
  placeholderNameWords: ['trustpilot', 'bewerter', 'nutzer', 'benutzer', 'kunde', 'rezensent', 'verfasser'],
  honorifics: ['herr', 'frau', 'dr'],
};
