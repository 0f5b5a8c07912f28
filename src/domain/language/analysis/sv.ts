import type { AnalysisLexicon } from '../lexicon';

/** Swedish. */
export const sv: AnalysisLexicon = {
  questionOpeners: [
    'kan ni', 'kan du', 'hur gör jag', 'hur kan jag', 'när kommer', 'var är', 'varför', 'finns det',
    'går det att', 'hur lång', 'när får jag', 'vem kan', 'skulle ni', 'kunde ni', 'kan man?', 'kan jag?',
    'kommer det?', 'är det möjligt',
  ],
  addressWords: ['ni', 'er', 'ert', 'era', 'du', 'dig', 'din', 'ditt', 'någon'],
  strongWords: [
    'bedrägeri*', 'bedragare', 'bluff*', 'aldrig mer', 'aldrig igen', 'sämsta', 'värdelös*', 'skandal*',
    'tjuv*', 'lurendrej*', 'oseriös*', 'uselt', 'usla', 'katastrof*', 'undvik', 'skit*', 'fy fan',
    'vidrig*', 'svindel', 'skämt',
  ],
  threatWords: [
    'advokat*', 'polisen', 'polisanmäl*', 'anmäla er', 'anmäler er', 'allmänna reklamationsnämnden', 'arn',
    'konsumentverket', 'stämma er', 'kronofogden', 'tingsrätt*', 'domstol*',
  ],
  personalData: {
    order: ['order*', 'beställ*', 'kvitto*', 'faktura*', 'paket*', 'spårningsnummer', 'bokning*'],
    address: ['adress*', 'postnummer', 'leveransadress*'],
    payment: [
      'betal*', 'återbetal*', 'pengar*', 'kortet', 'bankkort*', 'kreditkort*', 'klarna', 'swish', 'debiter*',
      'dragit pengar', 'dragits',
    ],
    account: ['konto*', 'logga in', 'inloggning*', 'lösenord*', 'prenumeration*', 'medlemskap*'],
  },
  topics: {
    delivery: ['lever*', 'frakt*', 'paket*', 'försen*', 'kom aldrig', 'postnord', 'budfirma*', 'försändelse*'],
    product: ['trasig*', 'skadad*', 'defekt*', 'kvalitet*', 'fel vara', 'fel storlek', 'saknade*', 'saknas'],
    service: ['kundtjänst*', 'kundservice', 'support', 'inget svar', 'otrevlig*', 'svarar inte', 'ingen svarar'],
    technical: ['felmeddelande*', 'fungerar inte', 'funkar inte', 'hemsida*', 'appen', 'kras*', 'teknisk*', 'buggig*', 'går inte att'],
  },
  problemCues: [
    'tyvärr', 'problem*', 'väntar fortfarande', 'inte fått', 'saknas', 'trasig*', 'fel', 'reklamation*',
    'återbetal*', 'klagomål',
  ],
  positiveWords: ['bra', 'jättebra', 'utmärkt', 'fantastisk*', 'perfekt', 'nöjd', 'rekommender*', 'toppen', 'tack', 'smidig*', 'trevlig*'],
  negativeWords: ['dålig*', 'dåligt', 'hemsk*', 'besvik*', 'missnöjd', 'sämsta', 'otrevlig*', 'oacceptabelt', 'arg', 'rekommenderar inte'],
  promoPhrases: ['klicka här', 'köp nu', 'besök min', 'rabattkod', 'tjäna pengar', 'följ mig'],
  unrelatedPhrases: ['fel företag', 'testrecension', 'detta är ett test', 'bara ett test'],
};
