import type { AnalysisLexicon } from '../lexicon';

/** Danish. */
export const da: AnalysisLexicon = {
  questionOpeners: [
    'kan i', 'kan du', 'hvornår', 'hvor er', 'hvorfor', 'hvordan', 'er det muligt', 'findes der',
    'hvor lang tid', 'hvor længe', 'hvem kan', 'kan man?', 'kan jeg?', 'kommer der?', 'er det mulig',
    'skal jeg?', 'må jeg?', 'behøver jeg?', 'får jeg?', 'sælger i', 'har i', 'leverer i', 'sender i', 'tilbyder i',
    'er det?',
  ],
  addressWords: ['jer', 'jeres', 'du', 'dig', 'din', 'dit', 'nogen'],
  strongWords: [
      'lyver', 'løj',
    'svindel*', 'svindlere', 'fup', 'aldrig igen', 'aldrig mere', 'værste', 'elendig*', 'skandale*', 'tyve',
    'tyveri', 'løgnere', 'katastrofe*', 'undgå', 'pis', 'lorte*', 'uhørt', 'useriøs*', 'snyd*', 'latterlig*',
    'joke', 'jeg giver op', 'pinligt',
  ],
  threatWords: [
    'advokat*', 'politi*', 'forbrugerklagenævnet', 'forbrugerombudsmanden', 'sagsanlæg*', 'anmelde jer',
    'anmelder jer', 'stævn*', 'retten',
  ],
  personalData: {
    order: [
      'aldrig kommet', 'aldrig kom', 'kom aldrig', 'ikke kommet', 'stadig ikke', 'ikke modtaget', 'har ikke fået', 'aldrig fået',
      'forsvundet', 'hvor er min', 'hvor er mit', 'i stykker', 'ødelagt*', 'smadret', 'beskadiget', 'ridset',
      'flænget', 'revne', 'revnet', 'lækker', 'forkert farve', 'forkerte farve', 'forkert størrelse', 'forkert vare', 'fik den forkerte',
      'sendte den forkerte', 'mangler', 'manglende', 'kom uden', 'have en ny', 'ombyt*', 'erstatningsvare',
      'returlabel', 'leveret til', 'sendte ingenting', 'trackingnummer',
    ],
    address: ['forkert adresse', 'ny adresse', 'gamle adresse', 'ændre adresse*', 'leveringsadresse*'],
    payment: [
      'refusion*', 'refunder*', 'tilbagebetal*', 'pengene tilbage', 'penge tilbage', 'mine penge', 'trukket to gange',
      'trukket dobbelt', 'pengene blev trukket', 'tog mine penge', 'dobbelt betaling', 'erstatning',
    ],
    account: [
      'afmeld*',
      'kan ikke logge ind', 'logge ind', 'log ind', 'adgangskode*', 'kodeord*', 'opsagt', 'opsige', 'slette min konto',
      'lukke min konto',
    ],
  },
  topics: {
    delivery: ['forsink*', 'sen levering', 'kom aldrig', 'aldrig kommet', 'forsvundet', 'kom for sent'],
    product: ['i stykker', 'ødelagt*', 'defekt*', 'ridset', 'flænget', 'smadret', 'beskadiget', 'forkert vare', 'forkert størrelse', 'forkert farve', 'mangle*', 'dårlig kvalitet'],
    service: ['intet svar', 'ingen svar', 'uhøflig*', 'svarer ikke', 'svarede aldrig', 'ignorer*'],
    technical: ['fejlkode*', 'fejlmeddelelse*', 'fejl', 'virker ikke', 'fungerer ikke', 'går ned', 'crash*'],
  },
  repeatedFailures: [
      'to gange og',
    'anden gang', 'tredje gang', 'fjerde gang', 'i træk', 'endnu en gang', 'gang på gang', 'igen og igen',
    'tre gange', 'fire gange', 'fem gange', 'flere gange', 'opkald senere', 'mails senere',
  ],
  sarcasm: ['tak for ingenting', 'godt gået', 'flot klaret', 'sikke en overraskelse'],
  rhetoricalOpeners: [
      'må man godt sige', 'må jeg sige',
    'hvordan kan i være så', 'hvordan gør i det',
    'hvorfor har jeg ikke', 'hvorfor fandt jeg ikke', 'hvad mere kan man', 'hvem elsker ikke', 'hvor svært kan det',
    'pakker i overhovedet', 'er det en joke', 'laver i sjov',
  ],
  otherBusinesses: [
      'tjeneren', 'restaurant*', 'pizza',
    'tandlæge*', 'fyldning*', 'rodbehandling*', 'frisør*', 'salonen', 'pandehår', 'klipning*', 'autoværksted*',
    'værkstedet', 'værksted', 'mekaniker*', 'bremser', 'bilen', 'vvs*', 'elektriker*', 'klinikassistent*',
  ],
  problemCues: [
    'desværre', 'problem*', 'venter stadig', 'ikke modtaget', 'mangler', 'i stykker', 'reklamation*',
    'klage*', 'forkert', 'men',
  ],
  positiveWords: ['god', 'godt', 'super', 'fremragende', 'fantastisk*', 'perfekt', 'tilfreds', 'anbefal*', 'tak', 'venlig*', 'hurtig', 'skøn*', 'dejlig*'],
  negativeWords: ['dårlig*', 'forfærdelig*', 'skuffe*', 'utilfreds', 'værste', 'uhøflig*', 'uacceptabel*', 'vred', 'kan ikke anbefale'],
  promoPhrases: ['klik her', 'køb nu', 'bestil nu', 'rabatkode', 'tjen penge', 'følg mig', 'besøg min', 'besøg', 'hjemmefra'],
  salesWords: ['gratis fragt', 'fri fragt', 'rabat', 'kun i dag', 'gavekort', 'instagram'],
  unrelatedPhrases: ['forkert firma', 'forkert virksomhed', 'dette er en test', 'test anmeldelse', 'bare ignorer', 'ignorer venligst'],
};
