import { corpus, type CorpusEntry } from '../entry';

/**
 * Danish (da) fresh set: 26 Trustpilot reviews written by hand for this file, in the way Danish customers
 * write (lowercase, typos, emojis, short and long), to the online home-goods shop Nordlys Home unless a row
 * names another company. Roughly 8 negative, 3 neutral, 7 positive, 4 questions and 4 spam, with hard cases
 * (slow-but-arrived, sarcasm, error codes, rhetorical questions, reviews for another business, a genuine
 * review on a dental clinic's own profile). Labels follow the agent guide (§3 public vs private, §5
 * scenarios, §7 anonymous) and the labelling conventions; written without reading the product's code or other corpora.
 */
export const FRESH8_DA: CorpusEntry[] = corpus(
  'da',
  [
    [
      2,
      'det tog 9 dage før mine sofapuder kom, men de kom da og de er fine nok. lidt lang tid når der står 2-4 hverdage på siden',
      'neg pub -',
      '§3: slow but arrived, criticism that can be answered in general; nothing to look up.',
    ],
    [
      1,
      'Har lige tjekket min netbank og jeg er blevet trukket to gange for den samme ordre, nr. 48213, 2 x 1.249 kr. Vil gerne have det ene beløb tilbage hurtigst muligt tak',
      'neg pp pd',
      '§3: double charge and money back with an order number written out need the order looked up privately.',
      { title: 'Trukket to gange' },
    ],
    [
      1,
      'Tredje gang er lykkens gang, sagde de i kundeservice. Og ja, nu har jeg så modtaget den FORKERTE loftlampe for tredje gang i træk 👏👏 imponerende præstation. glæder mig til fjerde forsøg',
      'neg pp pd,sd',
      '§3: wrong item needs the order; sarcasm about repeated failures is strong dissatisfaction.',
    ],
    [
      1,
      'SVINDEL!!! betalte 6.800 kr for et spisebord i august og har INTET modtaget. ingen svarer på mails. hvor er mine penge??? sagen går nu til Forbrugerklagenævnet',
      'neg pp pd,sd,q',
      '§3: missing delivery and money back need the order; "scam", capitals and a consumer-agency threat are strong dissatisfaction, so it stays negative although it asks.',
      { title: 'Fupfirma' },
    ],
    [
      2,
      'Ville bestille et par køkkenstole. Først kunne jeg ikke logge ind på min konto, "forkert adgangskode" selvom den var rigtig. Så trykkede jeg glemt adgangskode men mailen kom aldrig (heller ikke i spam). Oprettede en ny konto med en anden mail, lagde stolene i kurven, og ved betaling kom der "Fejl 4012 - betalingen kunne ikke gennemføres" to gange. Til sidst virkede det med mobilepay, men nu har jeg to konti og ved ikke hvilken ordren ligger på. Det burde ikke være så besværligt',
      'neg pp pd,cx',
      '§3: login/account access needs the account looked up; error messages and a long step-by-step account are complex.',
    ],
    [
      2,
      'Glasvasen var smadret da jeg åbnede pakken, der var kun lidt papir omkring. Ærgerligt for den var en gave. Skriv gerne til mig på mette.h72@gmail.com',
      'neg pp pd,an',
      '§3: damaged item and an e-mail written out need a private dialogue; §7: anonymous reviewer is offered private contact.',
      { anonymous: true },
    ],
    [
      1,
      'I annullerede bare min ordre uden at skrive en eneste linje, og nu er tilbuddet på sengetæppet selvfølgelig udløbet. amatører. aldrig igen nordlys',
      'neg pp pd,sd',
      '§3: a cancelled order needs the order looked up; insult and "never again" are strong dissatisfaction.',
    ],
    [
      2,
      'tæppet fnuller helt vildt efter 2 uger og ser allerede slidt ud. havde forventet bedre kvalitet til den pris, desværre',
      'neg pub -',
      '§3/§5: plain disappointment about quality can be answered in general; nothing broken or wrong to look up.',
    ],
    [
      3,
      'Flotte puder og god stof, men farven er mere grå end den lyse sand der vises på billederne. Hjemmesiden er også lidt langsom at klikke rundt på men den virker fint',
      'neu pub -',
      '§5: 3-star balanced feedback; colour and a slow website can be answered publicly.',
    ],
    [
      3,
      'Helt ok. Levering tog lidt tid.',
      'neu pp an',
      '§7: anonymous reviewer, so a private dialogue is offered; otherwise a plain neutral review.',
      { anonymous: true },
    ],
    [
      3,
      'jeg handler her næsten hver måned og er egentlig glad for udvalget, men synes priserne er steget en del det sidste halve år og fragten på 59 kr under 499 kr er lidt i overkanten',
      'neu pub -',
      '§5: neutral improvement points (prices, shipping fee); "handler her hver måned" needs nothing private.',
    ],
    [5, 'pakken kom til tiden og alt var pænt pakket ind 👍', 'pos pub -', '§5: praise, thank publicly.'],
    [
      5,
      'Fik en skål med et skår i kanten, skrev til dem og de sendte en ny allerede dagen efter uden alt muligt bøvl. Sådan skal det gøres!',
      'pos pub -',
      '§5: praise about a problem already solved; nothing left to look up.',
      { title: 'Super service' },
    ],
    [
      4,
      'Sengetøjet er virkelig lækkert og blødt. Et tip: tag lagnet en størrelse større hvis I har en tyk topmadras, mit sad lidt stramt',
      'pos pub -',
      '§5: 4-star praise with a sizing tip; answered publicly.',
    ],
    [
      5,
      'Hvorfor har jeg ikke fundet jer noget før?? 😍 elsker min nye bordlampe, den giver det hyggeligste lys',
      'pos pub -',
      '§5: praise; the question is rhetorical, nothing to answer.',
    ],
    [
      4,
      'Har haft abonnement på stearinlys fra jer i et år nu, det kører bare og de kommer altid til tiden. Appen kunne godt være lidt mere overskuelig, men ellers top',
      'pos pub -',
      '§5: positive with a general remark about the app; subscription is mentioned, nothing to change.',
    ],
    [
      5,
      'har altid været skrækslagen for tandlæger men Louise var så tålmodig og forklarede alt undervejs. første gang jeg har gået derfra uden rystende hænder. tusind tak',
      'pos pub -',
      '§5: genuine praise written on the clinic’s own profile, so not spam.',
      { company: 'Vesterbro Tandklinik', brand: 'Vesterbro Tandklinik' },
    ],
    [
      4,
      'god oplevelse, flot kurv og hurtig levering',
      'pos pp an',
      '§7: anonymous reviewer, so a private dialogue is offered even for praise.',
      { anonymous: true },
    ],
    [
      3,
      'Reolen er flot og nem at samle, men der manglede 2 af de små skruer til hylderne. Kan I sende dem til mig? min mail er jonas.b.nielsen@outlook.dk',
      'q pp pd,q',
      '§5/§3: a question to the shop; missing parts and an e-mail written out need a private follow-up.',
    ],
    [
      4,
      'Rigtig fint udvalg. Leverer I også til Færøerne, eller kun Danmark?',
      'q pub q',
      '§5: a specific question that can be answered directly in public.',
    ],
    [
      5,
      'hvornår kommer det grønne velourtæppe på lager igen har ventet siden sommer',
      'q pub q',
      '§5: a blunt question without question mark; answer publicly.',
    ],
    [
      2,
      'Bestilte en kommode for tre uger siden og status står stadig på "under behandling". Hvornår kan jeg forvente at få den? Og vi er flyttet i mellemtiden, så kan den sendes til Bøgevej 14, 8600 Silkeborg i stedet?',
      'q pp pd,q',
      '§5: questions from a mildly dissatisfied customer; delayed order and a changed street address need the order looked up.',
    ],
    [
      5,
      'Tjen 5.000 kr om dagen hjemmefra 💰💰 kun 1 time om dagen, ingen erfaring nødvendig. se mere her bit.ly/3xKr9pQ',
      'spam none sp',
      '§5: advertising with a short link; no public reply, flag it.',
    ],
    [
      1,
      'Frisøren klippede alt for meget af og farven blev orange i stedet for askeblond. 900 kr ud af vinduet. kommer aldrig igen i jeres salon',
      'spam none sp',
      '§5: a review meant for a hairdresser, not the home-goods shop; irrelevant here.',
    ],
    [3, 'asdfjklæ test test', 'spam none sp', '§5: a test and random letters; no public reply.'],
    [
      5,
      'Vil din webshop ranke nr. 1 på Google? Vi tilbyder SEO og linkbuilding til fast lav pris. Skriv til os på seo-vaekst.dk i dag',
      'spam none sp',
      '§5: SEO advertising with a domain without scheme; spam.',
      { title: 'Mere trafik til din shop' },
    ],
  ],
  'da-fresh8',
);
