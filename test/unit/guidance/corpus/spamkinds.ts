import { corpus, type CorpusEntry } from './entry';

/**
 * The kinds of spam and irrelevant reviews a word list misses until it knows the kind, in five
 * languages: trial texts ("test" with filler, numbers or keyboard letters), sales pitches to the
 * shop (SEO, "page 1 on Google", web design, passive income) and reviews meant for businesses of
 * other kinds (insurers, airlines, driving schools, nail salons, estate agents, movers, hotels,
 * vets, takeaways…). Beside them, genuine look-alikes that must stay reviews: home goods bought
 * for a hotel or after a move, "tested" furniture, a genuine review on a business's own profile.
 */
const EN = corpus(
  'en',
  [
    [3, 'testing 123 please ignore', 'spam none sp', '§5 spam: a trial text, not a review'],
    [1, 'test qwrtz hjklm', 'spam none sp', '§5 spam: "test" and keyboard letters'],
    [
      5,
      'Hi! Your online store deserves more visitors. Our marketing agency does SEO and link building that gets shops like yours to page 1 of Google. Reply for a free audit.',
      'spam none sp',
      '§5 spam: a sales pitch to the shop, no public reply',
    ],
    [
      1,
      'My insurer took four months to settle the claim after the burst pipe, and the excess was twice what the policy said. Avoid this insurance company.',
      'spam none sp',
      '§5 irrelevant: a review meant for an insurer, flag it',
    ],
    [
      2,
      'Failed my driving test after 20 driving lessons, and the driving instructor was on his phone half the time.',
      'spam none sp',
      '§5 irrelevant: a review meant for a driving school',
    ],
    [
      5,
      'Bought the linen bedding after a hotel stay and our bedroom finally feels like a hotel. The sheets are soft and the duvet cover washes well.',
      'pos pub -',
      '§5 5-star praise: hotel-like bedding is the shop’s own goods, not a hotel review',
    ],
    [
      5,
      'Booked a week in Crete and the travel agent sorted every excursion and the transfer. Lovely holiday.',
      'pos pub -',
      "§5 5-star praise on the travel agency's own profile: a genuine review, not spam",
      { company: 'Sunway Travel Agency', brand: 'Sunway Travel Agency' },
    ],
    [
      5,
      'We moved house last month and the movers were great, but the real star is the oak sideboard and the wool rug from you. Fast delivery too.',
      'pos pub -',
      '§5 5-star praise of furniture bought after a move: the shop’s own goods',
    ],
    [
      1,
      'Went in for a cut and blow-dry with Jade, she chopped my fringe far too short and I look about twelve.',
      'spam none sp',
      '§5 irrelevant: a review of a hairdresser told by the work (cut and blow-dry, fringe), flag it',
    ],
    [
      2,
      'Ordered two pepperoni pizzas and garlic bread on Friday night, arrived cold and an hour late.',
      'spam none sp',
      '§5 irrelevant: a review of a takeaway told by the food, flag it',
    ],
    [1, 'zxcvbnm', 'spam none sp', '§5 spam: one word of keyboard letters'],
    [
      4,
      'The trim on the cushion is a little loose, but the colour is exactly as pictured.',
      'pos pub -',
      '§5 praise with a small remark: the trim of a cushion is home goods',
    ],
    [
      5,
      'Our new pizza oven makes a proper margherita in two minutes, and the pizza peel was a nice extra.',
      'pos pub -',
      '§5 praise: a pizza oven bought from the shop is home goods',
    ],
    [
      5,
      'Jade did my highlights and a trim, the best balayage I have ever had. Booking again!',
      'pos pub -',
      "§5 praise on the salon's own profile: a genuine review",
      { company: 'Glow & Co Salon', brand: 'Glow & Co Salon' },
    ],
  ],
  'en-spamkinds',
);

const SV = corpus(
  'sv',
  [
    [3, 'testar 123 ignorera', 'spam none sp', '§5 spam: ett testinlägg, ingen recension'],
    [
      5,
      'Hej! Vi ser att din webbutik inte syns på Google. Vår webbyrå hjälper e-handlare med SEO och länkbygge så att ni hamnar på första sidan på Google.',
      'spam none sp',
      '§5 spam: säljpitch till butiken, inget publikt svar',
    ],
    [
      1,
      'Trafikskolan tog betalt för tolv körlektioner och läraren ställde in hälften. Klarade inte uppkörningen heller.',
      'spam none sp',
      '§5 irrelevant: en recension av en trafikskola, inte butiken',
    ],
    [
      2,
      'Nagelsalongen slarvade, gelenaglar som lossnade efter tre dagar och fransförlängningen satt snett.',
      'spam none sp',
      '§5 irrelevant: en recension av en nagelsalong',
    ],
    [
      5,
      'Mäklaren var toppen, visningen gick bra och budgivningen slutade över utgångspriset.',
      'spam none sp',
      '§5 irrelevant: en recension av en mäklare på fel profil',
    ],
    [
      5,
      'Testade soffan en månad innan jag skrev, den är lika skön nu som första dagen och tyget håller bra. Snabb leverans!',
      'pos pub -',
      '§5 beröm: "testade" om en soffa är en recension, inget test av formuläret',
    ],
    [
      4,
      'Köpte lakan och handdukar till vårt lilla hotell, gästerna älskar dem. Hotellkänsla hemma också, påslakanen är sköna.',
      'pos pub -',
      '§5 beröm: textilier till ett hotell är butikens egna varor',
    ],
    [
      5,
      'Flyttgubbarna var på plats kl 7, bar allt utan en repa och tunga lyft ingick. Rekommenderar!',
      'pos pub -',
      '§5 beröm på flyttfirmans egen profil: en äkta recension',
      { company: 'Snabbflytt Sverige AB', brand: 'Snabbflytt' },
    ],
    [
      1,
      'Bad om en klippning och toppning men Linda tog bort tio centimeter, och slingorna blev orange.',
      'spam none sp',
      '§5 irrelevant: en recension av en frisör, berättad genom arbetet',
    ],
    [
      2,
      'Beställde två pizzor och sushi via appen, maten kom kall efter en timme.',
      'spam none sp',
      '§5 irrelevant: en recension av en restaurang, berättad genom maten',
    ],
    [1, 'qwertyuiop', 'spam none sp', '§5 spam: ett enda ord av tangentbordsbokstäver'],
    [
      5,
      'Pizzastenen blev perfekt i ugnen, nu gör vi egen margherita varje fredag.',
      'pos pub -',
      '§5 beröm: en pizzasten från butiken är en hemvara',
    ],
    [
      5,
      'Läkaren tog sig tid och förklarade allt, och väntrummet var lugnt och fint.',
      'pos pub -',
      '§5 beröm på klinikens egen profil: en äkta recension',
      { company: 'Klinik Norrsken', brand: 'Klinik Norrsken' },
    ],
  ],
  'sv-spamkinds',
);

const DA = corpus(
  'da',
  [
    [1, 'test test hgfdsa', 'spam none sp', '§5 spam: en prøvetekst med tastaturbogstaver'],
    [
      5,
      'Vil din webshop ligge øverst på Google? Vi tilbyder søgemaskineoptimering og linkbuilding til faste priser. Skriv til os på topseo-bureau.dk',
      'spam none sp',
      '§5 spam: salgstale til butikken med et link',
    ],
    [
      1,
      'Flyselskabet aflyste mit fly to gange og bagagen kom først fire dage senere. Kabinepersonalet var flinke nok.',
      'spam none sp',
      '§5 irrelevant: en anmeldelse af et flyselskab',
    ],
    [
      2,
      'Elselskabet sendte en elregning på 4.000 kr efter forkert måleraflæsning, og kundeservice svarede aldrig.',
      'spam none sp',
      '§5 irrelevant: en anmeldelse af et elselskab',
    ],
    [
      5,
      'Låsesmeden kom på 20 minutter da jeg var låst ude en søndag aften. Fair pris.',
      'spam none sp',
      '§5 irrelevant: en anmeldelse af en låsesmed',
    ],
    [
      5,
      'Vi flyttede i sommer og købte sofa, spisebord og gardiner hos jer. Alt kom til tiden og monteringen var nem.',
      'pos pub -',
      '§5 ros: møbler efter en flytning er butikkens egne varer',
    ],
    [
      5,
      'Dejlig morgenmad og en smuk udsigt fra værelset. Receptionen hjalp os med taxa til lufthavnen.',
      'pos pub -',
      '§5 ros på hotellets egen profil: en ægte anmeldelse',
      { company: 'Hotel Strandly', brand: 'Hotel Strandly' },
    ],
    [
      4,
      'Vores kat har allerede erklæret det nye tæppe for sit, og det er let at støvsuge hårene af. Flot farve.',
      'pos pub -',
      '§5 ros: et kæledyr på tæppet gør ikke anmeldelsen til en dyrlæge-anmeldelse',
    ],
    [
      1,
      'Bestilte vask og klip hos Mette, hun studsede alt for meget og håret er nu alt for kort.',
      'spam none sp',
      '§5 irrelevant: en anmeldelse af en frisør, fortalt gennem arbejdet',
    ],
    [
      1,
      'Pizzaen kom kold og burgeren manglede dressing, aldrig mere takeaway derfra.',
      'spam none sp',
      '§5 irrelevant: en anmeldelse af et takeaway-sted, fortalt gennem maden',
    ],
    [1, 'ølkjhgfdsa', 'spam none sp', '§5 spam: et enkelt ord af tastaturbogstaver'],
    [
      5,
      'Pizzaovnen er fantastisk, pizzaen bliver sprød på to minutter.',
      'pos pub -',
      '§5 ros: en pizzaovn fra butikken er boligudstyr',
    ],
    [
      5,
      'Tandlægen var rolig og grundig, og fyldningen sidder perfekt.',
      'pos pub -',
      '§5 ros på klinikkens egen profil: en ægte anmeldelse',
      { company: 'Smilets Klinik', brand: 'Smilets Klinik' },
    ],
  ],
  'da-spamkinds',
);

const FR = corpus(
  'fr',
  [
    [3, 'test test 456 merci d’ignorer', 'spam none sp', '§5 spam : un essai, pas un avis'],
    [1, 'tester azerqsdf', 'spam none sp', '§5 spam : "tester" et des lettres du clavier'],
    [
      5,
      'Bonjour, votre boutique en ligne mérite plus de visiteurs ! Notre agence web propose référencement naturel et netlinking pour être en première page de Google.',
      'spam none sp',
      '§5 spam : démarchage commercial adressé à la boutique',
    ],
    [
      1,
      "L'auto-école m'a fait payer 30 leçons de conduite et le moniteur arrivait toujours en retard. Permis de conduire raté deux fois.",
      'spam none sp',
      '§5 hors sujet : un avis destiné à une auto-école',
    ],
    [
      2,
      "L'agent immobilier n'a jamais rappelé après la visite de l'appartement et l'état des lieux était bâclé.",
      'spam none sp',
      '§5 hors sujet : un avis destiné à une agence immobilière',
    ],
    [
      5,
      "Les draps en lin sont magnifiques, on se croirait à l'hôtel. Housse de couette douce et livraison rapide.",
      'pos pub -',
      "§5 éloge : du linge de lit « comme à l'hôtel » est un produit de la boutique",
    ],
    [
      5,
      'Manucure impeccable et vernis semi-permanent qui tient trois semaines. Merci Léa !',
      'pos pub -',
      "§5 éloge sur le profil de l'onglerie elle-même : un vrai avis",
      { company: 'Onglerie Léa', brand: 'Onglerie Léa' },
    ],
    [
      4,
      'Après notre déménagement nous avons commandé un canapé et deux fauteuils. Montage simple, tissu agréable, je recommande.',
      'pos pub -',
      '§5 éloge : des meubles achetés après un déménagement sont les produits de la boutique',
    ],
    [
      1,
      'Coupe et brushing chez Julie, elle a coupé mes cheveux dix centimètres trop court, 65 € pour ça.',
      'spam none sp',
      '§5 irrelevant : un avis sur un coiffeur, raconté par le travail',
    ],
    [
      1,
      "Sushis arrivés froids, le livreur s'est perdu et le burger était écrasé.",
      'spam none sp',
      '§5 irrelevant : un avis sur un restaurant livré, raconté par la nourriture',
    ],
    [1, 'azertyuiop', 'spam none sp', '§5 spam : un seul mot de lettres du clavier'],
    [
      5,
      'La pierre à pizza est top, nos pizzas maison sont enfin croustillantes.',
      'pos pub -',
      '§5 éloge : une pierre à pizza achetée à la boutique est un article de maison',
    ],
    [
      5,
      "Le Dr Lefèvre m'a posé une couronne, le détartrage était rapide et tout le monde est très gentil.",
      'pos pub -',
      '§5 éloge sur le profil de la clinique elle-même : un vrai avis',
      { company: 'Clinique Dentaire des Lilas', brand: 'Clinique Dentaire des Lilas' },
    ],
  ],
  'fr-spamkinds',
);

const DE = corpus(
  'de',
  [
    [3, 'test bitte ignorieren 42', 'spam none sp', '§5 Spam: ein Testbeitrag, keine Bewertung'],
    [1, 'testen lkjhg poiuz', 'spam none sp', '§5 Spam: "testen" und Tastaturbuchstaben'],
    [
      5,
      'Ihre Webseite verliert Kunden! Mit unserer Suchmaschinenoptimierung und Linkaufbau landen Sie auf Seite 1 bei Google. Kostenlose Analyse unter webprofi-seo.de',
      'spam none sp',
      '§5 Spam: Verkaufsangebot an den Shop mit Link',
    ],
    [
      1,
      'Die Versicherung zahlt nach dem Wasserschaden nicht, die Schadensmeldung liegt seit drei Monaten rum und die Selbstbeteiligung war nie vereinbart.',
      'spam none sp',
      '§5 irrelevant: eine Bewertung für einen Versicherer',
    ],
    [
      2,
      'Das Nagelstudio hat meine Gelnägel schief gemacht und die Wimpernverlängerung fiel nach zwei Tagen ab.',
      'spam none sp',
      '§5 irrelevant: eine Bewertung für ein Nagelstudio',
    ],
    [
      5,
      'Beim Lieferdienst bestellt, der Döner war heiß und die Pommes knusprig. Schneller als gedacht!',
      'spam none sp',
      '§5 irrelevant: eine Bewertung für einen Lieferdienst',
    ],
    [
      5,
      'Nach dem Umzug brauchten wir ein neues Sofa und einen Teppich fürs Wohnzimmer. Lieferung pünktlich, Aufbau kinderleicht.',
      'pos pub -',
      '§5 Lob: Möbel nach einem Umzug sind Waren des Shops',
    ],
    [
      5,
      'Die Fahrlehrerin war geduldig, nach 14 Fahrstunden hatte ich den Führerschein. Danke!',
      'pos pub -',
      '§5 Lob auf dem Profil der Fahrschule selbst: eine echte Bewertung',
      { company: 'Fahrschule Krüger', brand: 'Fahrschule Krüger' },
    ],
    [
      4,
      'Die Bettwäsche fühlt sich an wie im Hotel, und die Handtücher sind flauschig. Nur die Farbe ist etwas heller als auf dem Foto.',
      'pos pub -',
      '§5 Lob: Bettwäsche „wie im Hotel“ ist ein Produkt des Shops',
    ],
    [
      1,
      'Waschen, schneiden, föhnen für 89 Euro, und Sandra hat viel zu viel abgeschnitten.',
      'spam none sp',
      '§5 irrelevant: eine Bewertung für einen Friseur, erzählt über die Arbeit',
    ],
    [
      2,
      'Die Pizza kam kalt, der Pizzabote war unfreundlich und die Pizzeria ging nicht ans Telefon.',
      'spam none sp',
      '§5 irrelevant: eine Bewertung für einen Lieferdienst, erzählt über das Essen',
    ],
    [1, 'qwertzuiop', 'spam none sp', '§5 Spam: ein einziges Wort aus Tastaturbuchstaben'],
    [
      5,
      'Der Pizzastein ist super, die Margherita wird knusprig wie beim Italiener.',
      'pos pub -',
      '§5 Lob: ein Pizzastein aus dem Shop ist Wohnbedarf',
    ],
    [
      5,
      'Der Zahn wurde schmerzfrei gezogen, das Praxisteam war sehr freundlich und die Betäubung wirkte sofort.',
      'pos pub -',
      '§5 Lob auf dem Profil der Praxis selbst: eine echte Bewertung',
      { company: 'Lächelwerk Zahnmedizin', brand: 'Lächelwerk Zahnmedizin' },
    ],
  ],
  'de-spamkinds',
);

/** The spam kinds and their genuine look-alikes, in five languages. */
export const SPAM_KINDS: CorpusEntry[] = [...EN, ...SV, ...DA, ...FR, ...DE];
