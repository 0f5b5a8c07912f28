import { corpus, type CorpusEntry } from '../entry';

/**
 * Fresh German (de) set 5: 30 Trustpilot reviews written by hand for this set, independently of the product's
 * rules and without running it, in the voice of real German-speaking customers of "Nordlys Home" (plus one
 * genuine review on another company's own profile). Mix: 9 negative, 4 neutral, 8 positive, 4 questions,
 * 5 spam. Labels follow the agent guide (§3 public vs. private dialogue, §5 scenarios, §7 anonymous reviewers)
 * and the labelling conventions: a noun alone is not personal data, solved problems need nothing private.
 */
export const FRESH5_DE: CorpusEntry[] = corpus(
  'de',
  [
    [
      2,
      'Hat fast drei Wochen gedauert bis das Sofa da war, angegeben waren 5-7 Werktage. Ist jetzt aber heil angekommen und sieht auch gut aus. Trotzdem, für den Preis erwarte ich schnellere Lieferung.',
      'neg pub -',
      '§3 public: slow delivery, item arrived fine; criticism can be addressed generally, nothing to look up',
    ],
    [
      1,
      'Bestellnummer NH-2411-58813. Die Pendelleuchte "Fjord" kam mit gesprungenem Glasschirm an, Karton war außen schon eingedrückt. Fotos hab ich gemacht. Ich möchte einfach einen neuen Schirm, keine Gutschrift.',
      'neg pp pd',
      '§3 private: order number written out and a damaged item to replace need the order; plain disappointment, not strong',
      { title: 'Lampe kaputt angekommen' },
    ],
    [
      1,
      'Glückwunsch Nordlys 👏 dritte Lieferung, dritter zerbrochener Teller. Langsam glaube ich ihr packt das Geschirr absichtlich nur in Zeitungspapier. Beim nächsten mal schick ich euch gleich die Scherben zurück, spart allen Zeit',
      'neg pp pd,sd',
      '§3 private: broken items again need a replacement from the order; sarcasm about repeated failures = very dissatisfied',
      { title: 'jedes mal das gleiche' },
    ],
    [
      1,
      'Mir wurden für EINEN Teppich zweimal 249,00 € abgebucht (Kreditkarte, 14.11.). Hab zwei mal angerufen, beide Male hieß es "wird geprüft". Wenn das Geld bis Ende der Woche nicht zurück ist geht das an die Verbraucherzentrale und meinen Anwalt.',
      'neg pp pd,sd',
      '§3 private: double charge needs the payment/order lookup; threat of lawyer and consumer agency = strong dissatisfaction',
    ],
    [
      1,
      'Ich versuche seit Montag mich in mein Kundenkonto einzuloggen. Schritt 1: Passwort vergessen geklickt, keine Mail bekommen. Schritt 2: nochmal, Spam-Ordner gecheckt, nichts. Schritt 3: neues Konto mit derselben Adresse anlegen wollen -> "Fehler 409: E-Mail bereits registriert". Schritt 4: Chat auf der Seite geöffnet, der Bot schickt mich wieder zu "Passwort vergessen". Meine Adresse ist k.brandt84@web.de, vielleicht kann ja mal ein Mensch draufschauen. Ich will nur meine Rechnung runterladen.',
      'neg pp pd,cx',
      '§3 private: login/account access and an e-mail written out need the account; error code and step-by-step account = complex',
    ],
    [
      2,
      'die farben auf den fotos stimmen echt nicht. der teppich "sand" ist in echt eher grau als beige. behalte ihn trotzdem weil er gut verarbeitet ist, aber bei der bestellung hätte ich mir was anderes vorgestellt',
      'neg pub -',
      '§3 public: general criticism of product photos, customer keeps the item; nothing to look up, not strong',
    ],
    [
      1,
      'Viel zu viel Plastik in der Verpackung für ein paar Handtücher und die Lieferung hat auch länger gedauert als versprochen. Eigentlich wollte ich hier wegen Nachhaltigkeit bestellen. Schade.',
      'neg pp an',
      '§7 anonymous reviewer: answer generally and always offer a private dialogue; criticism itself general',
      { anonymous: true },
    ],
    [
      2,
      'Wo fange ich an. Das Bücherregal "Vik" kam ohne den Beutel mit Schrauben und Dübeln. Dann ist mir beim Auspacken aufgefallen, dass die Seitenteile weiß sind, bestellt hatte ich Eiche. Und die Aufbauanleitung gibts nur auf Schwedisch und Englisch, ohne Bilder zu den letzten Schritten. Jetzt steht hier ein halbes Regal im Flur.',
      'neg pp pd,cx',
      '§3 private: missing parts and wrong item need the order; several distinct problems = complex; disappointed, not strong',
      { title: 'Regal unvollständig + falsche Farbe' },
    ],
    [
      1,
      'BETRUG!!! Bestellung am 3. storniert, Bestätigung bekommen, bis heute kein Cent zurück. Kundenservice antwortet nicht. Wo ist mein Geld??? Nie wieder Nordlys',
      'neg pp pd,sd,q',
      '§3 private: refund of a cancelled order needs the order; "Betrug", capitals, "nie wieder" = very dissatisfied, so negative though it asks',
    ],
    [
      3,
      'Ich bestelle hier eigentlich jeden Monat irgendwas, Kerzen, Servietten, Kleinkram. Preise sind fair. Was mich stört: die Versandkostenfrei-Grenze wurde von 49 auf 69 € hochgesetzt, das merkt man schon.',
      'neu pub -',
      '§5 3-star: regular customer, general feedback on shipping threshold; answerable publicly',
    ],
    [
      3,
      'Kissenbezüge sind schön weich, Leinen fühlt sich hochwertig an. Fallen aber klein aus, meine 50x50 Kissen passen nur mit Gewalt rein. Tipp: eine Nummer größer bestellen.',
      'neu pub -',
      '§5 3-star: size advice and product feedback; nothing personal to look up',
    ],
    [
      3,
      'website lädt ziemlich langsam, vor allem die produktseiten mit vielen bildern. am ende hat aber alles geklappt und das paket war pünktlich da. ok',
      'neu pub -',
      '§3 public: slow website but it worked, parcel on time; no fault to investigate',
      { title: 'geht so' },
    ],
    [
      3,
      'Ganz ok. Nix besonderes.',
      'neu pp an',
      '§7 anonymous reviewer: always offer a private dialogue',
      { anonymous: true },
    ],
    [5, 'super schnell geliefert, alles top 👍', 'pos pub -', '§5 5-star praise: thank publicly'],
    [
      5,
      'Warum hab ich euch nicht früher gefunden?? 😍 Die Bettwäsche ist ein Traum, die Vorhänge auch. Die halbe Wohnung ist jetzt Nordlys',
      'pos pub -',
      '§5 5-star praise; the question is rhetorical, nothing to answer',
    ],
    [
      4,
      'Der Läufer kam mit einem Fleck an, hab ne kurze Mail mit Foto geschickt und zwei Tage später war schon Ersatz da, den alten durfte ich sogar behalten. So muss das laufen. Ein Stern Abzug nur weils überhaupt passiert ist.',
      'pos pub -',
      '§5 praise for a problem already solved; nothing left to look up',
    ],
    [
      5,
      'Ich hab seit einem halben Jahr das Duftkerzen-Abo und bin jedes Mal wieder begeistert. Kommt immer pünktlich Anfang des Monats, die Düfte wechseln je nach Jahreszeit und die Kerzen brennen wirklich sauber ab, ohne Ruß. Im Oktober war "Kaminabend" dabei, der war mein Favorit, den würde ich sofort als Dauerduft nehmen. Verpackung ist auch fast komplett aus Papier, das finde ich klasse. Habe das Abo inzwischen auch meiner Schwester geschenkt.',
      'pos pub -',
      '§5 5-star praise; subscription mentioned only as praise, nothing to change or cancel',
      { title: 'Bestes Abo ever' },
    ],
    [
      5,
      'Endlich ein Friseur, der zuhört! Wollte nur die Spitzen geschnitten haben und genau das hab ich bekommen. Lena hat mir auch noch gezeigt wie ich die Locken ohne Föhn hinkriege. Komme wieder.',
      'pos pub -',
      '§5 5-star praise; genuine review of the salon on its own profile, so not spam',
      { company: 'Haarwerk Friseure', brand: 'Haarwerk Friseure' },
    ],
    [
      4,
      'Paket kam pünktlich, die Tischlampe ist richtig hübsch. Leuchtmittel war nicht dabei, stand aber auch so in der Beschreibung, also mein Fehler. Gerne wieder',
      'pos pub -',
      '§5 4-star praise; missing bulb was as described, no problem to solve',
    ],
    [
      5,
      'Alles bestens, schöne Sachen, netter Kontakt. Danke!',
      'pos pp an',
      '§7 anonymous reviewer: thank and always offer a private dialogue',
      { anonymous: true },
    ],
    [
      4,
      'über die app bestellt, konto war in 2 min angelegt und die sendungsverfolgung ist echt gut gemacht. einzig die suche in der app könnte besser sein, findet bei "kissen" auch töpfe lol',
      'pos pub -',
      '§5 4-star praise with a small general suggestion; app and account are just nouns here',
    ],
    [
      4,
      'Sehr zufrieden mit dem Esstisch "Bergen". Gibt es den auch in 180 cm Länge? Wir bräuchten für die Terrasse noch einen größeren.',
      'q pub q',
      '§5 review with a specific question: answer directly in the public reply',
    ],
    [
      3,
      'würde gern wissen ob ihr auch in die schweiz liefert und wie das dann mit zoll läuft',
      'q pub q',
      '§5 question without question mark: answer publicly, nothing personal needed',
    ],
    [
      5,
      'wann kommt die leinenbettwäsche in salbei wieder rein',
      'q pub q',
      '§5 blunt question (no question mark) about restocking: answer publicly',
    ],
    [
      2,
      'Meine Bestellung 448812 ist seit 12 Tagen unterwegs, die Sendungsverfolgung zeigt seit einer Woche "in Zustellung". Könnten Sie bitte mal nachsehen wo das Paket steckt?',
      'q pp pd,q',
      '§5 question that needs the order: lost/missing delivery and order number written out; polite, not strongly dissatisfied',
    ],
    [
      5,
      'Verdiene jetzt 400€ am Tag von zu Hause aus, ohne Vorkenntnisse!!! Infos hier 👉 bit.ly/3xK9fQz',
      'spam none sp',
      '§5 spam: work-from-home advertising with a short link, no public reply',
    ],
    [
      5,
      'Ihr Onlineshop könnte viel mehr Besucher haben! Wir bringen Sie auf Seite 1 bei Google, garantiert. Jetzt kostenlose Analyse sichern auf ranking-profis24.de',
      'spam none sp',
      '§5 spam: SEO sales pitch with a domain, no public reply',
    ],
    [
      5,
      'Dr. Hansen hat mir meinen Weisheitszahn gezogen und ich hab fast nichts gemerkt. Auch die Damen an der Anmeldung super lieb. Danke an das ganze Praxisteam!',
      'spam none sp',
      '§5 irrelevant: review meant for a dental practice, not the home goods shop',
    ],
    [
      1,
      'Auto zur Inspektion gebracht, Ölwechsel wurde berechnet aber nicht gemacht, hab den alten Ölfilter noch drin gefunden. Werkstatt abzocke',
      'spam none sp',
      '§5 irrelevant: review meant for a car workshop, not for this shop',
    ],
    [1, 'test asdfg jklö', 'spam none sp', '§5 spam: test and random letters'],
  ],
  'de-fresh5',
);
