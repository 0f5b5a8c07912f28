import type { AnalysisLexicon } from '../lexicon';

/** Danish. */
export const da: AnalysisLexicon = {
  questionOpeners: [
    'kan i', 'kan du', 'hvornår', 'hvor er', 'hvorfor', 'hvordan', 'er det muligt', 'findes der',
    'hvor lang tid', 'hvem kan', 'kan man?', 'kan jeg?', 'kommer der?', 'er det mulig',
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
