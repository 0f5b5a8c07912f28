import type { AnalysisLexicon } from '../lexicon';

/** German. */
export const de: AnalysisLexicon = {
  questionOpeners: [
    'können sie', 'könnt ihr', 'kannst du', 'wann', 'wo ist', 'warum', 'wie kann', 'gibt es', 'ist es möglich',
    'wie lange', 'wer kann', 'könnten sie', 'könntet ihr', 'würden sie', 'würdet ihr',
    'kann man?', 'kann ich?', 'können wir?', 'könnte man?', 'könnte ich?', 'darf man?', 'darf ich?', 'wird es?',
    'ist das möglich', 'wo kann ich',
  ],
  addressWords: ['sie', 'ihr', 'ihnen', 'ihre', 'euch', 'euer', 'eure', 'du', 'dein', 'deine', 'jemand'],
  strongWords: [
    'betrug*', 'betrüger*', 'abzocke*', 'nie wieder', 'nimmer wieder', 'schlechteste*', 'katastroph*',
    'frechheit', 'unverschämt*', 'diebe', 'lügner', 'kriminell*', 'finger weg', 'schrott', 'scheiß*',
    'scheiss*', 'skandal*', 'unseriös*', 'schande', 'zum kotzen', 'miserabel', 'witz',
  ],
  threatWords: [
    'anwalt*', 'rechtsanwalt*', 'polizei', 'gericht*', 'verbraucherzentrale', 'verklagen', 'strafanzeige',
    'anzeige erstatten', 'mahnbescheid', 'rechtliche schritte',
  ],
  personalData: {
    order: ['bestell*', 'auftrag*', 'rechnung*', 'paket*', 'sendungsnummer', 'sendungsverfolgung', 'quittung'],
    address: ['adresse*', 'anschrift*', 'lieferadresse*', 'rechnungsadresse*', 'postleitzahl'],
    payment: [
      'zahlung*', 'bezahl*', 'gezahlt', 'erstattung*', 'rückerstattung*', 'geld', 'kreditkarte*', 'abgebucht',
      'abbuchung*', 'überweis*', 'paypal', 'klarna',
    ],
    account: ['konto*', 'kundenkonto*', 'einloggen', 'anmelden', 'login', 'passwort*', 'kennwort*', 'abo', 'abonnement*', 'mitgliedschaft*'],
  },
  topics: {
    delivery: ['liefer*', 'versand*', 'paket*', 'verspät*', 'zustell*', 'nie angekommen', 'dhl', 'hermes', 'spedition'],
    product: ['kaputt', 'beschädigt*', 'defekt*', 'qualität*', 'falscher artikel', 'falsche artikel', 'falsche größe', 'fehlt*', 'fehlend*'],
    service: ['kundenservice', 'kundendienst', 'support', 'keine antwort', 'keine reaktion', 'unfreundlich*', 'nicht erreichbar'],
    technical: ['fehlermeldung*', 'funktioniert nicht', 'geht nicht', 'webseite*', 'website', 'die app', 'technisch*', 'absturz*', 'stürzt*'],
  },
  problemCues: [
    'leider', 'problem*', 'warte immer noch', 'nicht erhalten', 'fehlt', 'kaputt', 'reklamation*',
    'beschwerde*', 'falsch*',
  ],
  positiveWords: ['gut', 'super', 'toll', 'ausgezeichnet', 'hervorragend', 'perfekt', 'zufrieden', 'empfehl*', 'danke', 'freundlich*', 'schnell'],
  negativeWords: ['schlecht*', 'furchtbar', 'schrecklich', 'enttäusch*', 'unzufrieden', 'unfreundlich*', 'inakzeptabel', 'ärgerlich', 'nicht zu empfehlen'],
  promoPhrases: ['klicken sie hier', 'hier klicken', 'jetzt kaufen', 'rabattcode', 'gutscheincode', 'geld verdienen', 'folge mir', 'besuchen sie meine'],
  unrelatedPhrases: ['falsche firma', 'falsches unternehmen', 'das ist ein test', 'dies ist ein test', 'testbewertung'],
};
