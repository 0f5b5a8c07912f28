import type { AnalysisLexicon } from '../lexicon';

/** German. */
export const de: AnalysisLexicon = {
  questionOpeners: [
    'können sie', 'könnt ihr', 'kannst du', 'wann', 'wo ist', 'wo bleibt', 'warum', 'wie kann', 'gibt es', 'ist es möglich',
    'wie lange', 'wer kann', 'könnten sie', 'könntet ihr', 'würden sie', 'würdet ihr',
    'kann man?', 'kann ich?', 'können wir?', 'könnte man?', 'könnte ich?', 'darf man?', 'darf ich?', 'wird es?',
    'ist das möglich', 'wo kann ich', 'muss ich?', 'müssen wir?', 'muss man?', 'soll ich?', 'sollte ich?',
    'bekomme ich?', 'habt ihr', 'haben sie', 'ist das normal',
  ],
  addressWords: ['sie', 'ihr', 'ihnen', 'ihre', 'euch', 'euer', 'eure', 'du', 'dein', 'deine', 'jemand'],
  strongWords: [
      'lügt', 'lügen',
    'betrug*', 'betrüger*', 'abzocke*', 'nie wieder', 'nimmer wieder', 'schlechteste*', 'katastroph*',
    'frechheit', 'unverschämt*', 'diebe', 'lügner', 'kriminell*', 'finger weg', 'schrott', 'scheiß*',
    'scheiss*', 'skandal*', 'unseriös*', 'schande', 'zum kotzen', 'miserabel*', 'witz', 'ich gebe auf',
  ],
  threatWords: [
    'anwalt*', 'rechtsanwalt*', 'polizei', 'gericht*', 'verbraucherzentrale', 'verklagen', 'strafanzeige',
    'anzeige erstatten', 'mahnbescheid', 'rechtliche schritte',
  ],
  personalData: {
    order: [
      'nie angekommen', 'nicht angekommen', 'noch nicht da', 'noch nicht angekommen', 'nie erhalten', 'nicht erhalten', 'nichts erhalten', 'nichts geliefert',
      'nicht geliefert', 'verloren', 'wo bleibt meine bestellung', 'wo ist mein', 'wo ist meine', 'kaputt*',
      'beschädigt*', 'zerbrochen', 'in scherben', 'zerkratzt', 'zerrissen*', 'delle', 'riss', 'gesprungen', 'undicht', 'falsche farbe', 'falsche größe',
      'falscher artikel', 'falschen artikel', 'fehlt', 'fehlen', 'fehlend*', 'kam ohne', 'ersatz', 'umtausch*',
      'rücksendeetikett', 'zurückschicken', 'bei einem nachbarn', 'sendungsnummer',
    ],
    address: ['falsche adresse', 'neue adresse', 'alte adresse', 'adresse ändern', 'lieferadresse*'],
    payment: [
      'erstattung*', 'rückerstattung*', 'geld zurück', 'mein geld', 'doppelt abgebucht', 'doppelt berechnet',
      'zweimal abgebucht', 'wieder abgebucht', 'abgebucht', 'geld genommen', 'entschädigung',
    ],
    account: [
      'abgemeldet', 'abmelden',
      'einloggen', 'nicht mehr in mein kundenkonto', 'komme nicht in', 'passwort*', 'kennwort*', 'kündigung',
      'gekündigt', 'konto löschen', 'anmelden geht nicht',
    ],
  },
  topics: {
    delivery: ['verspät*', 'zu spät', 'nie angekommen', 'nicht angekommen', 'verloren'],
    product: ['kaputt*', 'beschädigt*', 'defekt*', 'zerkratzt', 'zerbrochen', 'zerrissen*', 'falscher artikel', 'falsche größe', 'falsche farbe', 'fehlt*', 'fehlend*'],
    service: ['keine antwort', 'keine reaktion', 'antwortet nicht', 'unfreundlich*', 'nicht erreichbar', 'ignoriert'],
    technical: ['fehlercode*', 'fehlermeldung*', 'funktioniert nicht', 'geht nicht', 'absturz*', 'stürzt*'],
  },
  repeatedFailures: [
      'zweimal vom', 'zweimal und',
    'hintereinander', 'zum zweiten mal', 'zum dritten mal', 'schon wieder', 'immer wieder', 'dreimal', 'viermal',
    'fünfmal', 'mehrmals', 'mehrfach', 'anrufe später', 'mails später',
  ],
  sarcasm: ['danke für nichts', 'ganz toll gemacht', 'toll gemacht', 'super gemacht', 'na toll', 'gut gemacht', 'bravo', 'glückwunsch'],
  rhetoricalOpeners: [
      'darf ich einfach sagen', 'darf ich sagen', 'muss einfach sagen',
    'wie schafft ihr', 'wie macht ihr das', 'wie schaffen sie',
    'warum habe ich', 'warum hab ich', 'was will man mehr', 'was will man noch mehr', 'wer liebt nicht',
    'wie schwer kann das sein', 'ist das ein witz', 'soll das ein witz sein', 'was soll ich sagen',
  ],
  otherBusinesses: [
      'kellner*', 'restaurant*', 'pizza',
    'zahnarzt*', 'zahnärzt*', 'füllung', 'wurzelbehandlung*', 'friseur*', 'friseurin', 'pony', 'haarschnitt*',
    'salon', 'werkstatt', 'autowerkstatt*', 'mechaniker*', 'bremsbeläge', 'bremsen', 'das auto', 'mein auto',
    'klempner*', 'elektriker*', 'helferin',
  ],
  problemCues: [
    'leider', 'problem*', 'warte immer noch', 'nicht erhalten', 'fehlt', 'kaputt', 'reklamation*',
    'beschwerde*', 'falsch*', 'aber', 'allerdings',
  ],
  positiveWords: ['gut', 'super', 'toll', 'ausgezeichnet', 'hervorragend', 'perfekt', 'zufrieden', 'empfehl*', 'danke', 'freundlich*', 'schnell', 'schön*', 'top'],
  negativeWords: ['schlecht*', 'furchtbar', 'schrecklich', 'enttäusch*', 'unzufrieden', 'unfreundlich*', 'inakzeptabel', 'ärgerlich', 'nicht zu empfehlen'],
  promoPhrases: [
    'klicken sie hier', 'hier klicken', 'jetzt kaufen', 'jetzt bestellen', 'rabattcode', 'gutscheincode', 'geld verdienen',
    'verdiene', 'folge mir', 'besuchen sie meine', 'besuchen sie', 'von zu hause',
  ],
  salesWords: ['kostenloser versand', 'gratis versand', 'versandkostenfrei', 'rabatt', 'nur heute', 'gewinne', 'gutscheine', 'instagram', 'am tag'],
  unrelatedPhrases: [
    'falsche firma', 'falsches unternehmen', 'das ist ein test', 'dies ist ein test', 'testbewertung', 'nur ein test',
    'bitte ignorieren',
  ],
};
