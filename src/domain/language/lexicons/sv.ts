import type { CoreLexicon } from '../lexicon';

/** Swedish. */
export const sv: CoreLexicon = {
  commonWords: [
    'och', 'att', 'det', 'är', 'jag', 'inte', 'som', 'för', 'mycket', 'tack', 'också', 'från', 'när',
    'där', 'här', 'varför', 'hur', 'vad', 'sedan', 'väldigt', 'skulle', 'kunde', 'fick', 'hade', 'ingen',
    'inget', 'eller', 'beställde', 'leverans', 'dock', 'vara', 'mig', 'min', 'mitt', 'av', 'till', 'med',
    'på', 'har', 'var', 'en', 'ett', 'de', 'om', 'så', 'men', 'kan', 'vi', 'ni', 'bra', 'än', 'bara',
    'aldrig', 'igen', 'snabb', 'snabbt', 'kom', 'även', 'efter', 'över', 'måste', 'någon',
  ],
  starWords: ['stjärna', 'stjärnor', 'stjärnorna'],
  outOfWords: ['av'],
  ratingLabels: ['betyg', 'omdöme', 'stjärnor', 'stjärnbetyg'],
  referenceLabels: ['referensnummer', 'referens', 'ordernummer', 'ordernr', 'order', 'beställningsnummer', 'bokningsnummer'],
  defaultTitles: ['nytt trustpilot-omdöme', 'nytt omdöme på trustpilot', 'ny trustpilot-recension', 'nytt omdöme'],
  anonymousWords: ['anonym', 'anonyma', 'okänd'],
  placeholderNameWords: ['trustpilot', 'recensent', 'användare', 'kund', 'skribent'],
  honorifics: ['herr', 'fru'],
};
