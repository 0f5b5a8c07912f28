import type { CoreLexicon } from '../lexicon';

/** Dutch. */
export const nl: CoreLexicon = {
  commonWords: [
    'het', 'een', 'niet', 'ik', 'van', 'dat', 'met', 'voor', 'zijn', 'maar', 'ook', 'heel', 'erg', 'wel',
    'geen', 'nog', 'naar', 'bij', 'mijn', 'jullie', 'hebben', 'heb', 'werd', 'goed', 'snel', 'besteld',
    'bedankt', 'bestelling', 'nooit', 'altijd', 'omdat', 'uw', 'waarom', 'hoe', 'wat', 'deze', 'dit', 'zeer',
    'echter', 'de', 'en', 'is', 'op', 'te', 'er', 'om', 'ze', 'je', 'al', 'ontvangen', 'had', 'heeft',
  ],
  starWords: ['ster', 'sterren'],
  outOfWords: ['van', 'uit'],
  ratingLabels: ['beoordeling', 'waardering', 'score', 'sterren'],
  referenceLabels: ['referentienummer', 'referentie', 'bestelnummer', 'ordernummer', 'bestelling', 'factuurnummer'],
  defaultTitles: ['nieuwe trustpilot-review', 'nieuwe trustpilot-beoordeling', 'nieuwe review', 'nieuwe beoordeling'],
  anonymousWords: ['anoniem', 'anonieme', 'onbekend'],
  placeholderNameWords: ['trustpilot', 'reviewer', 'recensent', 'gebruiker', 'klant'],
  honorifics: ['dhr', 'mevr', 'meneer', 'mevrouw'],
};
