import { corpus, type CorpusEntry } from '../entry';

/**
 * Danish fresh set 6: 26 Trustpilot reviews written from scratch for this set, in the voice of real Danish
 * customers of the home-goods shop Nordlys Home (one row is a genuine review on a veterinary clinic's own profile).
 * Mix: 8 negative, 3 neutral, 7 positive, 4 questions, 4 spam. Labels follow the agent guide (§3 public vs.
 * private, §5 scenario table, §7 anonymous reviewers) and the labelling conventions, not any software.
 */
export const FRESH6_DA: CorpusEntry[] = corpus(
  'da',
  [
    [
      2,
      'Lang ventetid. Der gik 16 dage før spisebordsstolene kom, og der stod 3-5 hverdage da jeg bestilte. De kom dog hele og er fine.',
      'neg pub -',
      'Slow but it arrived undamaged: plain disappointment that can be answered generally in public (§3 public response, §5 1-star criticism).',
    ],
    [
      1,
      'Bestilte en grå uldplaid og modtog en lyserød badeværelsesmåtte 🙃 Ordre nr. DK-77120. Vil gerne have den rigtige plaid, jeg skulle bruge den som gave på lørdag.',
      'neg pp pd',
      'Wrong item with the order number written out; a replacement needs the order looked up (§3 private dialogue: personal data).',
      { title: 'Forkert vare' },
    ],
    [
      1,
      'SVINDEL!!! BETALT 1.899 KR FOR 3 UGER SIDEN OG HAR INTET MODTAGET. INGEN SVARER TELEFONEN. HOLD JER VÆK',
      'neg pp pd,sd',
      'Shouting in capitals and "scam" (sd) about a paid order never delivered, which needs the order looked up (pd) (§3 private dialogue).',
    ],
    [
      1,
      'Kan ikke logge ind på min konto længere. Først fik jeg beskeden "Ugyldigt token (fejl 4012)" da jeg prøvede at logge ind. Så trykkede jeg på glemt adgangskode, fik en mail, klikkede på linket og fik samme fejl. Prøvede igen dagen efter fra computeren i stedet for telefonen, ingen forskel. Oprettede så en ny konto med en anden mail for at kunne bestille, men nu kan jeg ikke se mine gamle ordrer eller bruge mit gavekort. Har skrevet via kontaktformularen, men intet svar endnu.',
      'neg pp pd,cx',
      'Login/account access problem (pd) with an error message and a long step-by-step account (cx) (§3 private dialogue); frustrated but no insults or threats.',
    ],
    [
      2,
      'Jeg annullerede min ordre en time efter jeg havde bestilt, og fik endda en bekræftelse på det. Alligevel blev sofabordet sendt, og nu står der i jeres betingelser at jeg selv skal betale returfragten. Det synes jeg ikke er rimeligt.',
      'neg pp pd',
      'Cancelled order that was shipped anyway and a return cost to settle: needs the order looked up (§3 private dialogue: personal data).',
    ],
    [
      1,
      'Tillykke Nordlys 🎉 nu er det lykkedes jer at sende mig den forkerte pendel for ANDEN gang. Jeg venter spændt på runde tre. Imponerende.',
      'neg pp pd,sd',
      'Sarcasm about a repeated failure (sd) and a wrong item to replace (pd) (§3 private dialogue, §5).',
    ],
    [
      2,
      'Priserne er steget en del det sidste år og fragten er blevet dyr. Varerne er fine nok, men jeg synes ikke længere det kan betale sig at handle her.',
      'neg pp an',
      'General criticism of prices that could be answered in public, but the reviewer is anonymous, so a private dialogue is offered (§7 anonymous).',
      { anonymous: true },
    ],
    [
      1,
      'Kan nogen forklare mig hvorfor min pakke IGEN er sendt til min gamle adresse på Vesterbrogade 14, 2. tv, når jeg har ændret den på min profil OG skrevet det til jer? Jeg har betalt fragt to gange nu. ALDRIG igen.',
      'neg pp pd,sd,q',
      'Street address written out and a wrong-address delivery (pd); repeated failure and "never again" (sd); a real question, but the strongly dissatisfied reviewer stays negative (§3, §5).',
    ],
    [
      3,
      'Flot sengetøj og kundeservice var søde i telefonen, men det krøller helt vildt efter vask. Ved ikke om jeg køber igen.',
      'neu pub -',
      'Balanced 3-star feedback with a product remark; answered publicly (§5 3-star review).',
    ],
    [
      3,
      'hjemmesiden er lidt langsom men det virker. pakken kom til tiden. helt ok',
      'neu pub -',
      'Website slow but working, parcel on time: everyday nouns, nothing to look up (§5 3-star review).',
    ],
    [
      3,
      'Sofaen er flot og behagelig at sidde i, men det ene ben manglede i kassen, og samlevejledningen var kun på tysk, så det tog os en hel aften at finde ud af. Og så har hynderne en lidt anden nuance end ryggen.',
      'neu pp pd,cx',
      'Missing part to send out (pd) and several distinct problems in one review (cx) despite the neutral rating (§3 private dialogue).',
    ],
    [
      5,
      'Jeg handler her stort set hver måned, og har aldrig haft problemer. Altid hurtig levering og god kvalitet.',
      'pos pub -',
      'Regular customer praising delivery and quality (§5 5-star review).',
    ],
    [
      5,
      'Returnerede en gryde der var for lille og havde pengene tilbage på kontoen to dage senere. Super nemt, tak!',
      'pos pub -',
      'Praise about a refund that is already done; nothing left to look up (§5 5-star review).',
    ],
    [
      4,
      'Lækker badekåbe, blød og tyk. Men den er lille i størrelsen, så vælg en størrelse større end du plejer.',
      'pos pub -',
      'Praise with a sizing tip for others; nothing to solve (§5 praise).',
    ],
    [
      5,
      'Hvorfor har jeg ikke fundet jer før?? 😍 Hele stuen er nu indrettet med jeres lamper og puder',
      'pos pub -',
      'Rhetorical question in praise, not a question to answer (§5 5-star review).',
    ],
    [
      5,
      'Vores hund Bella blev behandlet så kærligt. Dyrlægen tog sig god tid og ringede endda dagen efter for at høre hvordan det gik. Kan varmt anbefales.',
      'pos pub -',
      'Genuine review of a veterinary clinic on its own profile, so not spam (§5 5-star review).',
      { company: 'Dyreklinikken Amager', brand: 'Dyreklinikken Amager' },
    ],
    [
      4,
      'Appen er blevet meget bedre efter den sidste opdatering, nemt at følge ordren og se leveringstid. Mangler bare en ønskeliste-funktion.',
      'pos pub -',
      'Praise of the app with a feature wish; "app" and "ordren" alone need nothing private (§5 praise).',
    ],
    [
      5,
      'Vi har ledt efter et stort tæppe til stuen i næsten et halvt år, og enten var de for dyre, for tynde eller i de forkerte farver. Så faldt vi over jeres uldtæppe i 250x350 og tog chancen. Det kom rullet og godt pakket ind, og chaufføren hjalp endda med at bære det op på 4. sal. Der var lidt lugt de første par dage, men det forsvandt hurtigt efter vi havde luftet ud. Farverne er præcis som på billederne, og det er dejligt tykt at gå på. Vores søn på to leger på det hele dagen. Tusind tak, vi kommer helt sikkert igen når soveværelset skal have et.',
      'pos pub -',
      'Long detailed praise; a small smell that went away is not a problem to solve (§5 5-star review).',
      { title: 'Endelig det rigtige tæppe' },
    ],
    [
      5,
      'Elsker jeres ting! Har I planer om at åbne en fysisk butik i Aarhus? Vil gerne se møblerne før jeg køber',
      'q pub q',
      'Friendly general question that can be answered directly in public (§5 review with a specific question).',
    ],
    [
      3,
      'hvor lang tid tager levering til bornholm',
      'q pub q',
      'Blunt question without a question mark about delivery times; general answer (§5 question).',
    ],
    [
      4,
      'Alt kom fint, men jeg mangler stadig en faktura på ordre 55102 til min arbejdsgiver. Kan I sende den til mette.k.hansen@hotmail.dk?',
      'q pp pd,q',
      'Request with an order number and an e-mail address written out; only solvable by looking up the order (§5 question, §3 personal data).',
    ],
    [
      2,
      'Stolene er pæne men lidt vaklende på vores klinkegulv. Sælger I filtdupper eller noget andet man kan sætte under benene?',
      'q pub q',
      'Mildly disappointed 2-star review with a real general question about accessories; not strongly dissatisfied, so question (§5 question).',
    ],
    [
      5,
      'Bitcoin investering med 300% afkast på 30 dage 🚀 skriv til mig på telegram @kryptokongen_dk',
      'spam none sp',
      'Crypto offer: spam, no public reply (§5 spam or irrelevant review).',
    ],
    [
      5,
      'Hansens Flytteforretning klarede hele flytningen på 4 timer og intet gik i stykker. Kan varmt anbefale dem til alle der skal flytte!',
      'spam none sp',
      'Review of a moving company posted on a home-goods shop profile: meant for another business (§5 spam or irrelevant review).',
    ],
    [1, 'asdkjh lkæø ppp', 'spam none sp', 'Random letters, not a review (§5 spam).'],
    [
      5,
      'billigemoebler-outlet.dk 70% rabat på ALT i weekenden, kun online',
      'spam none sp',
      'Advertising for another shop with a domain written without a scheme (§5 spam).',
    ],
  ],
  'da-fresh6',
);
