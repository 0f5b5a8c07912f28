import { corpus, type CorpusEntry } from '../entry';

/**
 * Danish fresh set 7: 30 Trustpilot reviews written by hand for this set, in the way Danish customers
 * write (lower case, typos, emojis, short and long), to Nordlys Home unless a row names another company.
 * Labelled from the agent guide (§3 public vs. private, §5 scenarios, §7 anonymous reviewers) and the
 * labelling conventions, without looking at the product's rules or at any other corpus file.
 */
export const FRESH7_DA: CorpusEntry[] = corpus(
  'da',
  [
    [
      2,
      'det tog 12 dage før lampen kom, der stod 2-4 hverdage på siden. den kom da frem og virker fint, men lidt skuffet over leveringstiden',
      'neg pub -',
      '§3: slow but arrived; plain disappointment that can be answered generally in public',
    ],
    [
      5,
      'jeg bestiller her nærmest hver måned, altid pænt pakket og hurtigt fremme 👍',
      'pos pub -',
      '§5 5-star praise; "bestiller" is an everyday noun, nothing to look up',
      { title: 'fast kunde' },
    ],
    [
      1,
      'Nå så er det tredje gang jeg får en sms om at min sofa er "på vej". Fantastisk service altså, virkelig imponerende 👏 Bestilt i august, nu er det november. Ordrenr NH-48213 hvis nogen derinde gider kigge',
      'neg pp pd,sd',
      '§3 private dialogue: order number written out and missing delivery; sarcasm about repeated failures',
    ],
    [
      4,
      'Elsker de nye hørgardiner! Sælger i dem også i 280 cm længde? kunne ikke finde det på hjemmesiden',
      'q pub q',
      '§5 review with a specific question: answer it directly in public; nothing personal needed',
    ],
    [
      3,
      'Fint sofabord til prisen. samlevejledningen var noget rod og der manglede to skruer, men de blev sendt til mig et par dage efter jeg skrev til kundeservice. så alt i alt ok',
      'neu pub -',
      '§5 3-star balanced feedback; missing parts already solved, nothing left to look up',
    ],
    [
      1,
      'Glaspladen på spisebordet var knust da det blev leveret. Jeg sendte billeder for to uger siden og har ikke hørt noget. Jeg vil have mine penge retur.',
      'neg pp pd',
      '§3: damaged item and refund need the order looked up; disappointed but not strongly (§5 1-star)',
    ],
    [
      5,
      'Tjen 5.000 kr om dagen hjemmefra 💰💰 ingen erfaring nødvendig, skriv til mig på whatsapp eller se bit.ly/3xKrT9q',
      'spam none sp',
      '§5 spam or irrelevant: work-from-home offer with short link, no public reply',
    ],
    [
      2,
      'Puderne fnuller helt vildt allerede efter første vask. ikke den kvalitet man forventer til den pris',
      'neg pp an',
      '§7 anonymous reviewer: reply generally with empathy and always offer a private dialogue',
      { anonymous: true },
    ],
    [
      5,
      'Hvorfor har jeg ikke fundet jer noget før?? Det lækreste sengetøj jeg nogensinde har sovet i, og min mand er også solgt 😄',
      'pos pub -',
      '§5 5-star praise; the question is rhetorical and needs no answer',
    ],
    [
      1,
      'SVINDLERE!!! Jeg har betalt 3.499 kr for et uldtæppe som jeg ALDRIG har modtaget og ingen svarer på mails. Sagen går videre til Forbrugerklagenævnet',
      'neg pp pd,sd',
      '§3: lost delivery and payment need the order looked up; "scam", capitals and a consumer-agency threat',
    ],
    [
      3,
      'hjemmesiden er lidt langsom men den virker. varerne er fine, intet at klage over, intet at juble over',
      'neu pub -',
      '§5 3-star neutral feedback; general criticism of the website answered publicly',
    ],
    [
      2,
      'Bestilte den grå plaid og fik en sennepsgul. Skal jeg virkelig selv betale returfragten når det er jer der har sendt den forkerte?',
      'q pp pd,q',
      '§5 question (not strongly dissatisfied); wrong item needs the order looked up, so acknowledge and go private (§3)',
    ],
    [
      1,
      'Jeg prøvede at betale for 4 spisebordsstole og fik "Fejl 502 - betaling kunne ikke gennemføres". Prøvede igen med mobilepay, samme fejl. Så ringede jeg til min bank og kan se at jeg er blevet trukket to gange, 2 x 2.396 kr. Skrev til jeres kundeservice som svarede at ordren ikke fandtes i systemet og at jeg skulle bestille igen?? Nu har jeg stadig ingen stole og 4.792 kr mindre på kontoen. Har ventet i 9 dage på at nogen tager stilling til det.',
      'neg pp pd,cx',
      '§3: error code, step-by-step account and double charge need a private, technical clarification with the order',
    ],
    [
      5,
      'Bedste klipning i årevis, Louise er bare så dygtig og tog sig god tid. kommer helt sikkert igen',
      'pos pub -',
      '§5 5-star praise of a hairdresser on its own profile: genuine, not spam',
      { company: 'Frisør Klip & Krøller', brand: 'Frisør Klip & Krøller' },
    ],
    [
      1,
      'I er en flok amatører. kundeservice svarer aldrig og når de endelig gør er det noget copy paste vrøvl. aldrig igen',
      'neg pp sd',
      '§3: insults and "never again" are strong dissatisfaction, a public dialogue could escalate',
    ],
    [
      3,
      'godt tæppe men vil gerne vide om det kan tåle at komme i vaskemaskinen, det står ingen steder',
      'q pub q',
      '§5 review with a specific question (no question mark); a product answer can be given in public',
    ],
    [
      4,
      'Vi var hos dyrlægen med vores kat Misse, de var super søde ved hende og prisen for vaccinationen var fair',
      'spam none sp',
      '§5 irrelevant: the review is meant for a vet, not for a home-goods shop',
    ],
    [
      4,
      'Flot lampe i god kvalitet. Et tip: skærmen er større end den ser ud på billederne, så mål op først. trækker en stjerne fordi leveringen tog en uges tid',
      'pos pub -',
      '§5 4-star praise with minor general criticism; nothing personal or complex',
    ],
    [
      1,
      'Jeg kan ikke logge ind på min konto. "Ugyldig adgangskode" hver gang, og har trykket på glemt adgangskode 5 gange uden at få nogen mail. Kan derfor ikke se mine ordrer eller returnere noget',
      'neg pp pd,cx',
      '§3: login/account access needs the account looked up; error message and technical fault make it complex',
    ],
    [5, 'super 😊', 'pos pub -', '§5 5-star praise: thank the customer publicly', { title: 'Anbefales' }],
    [
      3,
      'Leveringen kom til tiden og alt var helt. lampeskærmen var bare en del mindre end jeg havde forestillet mig ud fra billederne',
      'neu pp an',
      '§7 anonymous reviewer: always offer a private dialogue, even for a neutral review',
      { anonymous: true },
    ],
    [
      1,
      'Hvornår får jeg mine penge??? Det er 6 uger siden jeg returnerede de to stole og I har bekræftet at I har modtaget dem. SKANDALE',
      'neg pp pd,sd,q',
      '§3: refund needs the order looked up; capitals and long waiting make it strong, so negative despite the question',
    ],
    [
      5,
      'Min første pakke forsvandt et sted hos fragtfirmaet, men de sendte en ny med det samme og refunderede fragten uden at jeg skulle spørge. Sådan skal det gøres!',
      'pos pub -',
      '§5 5-star praise of a problem already solved; nothing to look up',
    ],
    [
      5,
      'Vil du have flere kunder til din webshop? Vi bringer dig i top 3 på Google på 30 dage. Læs mere på seo-eksperten.dk',
      'spam none sp',
      '§5 spam: SEO advertising with a domain, no public reply',
    ],
    [
      3,
      'Tæppet er flot og præcis som på billedet. Men: 1) pakken blev bare stillet foran døren i regnvejr, 2) der kom aldrig noget track and trace, 3) chatten lukkede ned midt i min samtale med jer. derfor kun 3 stjerner',
      'neu pp cx',
      '§3: several distinct problems in one review need a longer clarification, acknowledge and go private',
    ],
    [
      4,
      'Hvornår kommer den hvide kommode med 6 skuffer på lager igen? har ventet siden sommer, ellers er jeg glad for jer',
      'q pp an,q',
      '§5 question answered in public; §7 anonymous so a private dialogue is also offered',
      { anonymous: true },
    ],
    [
      2,
      'Ventede 50 minutter i venteværelset uden at nogen sagde noget. tandlægen var ellers sød nok og behandlingen gik fint, men det er altså ikke i orden',
      'neg pub -',
      '§5 2-star criticism of a dental clinic on its own profile (not spam); general, can be answered publicly',
      { company: 'Smil Tandklinik', brand: 'Smil Tandklinik' },
    ],
    [1, 'sdfghjklæø', 'spam none sp', '§5 spam: random letters, no public reply'],
    [
      5,
      'Jeg har længe været på udkig efter ordentlige gryder og endte med at købe jeres støbejernsgryde og to stegepander efter at have læst en del anmeldelser. Jeg hentede appen, oprettede en konto og bestilte på under fem minutter, og betalingen med mobilepay gik uden problemer. Pakken kom to dage efter, rigtig godt pakket ind med pap i stedet for plastik, hvilket jeg sætter stor pris på. Gryden er tung og solid og har nu været i brug næsten hver dag i en måned. Pandernes slip-let belægning holder stadig. Det eneste jeg kunne ønske mig var en lille folder med plejeråd i pakken, men det fandt jeg på jeres hjemmeside. Kæmpe anbefaling herfra, og jeg har allerede sendt linket videre til min søster.',
      'pos pub -',
      '§5 5-star praise; app, account and payment are everyday nouns, nothing to look up',
      { title: 'Endelig ordentligt køkkengrej' },
    ],
    [4, 'test test 123', 'spam none sp', '§5 spam: a test, no public reply'],
  ],
  'da-fresh7',
);
