import { corpus } from './entry';

/**
 * A second set written after the rules were settled, measured once and left as measured: the
 * misses here are real limits of the rules, documented in docs/guidance.md.
 */
export const FRESH_SECOND = [
  ...corpus(
    'en',
    [
      [
        4,
        'The box looked like it had been kicked across the depot, but the glasses inside were all fine. Good packing!',
        'pos pub -',
        '§5 praise; the damage was to the box only',
      ],
      [
        2,
        'Prices went up by 20 % since last autumn. Still nice products, but I shop less now.',
        'neg pub -',
        '§3 public: general criticism',
      ],
      [
        1,
        'Gift card code 7731-2290-1184 says "already used" but I never used it. Please help.',
        'neg pp pd',
        '§3 private: a gift card to look up',
      ],
      [5, 'The assembly service was worth every penny, two friendly guys, done in an hour.', 'pos pub -', '§5 praise'],
      [
        3,
        'Lovely lamp. The delivery window was 8 to 18, which is useless when you work.',
        'neu pub -',
        '§5 neutral improvement point',
      ],
      [
        1,
        'You are liars. The "in stock" label was fake and I waited five weeks for nothing.',
        'neg pp sd',
        '§3 private: insults, very dissatisfied',
      ],
      [5, 'Can I just say how much I love the new autumn collection?', 'pos pub -', '§5 praise; a rhetorical question'],
      [
        2,
        'I unsubscribed from the newsletter twice and you still send me three emails a week.',
        'neg pp pd,sd',
        '§3 private: a subscription to change; repeated failure',
      ],
      [
        1,
        'Terrible pizza, cold and soggy, and the waiter ignored us for half an hour.',
        'spam none sp',
        '§5 irrelevant: a restaurant review',
      ],
      [4, 'Does the teak bench need to be covered in winter?', 'q pub q', '§5 question'],
    ],
    'en-fresh2',
  ),
  ...corpus(
    'sv',
    [
      [
        4,
        'Kartongen såg ut att ha sparkats genom terminalen, men glasen var hela. Bra packat!',
        'pos pub -',
        '§5 beröm; bara kartongen skadad',
      ],
      [
        2,
        'Priserna har gått upp 20 % sedan i höstas. Fortfarande fina saker, men jag handlar mindre.',
        'neg pub -',
        '§3 offentligt: allmän kritik',
      ],
      [
        1,
        'Presentkortskoden 7731-2290-1184 säger "redan använd" men jag har aldrig använt den.',
        'neg pp pd',
        '§3 privat: presentkort att slå upp',
      ],
      [
        5,
        'Monteringstjänsten var värd varenda krona, två trevliga killar, klart på en timme.',
        'pos pub -',
        '§5 beröm',
      ],
      [
        1,
        'Ni ljuger. "I lager" stämde inte och jag väntade fem veckor i onödan.',
        'neg pp sd',
        '§3 privat: anklagelser, mycket missnöjd',
      ],
      [
        2,
        'Jag har avregistrerat mig från nyhetsbrevet två gånger och ni skickar fortfarande tre mejl i veckan.',
        'neg pp pd,sd',
        '§3 privat: prenumeration; upprepat fel',
      ],
      [
        1,
        'Kall och blöt pizza, och servitören ignorerade oss i en halvtimme.',
        'spam none sp',
        '§5 irrelevant: en restaurang',
      ],
      [4, 'Behöver teakbänken täckas över på vintern?', 'q pub q', '§5 fråga'],
      [3, 'Fin lampa. Leveransfönstret 8–18 är värdelöst när man jobbar.', 'neu pub -', '§5 neutral'],
      [5, 'Får man säga att jag älskar höstkollektionen?', 'pos pub -', '§5 beröm; retorisk fråga'],
    ],
    'sv-fresh2',
  ),
  ...corpus(
    'da',
    [
      [
        4,
        'Kassen så ud, som om den var blevet sparket gennem terminalen, men glassene var hele. Godt pakket!',
        'pos pub -',
        '§5 ros; kun kassen var skadet',
      ],
      [
        2,
        'Priserne er steget 20 % siden sidste efterår. Stadig fine ting, men jeg handler mindre.',
        'neg pub -',
        '§3 offentligt: generel kritik',
      ],
      [
        1,
        'Gavekortskoden 7731-2290-1184 siger "allerede brugt", men jeg har aldrig brugt den.',
        'neg pp pd',
        '§3 privat: gavekort at slå op',
      ],
      [5, 'Monteringsservicen var hver en krone værd, to flinke fyre, færdigt på en time.', 'pos pub -', '§5 ros'],
      [
        1,
        'I lyver. "På lager" passede ikke, og jeg ventede fem uger forgæves.',
        'neg pp sd',
        '§3 privat: beskyldninger, meget utilfreds',
      ],
      [
        2,
        'Jeg har afmeldt nyhedsbrevet to gange, og I sender stadig tre mails om ugen.',
        'neg pp pd,sd',
        '§3 privat: abonnement; gentaget fejl',
      ],
      [
        1,
        'Kold og blød pizza, og tjeneren ignorerede os en halv time.',
        'spam none sp',
        '§5 irrelevant: en restaurant',
      ],
      [4, 'Skal teakbænken dækkes til om vinteren?', 'q pub q', '§5 spørgsmål'],
      [3, 'Flot lampe. Leveringsvinduet 8–18 er ubrugeligt, når man arbejder.', 'neu pub -', '§5 neutral'],
      [5, 'Må man godt sige, at jeg elsker efterårskollektionen?', 'pos pub -', '§5 ros; retorisk spørgsmål'],
    ],
    'da-fresh2',
  ),
  ...corpus(
    'fr',
    [
      [
        4,
        'Le carton semblait avoir traversé le dépôt à coups de pied, mais les verres étaient intacts. Bien emballé !',
        'pos pub -',
        '§5 éloge ; seul le carton était abîmé',
      ],
      [
        2,
        "Les prix ont augmenté de 20 % depuis l'automne. Toujours de beaux produits, mais j'achète moins.",
        'neg pub -',
        '§3 public : critique générale',
      ],
      [
        1,
        "Le code de ma carte cadeau 7731-2290-1184 indique « déjà utilisé » alors que je ne l'ai jamais utilisé.",
        'neg pp pd',
        '§3 privé : carte cadeau à vérifier',
      ],
      [
        5,
        'Le service de montage valait chaque centime, deux gars sympas, terminé en une heure.',
        'pos pub -',
        '§5 éloge',
      ],
      [
        1,
        "Vous mentez. « En stock » était faux et j'ai attendu cinq semaines pour rien.",
        'neg pp sd',
        '§3 privé : accusations, très mécontent',
      ],
      [
        2,
        "Je me suis désinscrite de la newsletter deux fois et vous m'envoyez toujours trois mails par semaine.",
        'neg pp pd,sd',
        '§3 privé : abonnement ; échec répété',
      ],
      [
        1,
        'Pizza froide et molle, et le serveur nous a ignorés pendant une demi-heure.',
        'spam none sp',
        '§5 hors sujet : un restaurant',
      ],
      [4, 'Faut-il couvrir le banc en teck en hiver ?', 'q pub q', '§5 question'],
      [
        3,
        'Jolie lampe. Le créneau de livraison 8 h–18 h est inutilisable quand on travaille.',
        'neu pub -',
        '§5 neutre',
      ],
      [
        5,
        "Est-ce que je peux juste dire que j'adore la collection d'automne ?",
        'pos pub -',
        '§5 éloge ; question rhétorique',
      ],
    ],
    'fr-fresh2',
  ),
  ...corpus(
    'de',
    [
      [
        4,
        'Der Karton sah aus, als wäre er durchs Depot getreten worden, aber die Gläser waren heil. Gut verpackt!',
        'pos pub -',
        '§5 Lob; nur der Karton war beschädigt',
      ],
      [
        2,
        'Die Preise sind seit letztem Herbst um 20 % gestiegen. Immer noch schöne Sachen, aber ich kaufe weniger.',
        'neg pub -',
        '§3 öffentlich: allgemeine Kritik',
      ],
      [
        1,
        'Der Gutscheincode 7731-2290-1184 ist angeblich „bereits eingelöst“, obwohl ich ihn nie benutzt habe.',
        'neg pp pd',
        '§3 privat: Gutschein nachprüfen',
      ],
      [5, 'Der Montageservice war jeden Cent wert, zwei nette Jungs, in einer Stunde fertig.', 'pos pub -', '§5 Lob'],
      [
        1,
        'Ihr lügt. „Auf Lager“ stimmte nicht und ich habe fünf Wochen umsonst gewartet.',
        'neg pp sd',
        '§3 privat: Vorwürfe, sehr unzufrieden',
      ],
      [
        2,
        'Ich habe mich zweimal vom Newsletter abgemeldet und ihr schickt immer noch drei Mails pro Woche.',
        'neg pp pd,sd',
        '§3 privat: Abo; wiederholter Fehler',
      ],
      [
        1,
        'Kalte, matschige Pizza, und der Kellner hat uns eine halbe Stunde ignoriert.',
        'spam none sp',
        '§5 irrelevant: ein Restaurant',
      ],
      [4, 'Muss die Teakbank im Winter abgedeckt werden?', 'q pub q', '§5 Frage'],
      [3, 'Schöne Lampe. Das Lieferfenster 8–18 Uhr ist unbrauchbar, wenn man arbeitet.', 'neu pub -', '§5 neutral'],
      [5, 'Darf ich einfach sagen, dass ich die Herbstkollektion liebe?', 'pos pub -', '§5 Lob; rhetorische Frage'],
    ],
    'de-fresh2',
  ),
];
