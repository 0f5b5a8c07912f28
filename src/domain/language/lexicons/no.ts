import type { Lexicon } from '../lexicon';

/** Norwegian (Bokmål, with common Nynorsk words). */
export const no: Lexicon = {
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
  questionOpeners: [
    'kan dere', 'kan du', 'når kommer', 'hvor er', 'hvorfor', 'hvordan', 'er det mulig', 'finnes det',
    'hvor lang tid', 'hvem kan',
  ],
  addressWords: ['dere', 'deres', 'du', 'deg', 'din', 'ditt', 'noen'],
  strongWords: [
    'svindel*', 'svindlere', 'aldri igjen', 'aldri mer', 'verste', 'elendig*', 'skandale*', 'tyver', 'tyveri',
    'løgnere', 'katastrofe*', 'unngå', 'drit*', 'useriøs*', 'lureri', 'latterlig*',
  ],
  threatWords: [
    'advokat*', 'politi*', 'forbrukerrådet', 'forliksrådet', 'anmelde dere', 'anmelder dere', 'saksøk*',
    'rettssak', 'domstol*',
  ],
  personalData: {
    order: ['ordre*', 'bestil*', 'faktura*', 'kvittering*', 'pakke*', 'sporingsnummer'],
    address: ['adresse*', 'postnummer', 'leveringsadresse*'],
    payment: ['betal*', 'refusjon*', 'tilbakebetal*', 'penger*', 'kortet', 'bankkort*', 'vipps', 'trukket'],
    account: ['konto*', 'logg inn', 'innlogging*', 'passord*', 'abonnement*', 'medlemskap*'],
  },
  topics: {
    delivery: ['lever*', 'frakt*', 'pakke*', 'forsink*', 'kom aldri', 'posten', 'bring', 'forsendelse*'],
    product: ['ødelagt*', 'skadet', 'defekt*', 'kvalitet*', 'feil vare', 'feil størrelse', 'mangle*'],
    service: ['kundeservice', 'kundestøtte', 'ingen svar', 'uhøflig*', 'svarer ikke'],
    technical: ['feilmelding*', 'virker ikke', 'fungerer ikke', 'nettside*', 'appen', 'teknisk*', 'krasjer'],
  },
  problemCues: [
    'dessverre', 'problem*', 'venter fortsatt', 'ikke mottatt', 'mangler', 'ødelagt*', 'reklamasjon*',
    'klage*', 'feil',
  ],
  positiveWords: ['bra', 'supert', 'utmerket', 'fantastisk*', 'perfekt', 'fornøyd', 'anbefal*', 'takk', 'vennlig*', 'rask'],
  negativeWords: ['dårlig*', 'forferdelig*', 'skuffe*', 'misfornøyd', 'verste', 'uhøflig*', 'uakseptabel*', 'sint', 'kan ikke anbefale'],
  promoPhrases: ['klikk her', 'kjøp nå', 'rabattkode', 'tjen penger', 'følg meg', 'besøk min'],
  unrelatedPhrases: ['feil firma', 'feil selskap', 'dette er en test', 'test anmeldelse'],
};
