import type { Lexicon } from '../lexicon';

/** Danish. */
export const da: Lexicon = {
  commonWords: [
    'og', 'jeg', 'ikke', 'er', 'det', 'med', 'til', 'har', 'som', 'på', 'var', 'kan', 'vi', 'men', 'den',
    'af', 'meget', 'hvad', 'nogen', 'efter', 'havde', 'blev', 'bliver', 'købt', 'tak', 'rigtig', 'ud', 'op',
    'sig', 'mig', 'dig', 'nu', 'endnu', 'hjælp', 'fik', 'spørgsmål', 'aldrig', 'igen', 'vores', 'lidt',
    'hvor', 'hvorfor', 'også', 'være', 'kun', 'fordi', 'jeres', 'ville', 'skulle', 'hurtig', 'godt', 'fra',
    'bestilte', 'modtaget', 'varen', 'mere', 'selv',
  ],
  starWords: ['stjerne', 'stjerner', 'stjernerne'],
  outOfWords: ['ud af', 'af'],
  ratingLabels: ['bedømmelse', 'vurdering', 'karakter', 'stjerner'],
  referenceLabels: ['referencenummer', 'reference', 'ordrenummer', 'ordrenr', 'ordre', 'bestillingsnummer', 'fakturanummer'],
  defaultTitles: ['ny trustpilot-anmeldelse', 'ny anmeldelse på trustpilot', 'ny anmeldelse'],
  anonymousWords: ['anonym', 'anonyme', 'ukendt'],
  placeholderNameWords: ['trustpilot', 'anmelder', 'bruger', 'kunde'],
  honorifics: ['hr', 'fru'],
  questionOpeners: [
    'kan i', 'kan du', 'hvornår', 'hvor er', 'hvorfor', 'hvordan', 'er det muligt', 'findes der',
    'hvor lang tid', 'hvem kan',
  ],
  addressWords: ['jer', 'jeres', 'du', 'dig', 'din', 'dit', 'nogen'],
  strongWords: [
    'svindel*', 'svindlere', 'fup', 'aldrig igen', 'aldrig mere', 'værste', 'elendig*', 'skandale*', 'tyve',
    'tyveri', 'løgnere', 'katastrofe*', 'undgå', 'pis', 'lorte*', 'uhørt', 'useriøs*', 'snyd*', 'latterlig*',
  ],
  threatWords: [
    'advokat*', 'politi*', 'forbrugerklagenævnet', 'forbrugerombudsmanden', 'sagsanlæg*', 'anmelde jer',
    'anmelder jer', 'stævn*', 'retten',
  ],
  personalData: {
    order: ['ordre*', 'bestil*', 'faktura*', 'kvittering*', 'pakke*', 'trackingnummer'],
    address: ['adresse*', 'postnummer', 'leveringsadresse*'],
    payment: ['betal*', 'refunder*', 'tilbagebetal*', 'penge*', 'kortet', 'betalingskort*', 'mobilepay', 'trukket'],
    account: ['konto*', 'log ind', 'login', 'adgangskode*', 'kodeord*', 'abonnement*', 'medlemskab*'],
  },
  topics: {
    delivery: ['lever*', 'fragt*', 'pakke*', 'forsink*', 'kom aldrig', 'postnord', 'gls', 'forsendelse*'],
    product: ['i stykker', 'ødelagt*', 'defekt*', 'kvalitet*', 'forkert vare', 'forkert størrelse', 'mangle*'],
    service: ['kundeservice', 'intet svar', 'ingen svar', 'uhøflig*', 'svarer ikke'],
    technical: ['fejl*', 'virker ikke', 'fungerer ikke', 'hjemmeside*', 'appen', 'teknisk*', 'går ned'],
  },
  problemCues: [
    'desværre', 'problem*', 'venter stadig', 'ikke modtaget', 'mangler', 'i stykker', 'reklamation*',
    'klage*', 'forkert',
  ],
  positiveWords: ['god', 'godt', 'super', 'fremragende', 'fantastisk*', 'perfekt', 'tilfreds', 'anbefal*', 'tak', 'venlig*', 'hurtig'],
  negativeWords: ['dårlig*', 'forfærdelig*', 'skuffe*', 'utilfreds', 'værste', 'uhøflig*', 'uacceptabel*', 'vred', 'kan ikke anbefale'],
  promoPhrases: ['klik her', 'køb nu', 'rabatkode', 'tjen penge', 'følg mig', 'besøg min'],
  unrelatedPhrases: ['forkert firma', 'forkert virksomhed', 'dette er en test', 'test anmeldelse'],
};
