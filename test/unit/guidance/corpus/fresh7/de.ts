import { corpus, type CorpusEntry } from '../entry';

/**
 * Independent German set (fresh7): 30 Trustpilot reviews written from scratch for the shop Nordlys Home
 * (one for a dental practice on its own profile), in the voice of real German-speaking customers: lower
 * case, typos, emojis, titles sometimes, a few words to a long account. Mix: 9 negative, 4 neutral,
 * 7 positive, 5 questions, 5 spam/other business. Labelled by hand from the agent guide (§3 public vs.
 * private, §5 scenarios, §7 anonymous reviewers) and the labelling conventions for reasons, without running the product.
 */
export const FRESH7_DE: CorpusEntry[] = corpus(
  'de',
  [
    [
      2,
      'hat echt ewig gedauert, fast drei wochen für zwei kissenbezüge 🙄 am ende kam aber alles an und die qualität passt. trotzdem nur 2 sterne wegen der warterei',
      'neg pub -',
      '2★ slow but arrived, nothing to look up, criticism can be answered generally (§3 public)',
      { title: 'Langsam, aber angekommen' },
    ],
    [
      1,
      'Der Wandspiegel "Fjord" kam in tausend Scherben an, der Karton war nicht mal gepolstert. Ich möchte entweder Ersatz oder mein Geld zurück. Bestellnummer NH-48213-DE, Fotos habe ich.',
      'neg pp pd',
      'broken item, replacement or refund, order number written out → personal data (§3 private dialogue)',
    ],
    [
      1,
      'Dritter Versuch, dritte falsche Lieferung. Respekt, das muss man erstmal hinkriegen 👏👏 Bestellt: Leinenvorhang salbeigrün. Geliefert: beige. Dann grau. Jetzt wieder beige. Bin gespannt auf Runde 4, vielleicht wirds ja diesmal lila.',
      'neg pp pd,sd',
      'wrong item needs the order; sarcasm about repeated failures = very dissatisfied (§3 private dialogue)',
    ],
    [
      1,
      'Mir wurden ZWEIMAL 389,00 € abgebucht für EINEN Teppich!!! Seit zwei Wochen keine Antwort auf meine Mails (k.brandt84@web.de, falls ihr sie sucht). Wenn das Geld bis Freitag nicht zurück ist, geht das Ganze an die Verbraucherzentrale und an meinen Anwalt.',
      'neg pp pd,sd',
      'double charge and e-mail written out → personal data; capitals and legal threat → strong dissatisfaction (§3)',
      { title: 'Doppelt abgebucht' },
    ],
    [
      2,
      'Also, von vorne. Ecksofa "Sommerhus" bestellt am 2. Oktober, Lieferung angekündigt für KW 44. In KW 44 kam eine Mail, dass es KW 46 wird, ok, kann passieren. Die Spedition sollte sich 24h vorher telefonisch melden, hat sie nicht, stand einfach am Dienstag um 7:10 vor der Tür, ich war zum Glück zufällig im Homeoffice. Beim Aufbauen dann festgestellt: ein Fuß fehlt, im Beutel waren nur 5 statt 6. Wollte das über den Chat auf eurer Seite melden, da kam nur "Fehler 502 – Bad Gateway". Beim zweiten Versuch hat der Chat mich nach 20 Minuten Warteschlange einfach rausgeworfen. Jetzt steht das Sofa schief auf einem Buch. Das Sofa selbst ist bequem und der Stoff schön, deshalb nicht 1 Stern, aber so was erwartet man bei dem Preis nicht.',
      'neg pp pd,cx',
      'missing part needs the order; long step-by-step account with several problems and an error code → complex (§3)',
    ],
    [
      1,
      'Abzocker. Finger weg von dem Laden. Nie wieder.',
      'neg pp sd,an',
      'insult and "nie wieder" = strong dissatisfaction; anonymous → offer private dialogue (§3, §7)',
      { anonymous: true },
    ],
    [
      2,
      'die seite ist echt lahm und total unübersichtlich, man klickt sich dumm und dämlich bis man mal ne passende lampe findet. produktbeschreibungen sind auch sehr dünn, maße stehen oft nicht dabei. die sachen an sich sind schön, aber das einkaufen macht null spaß',
      'neg pub -',
      'general criticism of the website and product texts, nothing personal needed, can be answered openly (§3 public)',
    ],
    [
      1,
      'Komme seit Tagen nicht mehr in mein Kundenkonto. Bei jedem Login kommt "Fehlercode AUTH-403: Sitzung ungültig". Passwort zurücksetzen probiert, die Mail dafür kommt nie an, auch nicht im Spam. Meine ganzen Bestellungen und Gutscheine hängen da drin.',
      'neg pp pd,cx',
      'account access needs their account; error code and technical fault → complex (§3)',
      { title: 'Login kaputt' },
    ],
    [
      1,
      'SCHON WIEDER keine Lieferung. Ich hab echt die Nase voll von euch. Wo ist mein Paket?? Adresse ist Lindenstraße 14, 50667 Köln, Sendungsverfolgung sagt seit 10 Tagen "in Zustellung". Das ist jetzt das zweite Mal dieses Jahr.',
      'neg pp pd,sd,q',
      'missing delivery and street address; capitals and repeated failure → very dissatisfied, so stays negative but asks (§3, §5)',
    ],
    [
      3,
      'Stehlampe ist wirklich schön und macht warmes Licht. Lieferung hat allerdings eine Woche länger gedauert als angegeben. Passt schon, aber da ist Luft nach oben.',
      'neu pub -',
      '3★ balanced feedback, delay can be acknowledged in general (§5 neutral)',
    ],
    [
      3,
      'Qualität ok für den Preis. Die Bettwäsche läuft beim ersten Waschen etwas ein, also lieber eine Nummer größer bestellen.',
      'neu pp an',
      'neutral sizing tip needs nothing private, but the reviewer is anonymous → offer private dialogue (§7)',
      { anonymous: true },
    ],
    [
      3,
      'Hab das Duftkerzen-Abo jetzt seit nem halben Jahr. Jeden Monat kommt pünktlich was, die Düfte sind mal mega (Kiefer!!) und mal naja (irgendwas mit Vanille, zu süß). Die App ist praktisch um das Abo zu verwalten. Für 3 Sterne reichts',
      'neu pub -',
      'Abo and App are only mentioned, nothing to look up (§3 public, §5 neutral)',
    ],
    [
      3,
      'Schöne Sachen, keine Frage. Aber die Preise sind in den letzten Monaten ganz schön angezogen und 6,95 € Versand finde ich happig für ein paar Geschirrtücher.',
      'neu pub -',
      'price criticism that can be answered generally (§3 public, §5 neutral)',
      { title: 'Gut, aber teurer geworden' },
    ],
    [
      5,
      'Super schnell geliefert und der Teppich ist noch schöner als auf den Fotos 😍😍 Farbe genau wie beschrieben.',
      'pos pub -',
      'praise, thank publicly (§5 5-star)',
    ],
    [
      5,
      'Warum hab ich euch nicht früher gefunden?! Endlich Bettwäsche, die nach drei Wäschen nicht pillt und sich trotzdem weich anfühlt. Hab direkt noch zwei Sets für die Gästezimmer nachbestellt.',
      'pos pub -',
      'rhetorical question in praise is not a question to answer (§5 5-star)',
    ],
    [
      4,
      'Eine der sechs Tassen hatte einen Sprung. Kurz ein Foto an den Kundenservice geschickt und zwei Tage später war Ersatz da, ohne Diskussion. So muss das! Ein Stern Abzug nur weil die Verpackung etwas knapp war.',
      'pos pub -',
      'praise about a problem already solved needs nothing private (§3 public)',
    ],
    [
      5,
      'bestell hier fast jeden monat irgendwas, paket kommt immer pünktlich und gut verpackt. top 👍',
      'pos pub -',
      'order and parcel are only mentioned, praise (§5 5-star)',
    ],
    [
      4,
      'Wir haben den Esstisch "Ask" in 180 cm und vier passende Stühle gekauft und sind wirklich begeistert. Das Holz ist massiv, die Oberfläche fühlt sich toll an und der Tisch steht bombenfest. Die Lieferung kam wie angekündigt, die Fahrer waren freundlich und haben alles bis ins Esszimmer getragen. Einziger Kritikpunkt: die Aufbauanleitung für die Stühle ist ziemlich unverständlich, nur Bildchen, und bei Schritt 3 sieht man nicht, welche Schraube wohin gehört. Mit etwas Geduld haben wir es trotzdem geschafft. Würden wieder bestellen.',
      'pos pub -',
      '4★ long praise with one general improvement point (§5, §3 public)',
      { title: 'Toller Tisch, Anleitung verbesserungswürdig' },
    ],
    [
      5,
      'Hab einen Sessel zurückgeschickt weil die Farbe doch nicht ins Wohnzimmer gepasst hat. Abholung war kostenlos und das Geld war nach 3 Tagen wieder auf dem Konto. Vorbildlich!',
      'pos pub -',
      'refund already done, praise needs no lookup (§3 public)',
    ],
    [
      5,
      'Ich hatte panische Angst vorm Zahnarzt, seit Jahren nicht mehr gewesen. Frau Dr. Weber und ihr Team haben sich so viel Zeit genommen, alles erklärt und die Füllung hab ich kaum gespürt. Danke!!',
      'pos pub -',
      'genuine review of the dental practice on its own profile, not spam; praise (§5 5-star)',
      { company: 'Zahnarztpraxis Dr. Weber', brand: 'Zahnarztpraxis Dr. Weber' },
    ],
    [
      4,
      'Tolle Kissen, sehr gute Füllung! Gibt es die Bezüge auch in 60x60? Hab auf der Seite nur 50x50 gefunden.',
      'q pub q',
      'a product question to answer directly in public (§5 question)',
    ],
    [
      3,
      'weiß jemand ob man die hängelampe auch mit normalen e27 birnen betreiben kann oder braucht man da die speziellen würde das gern wissen bevor ich noch eine bestelle',
      'q pub q',
      'a real question without question mark, general answer (§5 question)',
    ],
    [
      5,
      'Bisher alles top bei euch. Kann ich bei meiner Bestellung 1009347 noch die Lieferadresse ändern? Bin letzte Woche umgezogen und die ist noch nicht verschickt.',
      'q pp pd,q',
      'question about changing the address of a written-out order → needs their data (§5 question, §3)',
    ],
    [
      2,
      'Liefert ihr jetzt in die Schweiz oder nicht? Steht nirgends klar drin. Deshalb 2 Sterne.',
      'q pub q',
      'blunt question at 2★ without strong dissatisfaction → question, general answer (§5)',
    ],
    [
      1,
      'wie kündige ich das abo?? finde im konto keinen button dafür',
      'q pp pd,an,q',
      'cancelling a subscription needs the account; anonymous; not strongly dissatisfied, so a question (§5, §7)',
      { anonymous: true },
    ],
    [
      5,
      'Schnell Geld verdienen von zu Hause aus!!! 500 € am Tag ohne Vorkenntnisse, nur Handy nötig 💰💰 → bit.ly/3xKd9Qa',
      'spam none sp',
      'work-from-home advertising with short link → spam, no public reply (§5 spam)',
    ],
    [
      5,
      'Beste Friseurin der Stadt! Sabine hat meine Balayage perfekt hinbekommen, Termin war pünktlich und der Kaffee lecker. Komme wieder ✂️',
      'spam none sp',
      'review meant for a hair salon on the home-goods profile → irrelevant (§5 spam)',
    ],
    [1, 'test', 'spam none sp', 'a test, not a review (§5 spam)'],
    [
      4,
      'Sie möchten mehr Umsatz mit Ihrem Onlineshop? Platz 1 bei Google garantiert, Bezahlung auch in Bitcoin möglich. Jetzt unverbindlich anfragen: rankingprofi-seo24.de',
      'spam none sp',
      'SEO/crypto advertising with a domain without scheme (§5 spam)',
    ],
    [
      1,
      'Die Möbelpacker kamen drei Stunden zu spät und haben beim Tragen die Kommode von meiner Oma angeschlagen. Kostenvoranschlag waren 900 €, am Ende wollten sie 1.400 bar. Dieses Umzugsunternehmen nie wieder!',
      'spam none sp',
      'clearly about a moving company, not the shop → review for another business (§5 spam)',
      { title: 'Umzug der Horror' },
    ],
  ],
  'de-fresh7',
);
