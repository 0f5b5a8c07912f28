import type { CoreLexicon } from '../lexicon';

/** Italian. */
export const it: CoreLexicon = {
  commonWords: [
    'gli', 'di', 'che', 'è', 'per', 'non', 'sono', 'ho', 'molto', 'anche', 'della', 'questo', 'questa',
    'ordine', 'consegna', 'grazie', 'servizio', 'prodotto', 'ottimo', 'veloce', 'sempre', 'mai', 'stato',
    'stata', 'come', 'perché', 'più', 'alla', 'nel', 'nella', 'dei', 'delle', 'il', 'lo', 'la', 'le', 'un',
    'una', 'e', 'ma', 'mi', 'ha', 'con', 'da', 'del', 'al', 'ci', 'se', 'arrivato', 'ancora', 'tutto', 'dopo',
    'niente', 'nessuna',
  ],
  starWords: ['stella', 'stelle'],
  outOfWords: ['su'],
  ratingLabels: ['valutazione', 'voto', 'punteggio', 'stelle'],
  referenceLabels: ['numero d\'ordine', 'numero ordine', 'n. ordine', 'riferimento', 'ordine', 'numero fattura'],
  defaultTitles: ['nuova recensione trustpilot', 'nuova recensione su trustpilot', 'nuova recensione'],
  anonymousWords: ['anonimo', 'anonima', 'sconosciuto'],
  placeholderNameWords: ['trustpilot', 'recensore', 'utente', 'cliente'],
  honorifics: ['sig', 'sig.ra', 'signor', 'signore', 'signora', 'dott'],
};
