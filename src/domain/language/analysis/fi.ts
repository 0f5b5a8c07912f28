import type { AnalysisLexicon } from '../lexicon';

/** Finnish. Words are inflected heavily, so stems with `*` do most of the work. */
export const fi: AnalysisLexicon = {
  questionOpeners: ['voitteko', 'voisitteko', 'milloin', 'missä', 'miksi', 'miten', 'onko mahdollista', 'voiko', 'kuinka kauan', 'kuka voi'],
  addressWords: ['te', 'teidän', 'teillä', 'teille', 'teiltä', 'sinä', 'sinun', 'joku'],
  strongWords: [
    'huijau*', 'huijari*', 'ei ikinä enää', 'ei enää koskaan', 'ikinä enää', 'huonoin', 'surkea*', 'skandaali*',
    'varkaat', 'valehtelij*', 'petos*', 'välttäkää', 'paska*', 'järkyttävä*', 'vitsi',
  ],
  threatWords: ['asianajaja*', 'lakimie*', 'poliisi*', 'kuluttajaneuvonta*', 'kuluttajariitalautakunta*', 'oikeuteen', 'rikosilmoitu*', 'haastan'],
  personalData: {
    order: ['ei koskaan saapunut', 'ei ole saapunut', 'en ole saanut', 'rikki', 'rikkinäi*', 'viallinen*', 'väärä tuote', 'väärä koko', 'puuttu*', 'seurantanumero*'],
    address: ['väärä osoite', 'uusi osoite', 'osoitteen muutos'],
    payment: ['hyvitys*', 'rahani', 'rahojani', 'rahat takaisin', 'veloitettiin kahdesti', 'kahdesti veloitettu'],
    account: ['kirjaut*', 'salasana*', 'irtisano*'],
  },
  topics: {
    delivery: ['toimitu*', 'toimitus', 'paketti*', 'myöhäs*', 'kuljet*', 'posti*', 'ei koskaan saapunut'],
    product: ['rikki', 'rikkinäi*', 'viallinen*', 'viallis*', 'laatu*', 'väärä koko', 'väärä tuote', 'puuttu*'],
    service: ['asiakaspalvelu*', 'ei vastausta', 'ei vastaa', 'epäkohtelia*', 'tylyä', 'tyly'],
    technical: ['virhe*', 'ei toimi', 'kaatu*', 'tekni*'],
  },
  problemCues: ['valitettavasti', 'ongelma*', 'odotan edelleen', 'en ole saanut', 'puuttuu', 'rikki', 'reklamaatio*', 'valitus*', 'väärä*'],
  positiveWords: ['hyvä', 'loistava*', 'erinomai*', 'mahtava*', 'täydellinen', 'tyytyväinen', 'suosittelen', 'kiitos', 'nopea*', 'ystävälli*'],
  negativeWords: ['huono*', 'kamala*', 'pettymys', 'pettynyt', 'tyytymätön', 'huonoin', 'tyly*', 'hidas', 'en suosittele'],
  promoPhrases: ['klikkaa tästä', 'osta nyt', 'alennuskoodi', 'tienaa rahaa', 'seuraa minua'],
  unrelatedPhrases: ['väärä yritys', 'tämä on testi', 'testiarvostelu'],
};
