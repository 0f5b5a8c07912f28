import type { AnalysisLexicon } from '../lexicon';

/** Swedish. */
export const sv: AnalysisLexicon = {
  questionOpeners: [
    'kan ni', 'kan du', 'hur gör jag', 'hur kan jag', 'när kommer', 'var är', 'varför', 'finns det',
    'går det att', 'hur lång', 'hur länge', 'när får jag', 'vem kan', 'skulle ni', 'kunde ni', 'kan man?', 'kan jag?',
    'kommer det?', 'är det möjligt', 'måste jag?', 'ska jag?', 'behöver jag?', 'får jag?', 'säljer ni', 'har ni',
    'är det?',
  ],
  addressWords: ['ni', 'er', 'ert', 'era', 'du', 'dig', 'din', 'ditt', 'någon'],
  strongWords: [
      'ljuger', 'ljög',
    'bedrägeri*', 'bedragare', 'bluff*', 'aldrig mer', 'aldrig igen', 'sämsta', 'värdelös*', 'skandal*',
    'tjuv*', 'lurendrej*', 'oseriös*', 'uselt', 'usla', 'katastrof*', 'undvik', 'skit*', 'fy fan',
    'vidrig*', 'svindel', 'skämt', 'patetisk*', 'jag ger upp', 'pinsamt',
  ],
  threatWords: [
    'advokat*', 'polisen', 'polisanmäl*', 'anmäla er', 'anmäler er', 'allmänna reklamationsnämnden', 'arn',
    'konsumentverket', 'stämma er', 'kronofogden', 'tingsrätt*', 'domstol*',
  ],
  personalData: {
    order: [
      'aldrig kommit', 'aldrig kom', 'kom aldrig', 'inte kommit', 'fortfarande inte', 'har inte fått', 'inte fått', 'aldrig fått',
      'inte levererats', 'försvunn*', 'var är min', 'var är mitt', 'trasig*', 'krossad*', 'skadad*', 'repad*',
      'sönder', 'spricka', 'sprucken', 'läcker', 'fel färg', 'fel storlek', 'fel vara', 'fick fel', 'skickade fel', 'saknas', 'saknade*', 'kom utan',
      'vill ha en ny', 'ersättningsvara', 'ersättningsprodukt', 'byta ut', 'returetikett', 'levererades till', 'skickade ingenting',
      'spårningsnummer',
    ],
    address: ['fel adress', 'ny adress', 'gamla adress', 'ändra adress*', 'leveransadress*'],
    payment: [
      'återbetal*', 'pengarna tillbaka', 'pengar tillbaka', 'mina pengar', 'debiterad två gånger',
      'debiterades två gånger', 'dubbeldebiter*', 'drogs två gånger', 'pengarna drogs', 'dragit pengar',
      'tog mina pengar', 'ersättning',
    ],
    account: [
      'avregistrera*', 'avanmäl*',
      'kan inte logga in', 'logga in', 'inloggning*', 'lösenord*', 'återställningslänk*', 'sagt upp', 'säga upp',
      'avsluta mitt konto', 'radera mitt konto',
    ],
  },
  topics: {
    delivery: ['försen*', 'sen leverans', 'kom aldrig', 'aldrig kommit', 'försvunn*', 'kom försent'],
    product: ['trasig*', 'skadad*', 'defekt*', 'repad*', 'krossad*', 'fel vara', 'fel storlek', 'fel färg', 'saknade*', 'saknas', 'dålig kvalitet'],
    service: ['inget svar', 'otrevlig*', 'svarar inte', 'svarade aldrig', 'ingen svarar', 'ignorer*'],
    technical: ['felkod*', 'felmeddelande*', 'fungerar inte', 'funkar inte', 'kras*', 'buggig*', 'går inte att'],
  },
  repeatedFailures: [
      'två gånger och',
    'andra gången', 'tredje gången', 'fjärde gången', 'i rad', 'ännu en gång', 'gång på gång', 'om och om igen',
    'tre gånger', 'fyra gånger', 'fem gånger', 'flera gånger', 'samtal senare', 'mejl senare',
  ],
  sarcasm: ['tack för ingenting', 'bra jobbat', 'snyggt jobbat', 'grattis till', 'vilken överraskning'],
  rhetoricalOpeners: [
      'får man säga', 'måste bara säga',
    'hur kan ni vara så', 'hur gör ni',
    'varför har jag inte', 'varför hittade jag inte', 'vad mer kan man', 'vem älskar inte', 'hur svårt kan det',
    'packar ni ens', 'är det ett skämt', 'skämtar ni',
  ],
  otherBusinesses: [
      'servitör*', 'restaurang*', 'pizza',
    'tandläkar*', 'lagning*', 'rotfyllning*', 'frisör*', 'salongen', 'luggen', 'klippning*', 'bilverkstad*',
    'verkstaden', 'mekaniker*', 'bromsar', 'bilen', 'rörmokar*', 'elektriker*', 'receptionist*',
  ],
  problemCues: [
    'tyvärr', 'problem*', 'väntar fortfarande', 'inte fått', 'saknas', 'trasig*', 'fel', 'reklamation*',
    'klagomål', 'men',
  ],
  positiveWords: ['bra', 'jättebra', 'utmärkt', 'fantastisk*', 'perfekt', 'nöjd', 'rekommender*', 'toppen', 'tack', 'smidig*', 'trevlig*', 'suverän*', 'underbar*'],
  negativeWords: ['dålig*', 'dåligt', 'hemsk*', 'besvik*', 'missnöjd', 'sämsta', 'otrevlig*', 'oacceptabelt', 'arg', 'rekommenderar inte'],
  promoPhrases: ['klicka här', 'köp nu', 'beställ nu', 'besök min', 'besök', 'rabattkod', 'tjäna pengar', 'följ mig', 'hemifrån'],
  salesWords: ['gratis frakt', 'fri frakt', 'rabatt', 'bara idag', 'endast idag', 'presentkort', 'instagram'],
  unrelatedPhrases: ['fel företag', 'testrecension', 'detta är ett test', 'bara ett test', 'ignorera detta', 'ignorera'],
};
