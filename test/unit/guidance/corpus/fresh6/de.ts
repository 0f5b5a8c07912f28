import { corpus, type CorpusEntry } from '../entry';

/**
 * Fresh set 6, German: 26 Trustpilot reviews of the home-goods shop Nordlys Home (plus two reviews written on the
 * profiles of other businesses), written from scratch in German the way customers really write them, and labelled by
 * hand from the agent guide (§3 public vs. private, §5 scenarios, §7 anonymous reviewers) without running or reading
 * the product. Mix: 8 negative, 3 neutral, 7 positive, 4 questions, 4 spam.
 */
export const FRESH6_DE: CorpusEntry[] = corpus(
  'de',
  [
    // ---- negative ----
    [
      1,
      'NIE WIEDER!!! Bestellung 7730914 im Oktober bezahlt (Vorkasse, 412,90 €), Ware nie angekommen, auf Mails reagiert keiner mehr. Für mich ist das Betrug. Mein Anwalt ist eingeschaltet und die Verbraucherzentrale weiß auch Bescheid.',
      'neg pp pd,sd',
      '§3 privat: bezahlte, nie gelieferte Bestellung mit Bestellnummer muss nachgeschlagen werden; Großbuchstaben, "Betrug", Anwalt/Verbraucherzentrale = sehr unzufrieden',
      { title: 'Betrug' },
    ],
    [
      2,
      'hat echt ewig gedauert, fast 3 wochen für zwei kissen. sind dann aber angekommen und sehen gut aus. trotzdem nur 2 sterne wegen der wartezeit',
      'neg pub -',
      '§3 öffentlich: "langsam, aber angekommen" lässt sich allgemein beantworten; nichts nachzuschlagen',
    ],
    [
      1,
      'Teppich "Lund" in Salbeigrün bestellt, bekommen hab ich einen in Senfgelb. Passt überhaupt nicht ins Wohnzimmer. Bitte um Umtausch, Rücksendeetikett hab ich noch keins bekommen.',
      'neg pp pd',
      '§3 privat: falscher Artikel und Umtausch brauchen die Bestellung; enttäuscht, aber nicht stark',
    ],
    [
      2,
      'Ich komme seit einer Woche nicht mehr in mein Kundenkonto. Zuerst kam beim Login "Fehler 503 – Dienst nicht verfügbar". Dann habe ich auf "Passwort vergessen" geklickt, die Mail mit dem Link kam auch, aber der Link führt auf eine Seite mit "Token abgelaufen", obwohl ich ihn nach zwei Minuten angeklickt habe. Das habe ich dreimal probiert, auch am Laptop statt am Handy. Danach war das Konto plötzlich "aus Sicherheitsgründen gesperrt". Im Konto liegen meine Gutscheine und die Rechnung für die Kommode, die ich für die Garantie brauche. Der Chat verweist mich nur auf die FAQ. Schade, eigentlich kaufe ich gern bei euch.',
      'neg pp pd,cx',
      '§3 privat: Login-/Kontozugang braucht das Konto der Kundin; Fehlermeldungen und eine lange Schritt-für-Schritt-Schilderung = komplex; bedauernd, nicht stark',
      { title: 'Konto gesperrt, Fehler 503' },
    ],
    [
      1,
      'Bravo Nordlys, ihr habt es geschafft: zum DRITTEN Mal das falsche Kissen geschickt. Erst grau statt blau, dann 40x40 statt 50x50, und jetzt wieder grau. Langsam glaube ich, das ist Absicht. Ich gebe auf.',
      'neg pp pd,sd',
      '§3 privat: falscher Artikel, Ersatz über die Bestellung; Sarkasmus über wiederholte Fehler = sehr unzufrieden',
    ],
    [
      1,
      'Die Umzugshelfer waren pünktlich, aber beim Tragen wurde unser Kleiderschrank an zwei Seiten tief zerkratzt und eine Tür hängt schief. Der Schaden ist im Übergabeprotokoll vermerkt, trotzdem hören wir seit drei Wochen nichts von der Versicherung.',
      'neg pp pd',
      '§3 privat: ein echter Schadensfall bei der Umzugsfirma auf deren eigenem Profil (kein Spam); der Schaden muss über den Auftrag geklärt werden',
      { company: 'Umzüge Krämer GmbH', brand: 'Umzüge Krämer GmbH' },
    ],
    [
      2,
      'Handtücher nach dem dritten Waschen schon total hart und fusselig. Für den Preis enttäuschend.',
      'neg pp an',
      '§7 anonym: allgemein und empathisch antworten, aber immer einen privaten Dialog anbieten',
      { anonymous: true },
    ],
    [
      1,
      'Was für ein Saftladen. 249 € zweimal von meinem Konto abgebucht, für EINEN Esstisch. Seit 10 Tagen schreibe ich euch, keine Antwort. Wo ist mein Geld??',
      'neg pp pd,sd,q',
      '§3 privat: Doppelabbuchung muss über die Bestellung geklärt werden; Beschimpfung und Großbuchstaben = sehr unzufrieden, daher bleibt es negativ trotz echter Frage',
    ],
    // ---- neutral ----
    [
      3,
      'Hab seit einem halben Jahr das Kerzen-Abo. Die Kerzen sind hübsch und brennen sauber ab, aber der Duft könnte ruhig stärker sein, im großen Wohnzimmer riecht man fast nix. Mal sehen ob ich verlängere.',
      'neu pub -',
      '§5 3 Sterne: ausgewogenes Feedback mit Verbesserungsvorschlag; "Abo" ist hier nur ein Alltagswort, nichts zu kündigen',
    ],
    [
      3,
      'Die Website ist ziemlich langsam, vor allem die Bilder laden ewig, aber am Ende hat alles geklappt. Stühle sind okay, nicht mehr und nicht weniger.',
      'neu pub -',
      '§5 3 Sterne: allgemeine Kritik an der Website, keine Fehlermeldung, nichts Persönliches',
    ],
    [
      3,
      'Couchtisch an sich schön und stabil, aber im Paket fehlten zwei der vier Schrauben für die Beine. Steht jetzt provisorisch mit Schrauben aus dem Baumarkt. Hab dem Support geschrieben, mal schauen.',
      'neu pp pd',
      '§3 privat: fehlende Teile müssen über die Bestellung nachgeliefert werden; 3 Sterne, nicht stark unzufrieden',
    ],
    // ---- positive ----
    [5, 'Super schnell geliefert, Lampe genau wie auf den Bildern 😊', 'pos pub -', '§5 Lob: öffentlich danken'],
    [
      5,
      'Warum hab ich euch nicht schon früher entdeckt? Die Leinenvorhänge sind ein Traum und die Beratung im Chat war super nett.',
      'pos pub -',
      '§5 Lob; die Frage ist rhetorisch und braucht keine Antwort',
    ],
    [
      4,
      'Paket kam pünktlich und ordentlich verpackt. Die Bettwäsche ist toll, fällt aber etwas klein aus – lieber eine Nummer größer bestellen.',
      'pos pub -',
      '§5 Lob mit allgemeinem Tipp; "Paket" und "bestellen" sind Alltagswörter',
    ],
    [
      5,
      'Eine Vase kam leider kaputt an. Foto geschickt, am nächsten Tag war das Geld schon zurück auf dem Konto. So muss Kundenservice sein, danke!',
      'pos pub -',
      '§5 Lob über ein bereits gelöstes Problem; nichts mehr nachzuschlagen',
      { title: 'Vorbildlicher Service' },
    ],
    [
      5,
      'Bin seit Jahren bei Melanie, aber diesmal war ich besonders happy: Balayage genau so wie ich es wollte, sie hat sich richtig Zeit genommen und der Kaffee war auch lecker ☕ Termin online buchen klappt inzwischen auch problemlos.',
      'pos pub -',
      '§5 Lob: echte Bewertung des Friseursalons auf dessen eigenem Profil, daher kein Spam',
      { company: 'Salon Haarmonie', brand: 'Salon Haarmonie' },
    ],
    [
      4,
      'Gute Qualität bei den Pfannen, schneller Versand. Ein Stern Abzug weil die Verpackung viel zu groß war.',
      'pos pp an',
      '§7 anonym: immer einen privaten Dialog anbieten, auch wenn das Lob selbst nur einen öffentlichen Dank bräuchte',
      { anonymous: true },
    ],
    [
      5,
      'ich bestell hier eigentlich jeden monat irgendwas, meistens küchenkram oder kerzen, und bin noch nie enttäuscht worden. die app ist übersichtlich, man sieht gleich ob was auf lager ist und die lieferung kommt meistens nach 2-3 tagen. letzte woche hab ich mir den großen jute teppich gegönnt und der ist noch schöner als auf den fotos. einziger kleiner minuspunkt: die gratis lieferung erst ab 50 €, aber das ist ja fast überall so. macht weiter so!!',
      'pos pub -',
      '§5 Lob mit kleiner allgemeiner Kritik; "App" und "Lieferung" sind Alltagswörter, kein konkretes Problem',
    ],
    // ---- questions ----
    [
      5,
      'Gibt es den Sessel "Hygge" auch in Dunkelgrün? Auf der Seite seh ich nur grau und beige.',
      'q pub q',
      '§5 konkrete Frage: direkt und öffentlich beantworten; allgemeine Produktinfo',
    ],
    [
      4,
      'schöne sachen und faire preise. würde gern wissen ob ihr auch nach österreich liefert und was der versand dann kostet',
      'q pub q',
      '§5 Frage ohne Fragezeichen: öffentlich beantworten, nichts Persönliches',
    ],
    [
      3,
      'Kann ich meine Bestellung 20931-DE noch stornieren? Hab mich beim Sofa in der Farbe vertan und die Bestätigung kam erst heute früh.',
      'q pp pd,q',
      '§5 Frage; §3 privat: Stornierung braucht die Bestellung, Bestellnummer ausgeschrieben',
    ],
    [
      2,
      'Meine Lieferung ist seit zwei Wochen überfällig und die Sendungsverfolgung zeigt seit dem 3. nur "Sendung in Bearbeitung". Könnten Sie bitte einmal nachschauen, wo das Paket steckt?',
      'q pp pd,q',
      '§5 höfliche Frage bei 2 Sternen ohne starke Unzufriedenheit, daher Frage; §3 privat: verlorene Lieferung muss nachgeschlagen werden',
    ],
    // ---- spam ----
    [
      5,
      'Verdienen Sie bis zu 5.000 € im Monat bequem von zu Hause! Keine Vorkenntnisse nötig. Jetzt informieren auf geldjetzt24 punkt de',
      'spam none sp',
      '§5 Spam: Werbung / Heimarbeit-Angebot mit ausgeschriebener Domain; nicht öffentlich antworten',
    ],
    [1, 'bit.ly/2kRg8xZ', 'spam none sp', '§5 Spam: nackter Kurzlink'],
    [
      5,
      'Dr. Weber und das ganze Praxisteam haben unseren Kater nach dem Unfall so liebevoll versorgt. Danke, dass ihr auch am Wochenende für uns da wart!',
      'spam none sp',
      '§5 irrelevant: eindeutig für eine Tierarztpraxis gedacht, nicht für einen Möbel-/Wohnshop',
    ],
    [3, 'qwertz test bitte ignorieren', 'spam none sp', '§5 Spam: Test / zufällige Buchstaben'],
  ],
  'de-fresh6',
);
