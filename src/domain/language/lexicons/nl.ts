import type { Lexicon } from '../lexicon';

/** Dutch. */
export const nl: Lexicon = {
  commonWords: [
    'het', 'een', 'niet', 'ik', 'van', 'dat', 'met', 'voor', 'zijn', 'maar', 'ook', 'heel', 'erg', 'wel',
    'geen', 'nog', 'naar', 'bij', 'mijn', 'jullie', 'hebben', 'heb', 'werd', 'goed', 'snel', 'besteld',
    'bedankt', 'bestelling', 'nooit', 'altijd', 'omdat', 'uw', 'waarom', 'hoe', 'wat', 'deze', 'dit', 'zeer',
    'echter', 'de', 'en', 'is', 'op', 'te', 'er', 'om', 'ze', 'je', 'al', 'ontvangen', 'had', 'heeft',
  ],
  starWords: ['ster', 'sterren'],
  outOfWords: ['van', 'uit'],
  ratingLabels: ['beoordeling', 'waardering', 'score', 'sterren'],
  referenceLabels: ['referentienummer', 'referentie', 'bestelnummer', 'ordernummer', 'bestelling', 'factuurnummer'],
  defaultTitles: ['nieuwe trustpilot-review', 'nieuwe trustpilot-beoordeling', 'nieuwe review', 'nieuwe beoordeling'],
  anonymousWords: ['anoniem', 'anonieme', 'onbekend'],
  placeholderNameWords: ['trustpilot', 'reviewer', 'recensent', 'gebruiker', 'klant'],
  honorifics: ['dhr', 'mevr', 'meneer', 'mevrouw'],
  questionOpeners: [
    'kunnen jullie', 'kunt u', 'kun je', 'wanneer', 'waar is', 'waarom', 'hoe kan', 'is het mogelijk',
    'hoe lang', 'wie kan',
  ],
  addressWords: ['u', 'uw', 'jullie', 'je', 'jij', 'jouw', 'iemand'],
  strongWords: [
    'oplichter*', 'oplichting*', 'nooit meer', 'slechtste', 'waardeloos', 'schandalig', 'schande', 'dieven',
    'leugenaars', 'fraude', 'blijf weg', 'afzetter*', 'bagger', 'kut*', 'belachelijk', 'rampzalig',
  ],
  threatWords: ['advocaat*', 'politie*', 'aangifte', 'rechter*', 'rechtbank*', 'consumentenbond', 'geschillencommissie', 'juridische stappen', 'aanklagen'],
  personalData: {
    order: ['bestel*', 'order*', 'factuur*', 'pakket*', 'trackcode', 'track en trace', 'bon'],
    address: ['adres*', 'postcode', 'afleveradres*'],
    payment: ['betal*', 'terugbetal*', 'geld', 'creditcard', 'afgeschreven', 'ideal', 'terugstorting'],
    account: ['account*', 'inloggen', 'wachtwoord*', 'abonnement*', 'lidmaatschap*'],
  },
  topics: {
    delivery: ['lever*', 'verzend*', 'pakket*', 'vertrag*', 'bezorg*', 'postnl', 'nooit aangekomen'],
    product: ['kapot', 'beschadigd*', 'defect*', 'kwaliteit*', 'verkeerde artikel', 'verkeerde maat', 'ontbr*'],
    service: ['klantenservice', 'geen antwoord', 'geen reactie', 'onvriendelijk*', 'onbereikbaar'],
    technical: ['foutmelding*', 'werkt niet', 'website', 'de app', 'technisch*', 'crash*', 'storing*'],
  },
  problemCues: ['helaas', 'probleem*', 'problemen', 'wacht nog steeds', 'niet ontvangen', 'ontbreekt', 'kapot', 'klacht*', 'verkeerd*'],
  positiveWords: ['goed', 'super', 'uitstekend', 'geweldig', 'perfect', 'tevreden', 'aanrader', 'aan te raden', 'bedankt', 'vriendelijk*', 'snel'],
  negativeWords: ['slecht*', 'vreselijk', 'teleurgesteld', 'teleurstellend', 'ontevreden', 'onvriendelijk*', 'onacceptabel', 'boos', 'geen aanrader'],
  promoPhrases: ['klik hier', 'koop nu', 'kortingscode', 'geld verdienen', 'volg mij', 'bezoek mijn'],
  unrelatedPhrases: ['verkeerde bedrijf', 'dit is een test', 'testreview'],
};
