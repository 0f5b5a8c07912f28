import type { Lexicon } from '../lexicon';

/** Finnish. Words are inflected heavily, so stems with `*` do most of the work. */
export const fi: Lexicon = {
  commonWords: [
    'ja', 'on', 'ei', 'että', 'oli', 'olen', 'hyvä', 'kiitos', 'tilaus', 'toimitus', 'nopea', 'nopeasti',
    'erittäin', 'mutta', 'myös', 'kun', 'niin', 'vain', 'tuote', 'tuotteet', 'asiakaspalvelu', 'palvelu',
    'todella', 'kaikki', 'ole', 'oikein', 'jo', 'vielä', 'koska', 'minä', 'sain', 'tilasin', 'tuli', 'voi',
    'ovat', 'olisi', 'tämä', 'kanssa', 'paljon', 'aina', 'koskaan', 'mitään', 'miksi', 'miten', 'mikä',
    'milloin', 'suosittelen', 'ollut', 'joka', 'eikä', 'tilauksen', 'paketti', 'enää',
  ],
  starWords: ['tähti', 'tähteä', 'tähden', 'tähdet', 'tähtiä'],
  outOfWords: [],
  ratingLabels: ['arvosana', 'arvio', 'tähdet', 'tähtiarvio'],
  referenceLabels: ['viitenumero', 'viite', 'tilausnumero', 'tilaus', 'laskun numero'],
  defaultTitles: ['uusi trustpilot-arvostelu', 'uusi arvostelu trustpilotissa', 'uusi arvostelu'],
  anonymousWords: ['anonyymi', 'nimetön', 'tuntematon'],
  placeholderNameWords: ['trustpilot', 'arvostelija', 'käyttäjä', 'asiakas'],
  honorifics: [],
  questionOpeners: ['voitteko', 'voisitteko', 'milloin', 'missä', 'miksi', 'miten', 'onko mahdollista', 'voiko', 'kuinka kauan', 'kuka voi'],
  addressWords: ['te', 'teidän', 'teillä', 'teille', 'teiltä', 'sinä', 'sinun', 'joku'],
  strongWords: [
    'huijau*', 'huijari*', 'ei ikinä enää', 'ei enää koskaan', 'ikinä enää', 'huonoin', 'surkea*', 'skandaali*',
    'varkaat', 'valehtelij*', 'petos*', 'välttäkää', 'paska*', 'järkyttävä*', 'vitsi',
  ],
  threatWords: ['asianajaja*', 'lakimie*', 'poliisi*', 'kuluttajaneuvonta*', 'kuluttajariitalautakunta*', 'oikeuteen', 'rikosilmoitu*', 'haastan'],
  personalData: {
    order: ['tilau*', 'tilasin', 'tilattu*', 'lasku*', 'paketti*', 'paketin', 'seurantanumero*', 'kuitti*'],
    address: ['osoite*', 'osoitteen', 'osoitteeseen', 'postinumero*'],
    payment: ['maksu*', 'maksoin', 'maksettu*', 'hyvitys*', 'rahat', 'rahaa', 'rahojen', 'kortti*', 'veloit*'],
    account: ['tili', 'tilin', 'tilille', 'kirjaut*', 'salasana*', 'jäsenyy*', 'kanta-asiak*'],
  },
  topics: {
    delivery: ['toimitu*', 'toimitus', 'paketti*', 'myöhäs*', 'kuljet*', 'posti*', 'ei koskaan saapunut'],
    product: ['rikki', 'rikkinäi*', 'viallinen*', 'viallis*', 'laatu*', 'väärä koko', 'väärä tuote', 'puuttu*'],
    service: ['asiakaspalvelu*', 'ei vastausta', 'ei vastaa', 'epäkohtelia*', 'tylyä', 'tyly'],
    technical: ['virhe*', 'ei toimi', 'sivusto*', 'nettisivu*', 'sovellu*', 'kaatu*', 'tekni*'],
  },
  problemCues: ['valitettavasti', 'ongelma*', 'odotan edelleen', 'en ole saanut', 'puuttuu', 'rikki', 'reklamaatio*', 'valitus*', 'väärä*'],
  positiveWords: ['hyvä', 'loistava*', 'erinomai*', 'mahtava*', 'täydellinen', 'tyytyväinen', 'suosittelen', 'kiitos', 'nopea*', 'ystävälli*'],
  negativeWords: ['huono*', 'kamala*', 'pettymys', 'pettynyt', 'tyytymätön', 'huonoin', 'tyly*', 'hidas', 'en suosittele'],
  promoPhrases: ['klikkaa tästä', 'osta nyt', 'alennuskoodi', 'tienaa rahaa', 'seuraa minua'],
  unrelatedPhrases: ['väärä yritys', 'tämä on testi', 'testiarvostelu'],
};
