import type { AnalysisLexicon } from '../lexicon';

/** Dutch. */
export const nl: AnalysisLexicon = {
  questionOpeners: [
    'kunnen jullie', 'kunt u', 'kun je', 'wanneer', 'waar is', 'waarom', 'hoe kan', 'is het mogelijk',
    'hoe lang', 'wie kan', 'zou u', 'zouden jullie', 'kan ik?', 'kan men?', 'komt er?',
  ],
  addressWords: ['u', 'uw', 'jullie', 'je', 'jij', 'jouw', 'iemand'],
  strongWords: [
    'oplichter*', 'oplichting*', 'nooit meer', 'slechtste', 'waardeloos', 'schandalig', 'schande', 'dieven',
    'leugenaars', 'fraude', 'blijf weg', 'afzetter*', 'bagger', 'kut*', 'belachelijk', 'rampzalig',
  ],
  threatWords: ['advocaat*', 'politie*', 'aangifte', 'rechter*', 'rechtbank*', 'consumentenbond', 'geschillencommissie', 'juridische stappen', 'aanklagen'],
  personalData: {
    order: ['nooit aangekomen', 'niet aangekomen', 'niet ontvangen', 'nooit ontvangen', 'kapot', 'beschadigd*', 'verkeerde artikel', 'verkeerde maat', 'ontbreekt', 'vervanging', 'trackcode', 'track en trace'],
    address: ['verkeerd adres', 'nieuw adres', 'afleveradres*'],
    payment: ['terugbetal*', 'mijn geld', 'geld terug', 'dubbel afgeschreven', 'twee keer afgeschreven', 'terugstorting'],
    account: ['kan niet inloggen', 'inloggen', 'wachtwoord*', 'opzeggen', 'opgezegd', 'account verwijderen'],
  },
  topics: {
    delivery: ['lever*', 'verzend*', 'pakket*', 'vertrag*', 'bezorg*', 'postnl', 'nooit aangekomen'],
    product: ['kapot', 'beschadigd*', 'defect*', 'kwaliteit*', 'verkeerde artikel', 'verkeerde maat', 'ontbr*'],
    service: ['klantenservice', 'geen antwoord', 'geen reactie', 'onvriendelijk*', 'onbereikbaar'],
    technical: ['foutmelding*', 'werkt niet', 'technisch*', 'crash*', 'storing*'],
  },
  problemCues: ['helaas', 'probleem*', 'problemen', 'wacht nog steeds', 'niet ontvangen', 'ontbreekt', 'kapot', 'klacht*', 'verkeerd*'],
  positiveWords: ['goed', 'super', 'uitstekend', 'geweldig', 'perfect', 'tevreden', 'aanrader', 'aan te raden', 'bedankt', 'vriendelijk*', 'snel'],
  negativeWords: ['slecht*', 'vreselijk', 'teleurgesteld', 'teleurstellend', 'ontevreden', 'onvriendelijk*', 'onacceptabel', 'boos', 'geen aanrader'],
  promoPhrases: ['klik hier', 'koop nu', 'kortingscode', 'geld verdienen', 'volg mij', 'bezoek mijn'],
  unrelatedPhrases: ['verkeerde bedrijf', 'dit is een test', 'testreview'],
};
