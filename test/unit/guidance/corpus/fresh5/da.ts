import { corpus, type CorpusEntry } from '../entry';

/**
 * Fresh independent Danish set (fresh5): 30 Trustpilot reviews written from scratch in the style of real Danish
 * customers (lowercase, typos, emojis, titles now and then, short and long), mostly to the default shop Nordlys Home.
 * Mix: 9 negative, 4 neutral, 8 positive, 5 questions, 4 spam/irrelevant, with hard cases such as everyday nouns
 * that need nothing private, a 2-star "slow but it arrived", sarcasm about repeated failures, a long step-by-step
 * account, rhetorical praise questions, genuine reviews of other businesses on their own profile, and spam meant for
 * another business. Labelled by hand from the agent guide (§3 public vs. private, §5 scenarios, §7 anonymous) and the
 * labelling conventions, without running the product.
 */
export const FRESH5_DA: CorpusEntry[] = corpus(
  'da',
  [
    // ---- negative ----
    [
      2,
      'bestilte 3 puder og en plaid d. 4. og fik det først d. 15. på siden stod der 2-3 hverdage. men det kom da og det hele er fint nok, bare irriterende at man ikke får en besked når det bliver forsinket',
      'neg pub -',
      '2★ → negative (§5); slow but delivered, criticism that can be answered generally and publicly (§3), nothing to look up',
      { title: 'Langsom levering' },
    ],
    [
      1,
      'Min gulvlampe kom i dag og glasskærmen var knust i tusind stykker, selvom kassen så helt fin ud udenpå. Ordrenr. NH-204817. Jeg vil gerne have en ny eller pengene retur, det var en gave til min mor 😞',
      'neg pp pd',
      '1★ → negative (§5); broken item with order number written out, replacement/refund needs the order (§3 personal data); sad, not strongly dissatisfied',
      { title: 'Lampen var knust' },
    ],
    [
      1,
      'Leveringen af min sofa er nu rykket for TREDJE gang. Først torsdag, så mandag, nu står der "inden for 5-7 hverdage". Har taget fri fra arbejde to gange for at vente på en sofa der aldrig dukker op. Virkelig imponerende planlægning, godt gået 👏👏',
      'neg pp pd,sd',
      '1★ → negative; sarcasm about repeated failures and capitals = strong dissatisfaction, undelivered order must be looked up (§3 private dialogue)',
    ],
    [
      1,
      'I har trukket 2.349 kr TO gange på mit kort for den samme ordre og ingen svarer på mine mails. Har skrevet 3 gange nu. Hvis jeg ikke har pengene retur inden fredag går jeg til Forbrugerklagenævnet og min bank.',
      'neg pp pd,sd',
      '1★ → negative; double charge needs the account/order (personal data), threat of consumer complaints board = strong dissatisfaction (§3)',
      { title: 'Trukket to gange!!' },
    ],
    [
      1,
      'Okay her kommer hele historien, så andre kan vide det. 1) Bestilte sofaen Vega i farven salviegrøn d. 2. marts. 2) d. 20. marts kom der en sennepsgul sofa. Fragtmanden ville ikke tage den med retur. 3) Udfyldte returformularen på jeres hjemmeside men fik "Noget gik galt (fejl 500)". 4) Ringede og fik at vide jeg skulle sende en mail med billeder, det gjorde jeg. 5) Fik en returlabel efter 9 dage, men til en almindelig pakke, ikke en sofa på 70 kg. 6) Sofaen blev endelig hentet d. 12. april. Nu er det maj og jeg har stadig ikke fået mine 8.995 kr tilbage. Jeg er ikke sur, bare træt. Nogen må tage ansvar for det her.',
      'neg pp pd,cx',
      '1★ → negative; wrong item + missing refund need the order (personal data), long step-by-step account with an error message (complex, §3); calm tone, no insult/threat',
    ],
    [
      2,
      'Fine ting, men 79 kr i fragt på en vare til 99 kr er altså for meget. Og 14 dages returret er minimum, andre giver 30 eller 100 dage. Trækker ned for det.',
      'neg pub -',
      '2★ → negative; general criticism of shipping price and return policy can be answered publicly (§3), no case to look up',
    ],
    [
      1,
      'sengetøjet fnuller helt vildt allerede efter første vask på 40 grader som der står på mærket. til den pris havde jeg forventet meget bedre',
      'neg pp an',
      '1★ → negative; quality complaint answerable in general, but anonymous reviewer → always offer private dialogue (§7)',
      { anonymous: true, title: 'fnuller' },
    ],
    [
      1,
      'hvor er min pakke??? bestilt for 3 uger siden og track and trace har sagt "pakket" siden d. 3. I er en flok amatører. ALDRIG mere nordlys. svar mig nu',
      'neg pp pd,sd,q',
      '1★ with insult, "never again" and capitals = strong dissatisfaction so stays negative though it asks; missing parcel needs the order (§3), question labelled',
    ],
    [
      2,
      'Prøvede at betale med MobilePay i går aften og fik "Betaling afvist – fejlkode PM-402". Prøvede så med kort og så hang siden bare på betalingstrinnet. Ærgerligt, jeg ville gerne have haft den lampe.',
      'neg pp cx',
      '2★ → negative; error code and technical fault at checkout = complex matter (§3); no order exists yet, plain disappointment',
    ],
    // ---- neutral ----
    [
      3,
      'Hjemmesiden er lidt sløv og filtrene virker lidt tilfældige, men den er fin nok når man først har fundet det man skal bruge. Varerne var som beskrevet. 3 stjerner fordi det kan blive bedre.',
      'neu pub -',
      '3★ → neutral (§5); slow website is general feedback, answer publicly and thank for suggestions (§3), nothing to look up',
    ],
    [
      3,
      'Fin klipning og søde folk, men jeg ventede 25 min selvom jeg havde tid kl 10. Og lidt dyrt for en almindelig herreklip synes jeg',
      'neu pub -',
      "Genuine review of the hairdresser on the salon's own profile (not spam); 3★ → neutral, general feedback answered publicly (§5)",
      { company: 'Salon Bølge', brand: 'Salon Bølge' },
    ],
    [
      3,
      'Reolen Fjord er flot når den står der, men: der manglede 2 af de små hyldebærere i posen, vejledningen var kun på tysk og hul nr 4 i venstre side passede ikke til skruen. Har fået den op med lidt kreativitet og en ekstra tur i byggemarkedet. 3 stjerner.',
      'neu pp pd,cx',
      '3★ → neutral; missing parts need the order to send replacements (personal data) and several distinct problems (complex) → acknowledge then private (§3)',
      { title: 'Flot men bøvlet' },
    ],
    [
      3,
      'Ok priser, levering ok. Hverken eller.',
      'neu pp an',
      '3★ → neutral; nothing to solve, but anonymous → offer private dialogue (§7)',
      { anonymous: true },
    ],
    // ---- positive ----
    [
      5,
      'handler her næsten hver måned efterhånden, mest køkkenting. har også abonnement på jeres duftlys som kommer den første i måneden. altid hurtig levering og pænt pakket 👌',
      'pos pub -',
      '5★ praise → positive, thank publicly (§5); "abonnement" and monthly orders are just nouns, nothing to solve',
    ],
    [
      5,
      'Hvorfor har ingen fortalt mig om jer før?? Købte et par hørgardiner og de er bare SÅ fine. Nu skal hele stuen laves om 😅',
      'pos pub -',
      '5★ praise → positive; the question is rhetorical and the capitals are enthusiasm, thank publicly (§5)',
      { title: 'Hvor har I været hele mit liv' },
    ],
    [
      4,
      'Lækker badekåbe, blød og tyk. Den er dog lille i størrelsen så bestil en str større end du plejer. Jeg tog M og burde have taget L 🙂',
      'pos pub -',
      '4★ → positive; sizing tip for other buyers, nothing to solve, public thanks (§5)',
    ],
    [
      5,
      'Min kaffekande kom med et skår i tuden. Sendte et billede til kundeservice og 2 dage efter lå der en ny i postkassen, skulle ikke engang sende den gamle retur. Sådan skal det gøres!',
      'pos pub -',
      '5★ → positive; damage already solved and praised, no personal data needed (§5 praise)',
    ],
    [
      5,
      'Vi har ledt efter et stort tæppe til stuen i flere måneder, enten var de for dyre eller også så de billige ud i virkeligheden. Vi endte med det uldtæppe der hedder Aske i 250x350 og det er simpelthen perfekt. Farven er præcis som på billederne, det ligger fladt fra dag 1 og det fælder næsten ikke. Fragtfirmaet ringede en halv time før de kom og bar det helt ind i stuen. Vores to små drenge leger på det hele dagen og det ser stadig nyt ud efter 2 måneder. Tak for god service, vi kommer helt sikkert igen når soveværelset skal have et ❤️',
      'pos pub -',
      '5★ long praise → positive, thank and mention the highlighted points (§5)',
      { title: 'Endelig det rigtige tæppe' },
    ],
    [
      4,
      'Appen er blevet meget bedre efter opdateringen, nemt at se mine ordrer og gemme favoritter. Min konto husker også adressen nu så det går stærkt. Mangler bare Apple Pay, så var det 5 stjerner.',
      'pos pub -',
      '4★ → positive; app/account/address mentioned as nouns only, Apple Pay is a suggestion not a question (§5)',
    ],
    [
      5,
      'Jeg har altid haft tandlægeskræk, men Louise var så tålmodig og forklarede alt undervejs. Mærkede intet under rodbehandlingen. Kan varmt anbefales!',
      'pos pub -',
      "Genuine dentist review on the clinic's own profile, not spam; 5★ → positive, thank publicly (§5)",
      { company: 'Smil Tandklinik', brand: 'Smil Tandklinik' },
    ],
    [4, 'god kvalitet og pakken kom til tiden 👍', 'pos pub -', '4★ short praise → positive, public thanks (§5)'],
    // ---- questions ----
    [
      4,
      'Rigtig glade for sofaen Alma. Kan man købe et ekstra betræk til den? Vi har hund 🐶',
      'q pub q',
      'Product question → answer directly in the public reply (§5 specific question)',
    ],
    [
      3,
      'sender i også til færøerne. vil gerne bestille et tæppe til min søster men kan ikke vælge det når jeg skal betale',
      'q pub q',
      'Question without a question mark about shipping destinations; general answer in public (§5)',
    ],
    [
      5,
      'Elsker min bordlampe Luna! Kommer den også i messing eller kun i sort? ville gerne have en til soveværelset',
      'q pub q',
      'Real product question in a 5★ review → question, answer publicly (§5)',
    ],
    [
      2,
      'hvornår kommer spisestolene Nord på lager igen? de har stået som udsolgt siden august. lidt skuffet',
      'q pub q',
      '2★ but only mild disappointment, so the stock question decides → question, answered publicly (§5)',
    ],
    [
      4,
      'Hurtig ekspedition indtil videre. Jeg er lige flyttet og glemte at rette adressen, kan I ændre leveringsadressen på ordre 310552 til Egevej 14, 2. tv, 8000 Aarhus C? Den er vist ikke sendt endnu',
      'q pp pd,q',
      'Question that needs the order changed; order number and street address written out → acknowledge publicly, continue privately (§3, §5)',
    ],
    // ---- spam ----
    [
      1,
      'bit.ly/4kR2nWq 🎁 vind et gavekort på 5000 kr',
      'spam none sp',
      'Bare short link with a prize lure → spam, no public reply, flag (§5)',
    ],
    [
      5,
      'Tjen 3.000-7.000 kr om dagen hjemmefra med krypto 💰 jeg startede med kun 500 kr. Skriv til min mentor på WhatsApp eller kig forbi hurtigpengeguide.dk',
      'spam none sp',
      'Work-from-home/crypto advertising with a domain → spam, no public reply (§5)',
    ],
    [
      5,
      'Tak til hele holdet på dyreklinikken for at passe så godt på vores kat Mille efter operationen. Dyrlæge Sørensen ringede endda dagen efter for at høre hvordan hun havde det ❤️',
      'spam none sp',
      'Review clearly meant for a vet clinic posted on the home-goods shop → irrelevant/spam, no public reply (§5)',
    ],
    [1, 'test jhgfds ølkjh', 'spam none sp', 'Test and random letters → spam, no public reply (§5)'],
  ],
  'da-fresh5',
);
