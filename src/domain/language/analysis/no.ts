import type { AnalysisLexicon } from '../lexicon';

/** Norwegian (Bokmål, with common Nynorsk words). */
export const no: AnalysisLexicon = {
  questionOpeners: [
    'kan dere', 'kan du', 'når kommer', 'hvor er', 'hvorfor', 'hvordan', 'er det mulig', 'finnes det',
    'hvor lang tid', 'hvem kan', 'kunne dere', 'vil dere', 'kan man?', 'kan jeg?', 'kommer det?',
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
    order: ['kom aldri', 'aldri kommet', 'ikke kommet', 'ikke mottatt', 'ødelagt*', 'skadet', 'feil vare', 'feil størrelse', 'mangler', 'ny vare', 'sporingsnummer'],
    address: ['feil adresse', 'ny adresse', 'leveringsadresse*'],
    payment: ['refusjon*', 'tilbakebetal*', 'pengene', 'pengene mine', 'penger tilbake', 'trukket to ganger', 'trukket dobbelt'],
    account: ['logg inn', 'logge inn', 'innlogging*', 'passord*', 'si opp', 'sagt opp'],
  },
  topics: {
    delivery: ['lever*', 'frakt*', 'pakke*', 'forsink*', 'kom aldri', 'posten', 'bring', 'forsendelse*'],
    product: ['ødelagt*', 'skadet', 'defekt*', 'kvalitet*', 'feil vare', 'feil størrelse', 'mangle*'],
    service: ['kundeservice', 'kundestøtte', 'ingen svar', 'uhøflig*', 'svarer ikke'],
    technical: ['feilmelding*', 'virker ikke', 'fungerer ikke', 'teknisk*', 'krasjer'],
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
