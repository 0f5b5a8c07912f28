import { corpus } from './entry';

/**
 * Kinds of questions, in every language, written as new wordings (not the sentences of any set):
 * indirect questions without a mark ("I was wondering if…", "undrar om…", "je voudrais savoir
 * si…"), question words with their verb and verb-first questions to "you" without a mark ("when
 * will…", "wann kommt…", "skickar ni…", "livrez-vous…"), rhetorical praise that looks back at the
 * reviewer's life ("Where have you been all my life?"), a very dissatisfied reviewer's question,
 * and statements that only look like questions ("when it arrived…", "när paketet kom…", "wenn ich
 * bestelle…", "quand j'ai reçu…", "passer i størrelsen", "Méfiez-vous…").
 */
export const QUESTION_KINDS = [
  ...corpus(
    'en',
    [
      [
        4,
        'Lovely linen, I was wondering if the napkins come in a set of eight as well',
        'q pub q',
        '§5 question: an indirect question without a mark',
      ],
      [
        3,
        'Hi, could you let me know whether the walnut side table will be restocked before christmas',
        'q pub q',
        '§5 question: a request to let the reviewer know',
      ],
      [4, 'when will the oak dining bench be back in stock', 'q pub q', '§5 question: question word with its verb'],
      [
        5,
        'Where have you been all my life?! Every cushion I bought is gorgeous and the colours are exactly like the photos.',
        'pos pub -',
        '§5 praise: rhetorical, looks back at the reviewer’s life',
      ],
      [
        4,
        'When it arrived I unpacked it straight away and the lamp looks even better than in the photos. Happy with it.',
        'pos pub -',
        '§5 praise: a statement that opens with "when"',
      ],
      [
        1,
        'Absolute rip off, never again. when will you stop charging 15 pounds for shipping a candle',
        'neg pp sd,q',
        '§3 private: very dissatisfied; the question stays negative',
      ],
      [
        4,
        'Does the job and looks smart in the hallway. Any idea how to keep the brass from going dull',
        'q pub q',
        '§5 question: "any idea how"; "does the job" is no question',
      ],
      [
        5,
        'Great throw. How much I love it is hard to put into words',
        'pos pub -',
        '§5 praise: "how much I love" is no question',
      ],
    ],
    'en-questionkinds',
  ),
  ...corpus(
    'sv',
    [
      [
        4,
        'Fina handdukar, undrar när ni får in dem i mörkgrönt igen',
        'q pub q',
        '§5 question: "undrar när" without a mark',
      ],
      [
        3,
        'skulle vilja veta om pläden går att tvätta i maskin, står inget på lappen',
        'q pub q',
        '§5 question: "skulle vilja veta" without a mark',
      ],
      [
        4,
        'skickar ni till Norge också. vill gärna beställa en lampa till min bror',
        'q pub q',
        '§5 question: verb-first to "ni"',
      ],
      [
        5,
        'Var har ni varit hela mitt liv? Köpte gardiner och kuddar och allt är jättefint.',
        'pos pub -',
        '§5 praise: rhetorical, looks back at the reviewer’s life',
      ],
      [
        4,
        'När paketet kom var kartongen lite blöt men vasen klarade sig fint. Nöjd.',
        'pos pub -',
        '§5 praise: "när" opens a statement',
      ],
      [
        1,
        'Sämsta butiken jag handlat i, aldrig mer. när tänker ni svara på mina mejl om fraktpriset',
        'neg pp sd,q',
        '§3 private: very dissatisfied; the question stays negative',
      ],
      [
        5,
        'Hoppas ni fortsätter med de här fina färgerna, soffan är perfekt',
        'pos pub -',
        '§5 praise: "hoppas ni" is a wish, no question',
      ],
      [
        4,
        'Hej! vilka storlekar finns mattan Rand i, hittar bara 160x230 på sidan',
        'q pub q',
        '§5 question: question word with its noun, after a greeting',
      ],
    ],
    'sv-questionkinds',
  ),
  ...corpus(
    'da',
    [
      [
        4,
        'Flotte puder. jeg vil gerne vide om betrækket kan tages af og vaskes',
        'q pub q',
        '§5 question: "jeg vil gerne vide" without a mark',
      ],
      [
        3,
        'jeg tænkte på om lampen også findes i messing, kan kun se den i sort',
        'q pub q',
        '§5 question: "jeg tænkte på om" without a mark',
      ],
      [4, 'leverer I også til Grønland. skal bruge et nyt tæppe', 'q pub q', '§5 question: verb-first to "I"'],
      [
        5,
        'Hvor har I været hele mit liv? Sengetøjet er blødt og farverne er smukke.',
        'pos pub -',
        '§5 praise: rhetorical, looks back at the reviewer’s life',
      ],
      [
        5,
        'Passer i størrelsen og kom i flot emballage. Super tilfreds.',
        'pos pub -',
        '§5 praise: "passer i" is no question to "I"',
      ],
      [4, 'Når pakken kommer er den altid pænt pakket. Fint tæppe.', 'pos pub -', '§5 praise: "når" opens a statement'],
      [
        1,
        'Elendig kundeservice, aldrig igen. hvornår svarer I på mine mails om jeres høje fragtpriser',
        'neg pp sd,q',
        '§3 private: very dissatisfied; the question stays negative',
      ],
      [
        4,
        'hvornår kommer plaidet i den lyse grå farve tilbage på lager',
        'q pub q',
        '§5 question: "hvornår" without a mark',
      ],
    ],
    'da-questionkinds',
  ),
  ...corpus(
    'fr',
    [
      [
        4,
        'Très joli plaid, je me demande si vous faites aussi la version en laine',
        'q pub q',
        '§5 question: "je me demande si" without a mark',
      ],
      [
        3,
        'Bonjour, pouvez-vous me dire si la table basse existe en chêne clair',
        'q pub q',
        '§5 question: "pouvez-vous me dire" without a mark',
      ],
      [4, 'livrez-vous en Suisse. je voudrais commander deux coussins', 'q pub q', '§5 question: inversion to "vous"'],
      [
        5,
        'Où étiez-vous pendant toutes ces années ? Ma chambre est enfin comme je la voulais.',
        'pos pub -',
        '§5 praise: rhetorical, looks back at the reviewer’s life',
      ],
      [
        4,
        "Quand j'ai reçu le colis j'ai tout de suite monté l'étagère, très simple et solide. Contente.",
        'pos pub -',
        '§5 praise: "quand" opens a statement',
      ],
      [
        1,
        'Honteux, plus jamais. à quand une vraie réponse de votre service client sur les frais de port',
        'neg pp sd,q',
        '§3 private: very dissatisfied; the question stays negative',
      ],
      [
        5,
        'Faites-vous plaisir, les bougies sentent divinement bon',
        'pos pub -',
        '§5 praise: "Faites-vous plaisir" is advice, no question',
      ],
      [
        4,
        "quand est-ce que le canapé Oslo revient en stock, j'attends depuis un mois",
        'q pub q',
        '§5 question: "quand est-ce que" without a mark',
      ],
    ],
    'fr-questionkinds',
  ),
  ...corpus(
    'de',
    [
      [
        4,
        'Schöne Kissen, ich frage mich, ob es die Bezüge auch einzeln gibt',
        'q pub q',
        '§5 question: "ich frage mich, ob" without a mark',
      ],
      [
        3,
        'möchte gerne wissen wie lange die Lieferung nach Österreich dauert',
        'q pub q',
        '§5 question: "möchte gerne wissen" without a mark',
      ],
      [4, 'verschickt ihr auch nach Luxemburg. brauche zwei Lampen', 'q pub q', '§5 question: verb-first to "ihr"'],
      [
        5,
        'Wo wart ihr all die Jahre? Die Bettwäsche ist traumhaft weich.',
        'pos pub -',
        '§5 praise: rhetorical, looks back at the reviewer’s life',
      ],
      [
        4,
        'Wenn ich bestelle, kommt alles immer gut verpackt an. Gerne wieder.',
        'pos pub -',
        '§5 praise: "wenn" opens a statement',
      ],
      [
        5,
        'Habe meiner Mutter die Decke geschenkt. Gefällt ihr super, danke!',
        'pos pub -',
        '§5 praise: "gefällt ihr" is "she likes it", no question',
      ],
      [
        1,
        'Frechheit, nie wieder. wann bekomme ich endlich eine Antwort auf meine Mail zu den Versandkosten',
        'neg pp sd,q',
        '§3 private: very dissatisfied; the question stays negative',
      ],
      [4, 'wann gibt es den Läufer Streifen wieder in Blau', 'q pub q', '§5 question: "wann" without a mark'],
    ],
    'de-questionkinds',
  ),
];
