import type { CoreLexicon } from '../lexicon';

/** Danish. */
export const da: CoreLexicon = {
  commonWords: [
    'og', 'jeg', 'ikke', 'er', 'det', 'med', 'til', 'har', 'som', 'på', 'var', 'kan', 'vi', 'men', 'den',
    'af', 'meget', 'hvad', 'nogen', 'efter', 'havde', 'blev', 'bliver', 'købt', 'tak', 'rigtig', 'ud', 'op',
    'sig', 'mig', 'dig', 'nu', 'endnu', 'hjælp', 'fik', 'spørgsmål', 'aldrig', 'igen', 'vores', 'lidt',
    'hvor', 'hvorfor', 'også', 'være', 'kun', 'fordi', 'jeres', 'ville', 'skulle', 'hurtig', 'godt', 'fra',
    'bestilte', 'modtaget', 'varen', 'mere', 'selv', 'jer', 'pakken', 'stadig', 'gerne', 'dem', 'frem',
    'uger', 'dage', 'hele', 'sådan', 'uden', 'ordre', 'ingen', 'intet', 'hvornår', 'tilbage', 'leveret',
  ],
  starWords: ['stjerne', 'stjerner', 'stjernerne'],
  outOfWords: ['ud af', 'af'],
  ratingLabels: ['bedømmelse', 'vurdering', 'karakter', 'stjerner'],
  referenceLabels: ['referencenummer', 'reference', 'ordrenummer', 'ordrenr', 'ordre', 'bestillingsnummer', 'fakturanummer'],
  defaultTitles: ['ny trustpilot-anmeldelse', 'ny anmeldelse på trustpilot', 'ny anmeldelse'],
  anonymousWords: ['anonym', 'anonyme', 'ukendt'],
  placeholderNameWords: ['trustpilot', 'anmelder', 'bruger', 'kunde'],
  honorifics: ['hr', 'fru'],
};
