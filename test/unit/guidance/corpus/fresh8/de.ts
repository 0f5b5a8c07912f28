import { corpus, type CorpusEntry } from '../entry';

/**
 * German fresh set (fresh8): 26 Trustpilot reviews written by hand for the shop Nordlys Home (and a few other
 * businesses on their own profiles), in the style real German customers use (lowercase, typos, emojis, titles),
 * without looking at the product's rules or any other corpus; labelled only from the agent guide (§3 public vs.
 * private dialogue, §5 scenario table, §7 anonymous reviewers).
 */
export const FRESH8_DE: CorpusEntry[] = corpus(
  'de',
  [
    [
      2,
      'hat echt ewig gedauert, 12 tage für einen teppich obwohl 3-5 werktage dranstand. naja ist jetzt da und sieht gut aus, aber schneller wär schön gewesen',
      'neg pub -',
      '2★ slow but arrived: plain disappointment, criticism can be addressed generally (§3 public response).',
    ],
    [
      1,
      'Stehlampe kam mit komplett zersplittertem Glasschirm an. Der Karton war schon außen eingedrückt, das hätte der Fahrer ja merken können. Geliefert an Lindenstraße 14, 50674 Köln. Ich will einfach nur einen neuen Schirm, mehr nicht.',
      'neg pp pd',
      'Damaged item with replacement request and address written out needs the order (§3 private dialogue: personal data).',
      { title: 'Kaputt angekommen' },
    ],
    [
      1,
      'Dritte Bestellung, dritter falscher Artikel. Statt grauer Kissenbezüge diesmal senfgelbe. Respekt, das muss man erstmal hinkriegen 👏👏 Bin gespannt was beim nächsten Mal kommt, vielleicht ein Kühlschrank?',
      'neg pp pd,sd',
      'Wrong item needs the order; sarcasm about repeated failures = very dissatisfied (§3 private dialogue).',
    ],
    [
      1,
      'IHR HABT MIR 249,90 € ZWEIMAL ABGEBUCHT!!! Bestellnummer NH-2024-88172. Seit zwei Wochen keine Antwort auf meine Mails. Wenn das Geld nicht bis Freitag zurück ist geht das an meinen Anwalt und die Verbraucherzentrale. Wann bekomme ich mein Geld endlich zurück???',
      'neg pp pd,sd,q',
      'Double charge + order number (personal data), shouting and legal threat (very dissatisfied) so stays negative though it asks (§3, §5).',
      { title: 'Abzocke' },
    ],
    [
      2,
      'Also ich fang mal von vorne an. Sofa "Hygge 3-Sitzer" am 3.3. bestellt, Liefertermin sollte KW 12 sein. Dann Mail: verschoben auf KW 14. Dann nochmal verschoben auf KW 16, ohne Begründung. In KW 16 kam dann die Spedition, allerdings nur mit 2 von 3 Paketen, die Füße und die Schrauben fehlten. Beim Kundenservice im Chat hieß es, das Paket sei "unterwegs", an der Hotline eine Woche später, es sei nie verschickt worden. Jetzt steht das Sofa seit 10 Tagen ohne Füße in unserem Wohnzimmer auf dem Boden. Der Stoff ist schön und sitzen tut man gut, deshalb 2 Sterne und nicht 1, aber der ganze Ablauf war ein Witz.',
      'neg pp pd,cx',
      'Long step-by-step account with several problems (complex) and missing parts that need the order (§3 private dialogue).',
    ],
    [
      2,
      'früher gabs bei euch viel mehr auswahl bei bettwäsche, jetzt nur noch weiß, grau und beige. echt schade, war mal mein lieblingsshop dafür',
      'neg pub -',
      'Criticism of the range can be answered generally and constructively (§3 public response).',
    ],
    [
      1,
      'Kann mich seit Montag nicht mehr in mein Kundenkonto einloggen. Passwort zurücksetzen bringt nichts, es kommt immer "Fehler AUTH-403: Sitzung ungültig". Hab schon alles probiert, anderer Browser, Handy, Cache gelöscht. So kann ich nicht mal meine Rechnungen sehen.',
      'neg pp pd,cx',
      'Login/account access needs the account; error code and technical fault = complex (§3 private dialogue).',
    ],
    [
      1,
      'Saftladen. Nie wieder bestelle ich da was.',
      'neg pp sd,an',
      '"Saftladen" insult and "never again" = very dissatisfied; anonymous reviewer, offer private dialogue (§3, §7).',
      { anonymous: true },
    ],
    [
      3,
      'Handtücher sind von der Qualität her ok, ziemlich flauschig. Farbe ist aber deutlich dunkler als auf den Fotos, eher petrol als mint. Lieferung war pünktlich.',
      'neu pub -',
      '3★ balanced feedback, improvement point can be addressed generally (§5 3-star).',
    ],
    [
      3,
      'website ist manchmal bisschen lahm aber man findet alles. bestell eh jeden monat meine duftkerzen hier, passt schon',
      'neu pub -',
      'Slow-but-fine website and regular ordering are everyday remarks needing nothing private (§5 3-star).',
    ],
    [
      3,
      'Teppich an sich schön und weich, aber der hat die ersten Tage extrem nach Chemie gerochen. Mittlerweile gehts.',
      'neu pp an',
      'Neutral feedback, but anonymous reviewer: offer a private dialogue (§7).',
      { anonymous: true },
    ],
    [
      5,
      'Warum hab ich euch nicht schon früher entdeckt?? 😍 Die Leinenbettwäsche ist ein Traum, schlafe so gut wie seit Jahren nicht mehr.',
      'pos pub -',
      'Praise; the question is rhetorical and needs no answer (§5 5-star).',
    ],
    [
      5,
      'Eine der Tassen aus dem 6er Set war angeschlagen. Foto an den Kundenservice geschickt und am nächsten Tag war schon Ersatz unterwegs, ohne Diskussion. So muss das laufen!',
      'pos pub -',
      'Praise about a problem already solved needs nothing private (§5 5-star, §3 public response).',
      { title: 'Top Service' },
    ],
    [
      4,
      'Sessel ist richtig bequem und sieht edel aus. Aufbau hat etwas gedauert, die Anleitung ist nur Bilder. Tipp an alle: der Bezug fällt eher knapp aus, lieber die größere Variante nehmen.',
      'pos pub -',
      '4★ praise with a general tip; nothing needs the order (§5 5-star, §3 public).',
    ],
    [5, 'super 👍', 'pos pub -', 'Short praise: thank publicly (§5 5-star).'],
    [
      5,
      'Bin seit Jahren Angstpatientin und Dr. Albrecht und ihr Team haben mir die Wurzelbehandlung so angenehm wie möglich gemacht. Alles erklärt, immer nachgefragt ob es geht. Danke!!',
      'pos pub -',
      'Genuine review of the dental practice on its own profile, not spam; praise (§5 5-star).',
      { company: 'Zahnarztpraxis Dr. Albrecht', brand: 'Zahnarztpraxis Dr. Albrecht' },
    ],
    [
      4,
      'Hab jetzt seit einem halben Jahr das Kerzen-Abo und bin echt zufrieden. Jeden Monat kommt ein neuer Duft, die App erinnert einen vorher und man kann noch tauschen. Einen Stern Abzug weil die Verpackung echt viel Plastik ist, das geht sicher besser. Ansonsten klare Empfehlung!',
      'pos pub -',
      'Praise with a general improvement point; "Abo" and "App" are nouns only, nothing to look up (§3 public).',
    ],
    [
      5,
      'Schnelle Lieferung, gute Qualität, gerne wieder.',
      'pos pp an',
      'Praise, but anonymous reviewer: offer a private dialogue (§7).',
      { anonymous: true },
    ],
    [
      4,
      'Gibt es den Esstisch "Fjord" auch in 180 cm Länge? Der 160er ist uns leider zu klein, würde sonst sofort bestellen. Die Stühle dazu haben wir schon und lieben sie.',
      'q pub q',
      'Concrete product question: answer directly in the public reply (§5 specific question).',
    ],
    [
      3,
      'würde gern wissen ob ihr auch in die schweiz liefert und wie das dann mit zoll ist',
      'q pub q',
      'A question without question mark, general shipping information answerable publicly (§5 specific question).',
    ],
    [
      2,
      'Mein Paket ist seit 10 Tagen "in Zustellung", die Sendungsverfolgung bewegt sich nicht. Wo ist es? Meine Mail ist j.krueger84@web.de, bitte meldet euch.',
      'q pp pd,q',
      'Asks about a missing delivery (not strong dissatisfaction) so question; lost parcel and e-mail written out = personal data (§5, §3).',
    ],
    [
      4,
      'hallo, wo kann man in der app das abo pausieren? finde die einstellung einfach nicht. sonst alles top',
      'q pub q',
      'How-to question about a setting, answerable generally; pausing is not cancelling and needs no account lookup (§5 specific question).',
    ],
    [
      5,
      'Verdiene 500€ am Tag bequem von zuhause aus!!! Keine Vorkenntnisse nötig. Alle Infos auf geldjetzt24.de 💰💰',
      'spam none sp',
      'Work-from-home advertising with a domain: spam, no public reply (§5 spam).',
    ],
    [
      1,
      'Bremsbeläge gewechselt, Rechnung am Ende fast doppelt so hoch wie der Kostenvoranschlag. Und das Auto war auch einen Tag später fertig als versprochen. Werkstatt nicht zu empfehlen.',
      'spam none sp',
      'Review clearly meant for a car workshop, irrelevant to the home shop (§5 spam/irrelevant).',
    ],
    [3, 'asdf jklö test', 'spam none sp', 'Test and random letters: irrelevant (§5 spam).'],
    [
      5,
      'Platz 1 bei Google garantiert! Professionelle SEO für Ihren Shop ➡️ bit.ly/3xK9pQz',
      'spam none sp',
      'SEO advertising with a bare short link: spam (§5 spam).',
      { title: 'Mehr Umsatz für Ihren Onlineshop' },
    ],
  ],
  'de-fresh8',
);
