import { corpus } from './entry';

/**
 * Variations on the hard cases, written while the rules were generalised for the third fresh
 * set and tuned on: other wordings of the same kinds (everyday nouns, "order" as a verb,
 * sarcasm, several problems, questions without an opener, short links and bare domains, sales
 * phrasing, other businesses, Danish without æ/ø/å, rhetorical questions in praise).
 */
export const HARD = [
  ...corpus(
    'en',
    [
      [5, 'Easy website and my parcel arrived in two days. Top marks.', 'pos pub -', '§5 praise; nouns alone'],
      [3, 'My parcel came a day late, no big deal. The cushion is fine.', 'neu pub -', '§5 neutral'],
      [2, 'Slow delivery, but it arrived and the vase is fine.', 'neg pub -', '§3 public: slow but arrived'],
      [4, 'Been ordering from them for years. Order half a size up in the slippers.', 'pos pub -', '§5 praise; verb'],
      [
        1,
        'Thanks a lot for the cracked mirror, again. Is it too much to ask for some bubble wrap?',
        'neg pp pd,sd',
        '§3 private: damaged item; sarcasm about a repeated failure; rhetorical question',
      ],
      [
        2,
        'The checkout page kept freezing, the sofa legs were the wrong colour and the driver was rude.',
        'neg pp pd,cx',
        '§3 private: wrong item to replace; problems in three areas',
      ],
      [4, 'Is the walnut table also available in 200 cm?', 'q pub q', '§5 question without an opener'],
      [5, 'Best sofas here goo.gl/xY12ab', 'spam none sp', '§5 spam: short link'],
      [
        1,
        'Limited offer! 70% off all sofas today only at sofadeals.net',
        'spam none sp',
        '§5 spam: bare domain, sales',
      ],
      [
        5,
        'The physiotherapist sorted my back in two sessions and the massage was great.',
        'spam none sp',
        '§5 irrelevant: a physiotherapist',
      ],
      [
        5,
        'Who knew buying a sofa could be this easy? Delivered and assembled in an hour.',
        'pos pub -',
        '§5 rhetorical',
      ],
      [5, 'What more could you want? Great quality and fast delivery.', 'pos pub -', '§5 rhetorical'],
    ],
    'en-hard',
  ),
  ...corpus(
    'sv',
    [
      [5, 'Paketet kom fram snabbt och hemsidan är lätt att använda.', 'pos pub -', '§5 beröm; substantiv'],
      [2, 'Långsam leverans, men allt kom fram helt.', 'neg pub -', '§3 offentligt: långsamt men framme'],
      [4, 'Jag beställer här flera gånger om året. Beställ en storlek större på tofflorna.', 'pos pub -', '§5 verb'],
      [
        1,
        'Perfekt, återigen en trasig lampa. Tack så mycket.',
        'neg pp pd,sd',
        '§3 privat: trasig vara; sarkasm om upprepat fel',
      ],
      [4, 'Finns soffan Vik i fler färger?', 'q pub q', '§5 fråga'],
      [3, 'Hur lång är leveranstiden till Kiruna?', 'q pub q', '§5 fråga'],
      [1, 'Bästa priserna! Köp dina möbler på billigasoffor.nu', 'spam none sp', '§5 spam: domän utan schema'],
      [1, 'Erbjudandet gäller bara idag: 60 % rabatt på allt. Klicka här!', 'spam none sp', '§5 spam: reklam'],
      [
        5,
        'Veterinären var jättesnäll mot vår katt och vaccinet gick snabbt.',
        'spam none sp',
        '§5 irrelevant: en veterinär',
      ],
      [5, 'Vad mer kan man önska sig? Snabbt och snyggt.', 'pos pub -', '§5 retorisk fråga'],
    ],
    'sv-hard',
  ),
  ...corpus(
    'da',
    [
      [5, 'Pakken blev leveret til døren, og hjemmesiden er nem at bruge.', 'pos pub -', '§5 ros; navneord'],
      [2, 'Langsom levering, men den kom frem, og alt var helt.', 'neg pub -', '§3 offentligt: langsomt men fremme'],
      [4, 'Jeg bestiller altid her. Bestil en størrelse større i hjemmesko.', 'pos pub -', '§5 verbum'],
      [
        1,
        'Perfekt, igen en knækket lampe. Tusind tak.',
        'neg pp pd,sd',
        '§3 privat: ødelagt vare; sarkasme om gentagne fejl',
      ],
      [4, 'Har I sofaen i sort?', 'q pub q', '§5 spørgsmål'],
      [
        2,
        'Hvornår kommer min ordre 4471093? Den skulle have været her i mandags.',
        'q pp pd,q',
        '§5 spørgsmål; ordrenummer',
      ],
      [1, 'Spar 50 % kun i dag! Køb nu på billigemobler.net', 'spam none sp', '§5 spam: reklame og domæne'],
      [5, 'Tandlægen var rolig, og min fyldning gjorde slet ikke ondt.', 'spam none sp', '§5 irrelevant: en tandlæge'],
      [5, 'Rigtig god kvalitet og hurtig levering. Kan varmt anbefales til alle.', 'pos pub -', '§5 ros; uden æ/ø/å'],
      [5, 'Hvad mere kan man ønske sig? Hurtigt og flot.', 'pos pub -', '§5 retorisk spørgsmål'],
    ],
    'da-hard',
  ),
  ...corpus(
    'fr',
    [
      [5, 'Mon colis est arrivé vite et le site est simple à utiliser.', 'pos pub -', '§5 éloge; noms seuls'],
      [2, 'Livraison lente, mais tout est arrivé en bon état.', 'neg pub -', '§3 public : lent mais arrivé'],
      [4, 'Je commande souvent ici. Commandez une taille au-dessus pour les chaussons.', 'pos pub -', '§5 verbe'],
      [
        1,
        'Merci beaucoup pour ce miroir fendu, encore une fois.',
        'neg pp pd,sd',
        '§3 privé : article endommagé; sarcasme sur un échec répété',
      ],
      [4, 'Livrez-vous en Suisse ?', 'q pub q', '§5 question'],
      [3, 'Quand vais-je recevoir ma commande ?', 'q pub q', '§5 question'],
      [1, "Profitez de -50 % aujourd'hui seulement sur canapes-pas-chers.fr", 'spam none sp', '§5 spam'],
      [
        5,
        'Le vétérinaire a été adorable avec mon chien, vaccin fait en cinq minutes.',
        'spam none sp',
        '§5 hors sujet',
      ],
      [5, 'Que demander de plus ? Rapide et soigné.', 'pos pub -', '§5 question rhétorique'],
      [5, 'Pourquoi je ne vous ai pas découverts plus tôt ? Tout est parfait.', 'pos pub -', '§5 question rhétorique'],
    ],
    'fr-hard',
  ),
  ...corpus(
    'de',
    [
      [5, 'Mein Paket kam pünktlich und die Website ist übersichtlich.', 'pos pub -', '§5 Lob; Substantive allein'],
      [2, 'Langsam, aber angekommen, und alles heil.', 'neg pub -', '§3 öffentlich: langsam, aber angekommen'],
      [4, 'Ich bestelle gerne wieder. Bestellt die Hausschuhe eine Nummer größer.', 'pos pub -', '§5 Verb'],
      [
        1,
        'Na toll, schon wieder ein zerbrochener Spiegel. Danke auch.',
        'neg pp pd,sd',
        '§3 privat: beschädigte Ware; Sarkasmus über wiederholte Fehler',
      ],
      [4, 'Ist der Tisch auch in Eiche erhältlich?', 'q pub q', '§5 Frage ohne Einleitung'],
      [
        3,
        'Der Stuhl wackelt. Muss ich ihn selbst zurückschicken, oder holen Sie ihn ab?',
        'q pp pd,q',
        '§5 Frage; Rücksendung braucht die Bestellung',
      ],
      [1, 'Nur heute: 50 % Rabatt! Jetzt bestellen auf sofa-sparen.de', 'spam none sp', '§5 Spam'],
      [
        5,
        'Kostenloser Versand und 30 % Rabatt mit Gutscheincode MOEBEL30, jetzt zugreifen!',
        'spam none sp',
        '§5 Spam',
      ],
      [5, 'Die Tierärztin war super lieb zu unserem Hund, Impfung ging schnell.', 'spam none sp', '§5 irrelevant'],
      [5, 'Was will man mehr? Schnell und schön.', 'pos pub -', '§5 rhetorische Frage'],
    ],
    'de-hard',
  ),
];
