import { corpus, type CorpusEntry } from '../entry';

/**
 * Swedish fresh set 6: 26 Trustpilot reviews written from scratch for this set, in the voice of real Swedish
 * customers of the home-goods shop Nordlys Home (one row is a genuine review on a dental clinic's own profile).
 * Mix: 8 negative, 3 neutral, 7 positive, 4 questions, 4 spam. Labels follow the agent guide (§3 public vs.
 * private, §5 scenario table, §7 anonymous reviewers) and the labelling conventions, not any software.
 */
export const FRESH6_SV: CorpusEntry[] = corpus(
  'sv',
  [
    [
      2,
      'Tog nästan tre veckor innan soffbordet kom, trots att det stod 3-5 dagar på sidan. Det kom fram till slut och är helt ok men lite snabbare hade inte skadat.',
      'neg pub -',
      'Slow but it arrived: plain disappointment that can be answered generally in public (§3 public response, §5 1-star criticism).',
      { title: 'Långsamt' },
    ],
    [
      1,
      'Jag har blivit dragen två gånger för samma beställning, ordernummer 48213. 1 249 kr x2 på kontot. Mailade kundtjänst i fredags men inget svar ännu. Vill ha tillbaka pengarna för den ena dragningen snarast.',
      'neg pp pd',
      'Double charge with the order number written out needs the order looked up (§3 private dialogue: personal data); annoyed but no insults or threats.',
      { title: 'Dubbeldragning' },
    ],
    [
      1,
      'Wow vilken service 👏👏 Fjärde gången jag får ett mejl om att paketet "är på väg" och fjärde gången det inte kommer. Gardinerna beställdes i början av oktober. Kanske till jul? Eller nästa jul?',
      'neg pp pd,sd',
      'Sarcasm about repeated failures (sd) over a delivery that never arrives, which needs the order looked up (pd); the questions are rhetorical (§3 private dialogue, §5).',
    ],
    [
      1,
      'Försökte handla en matta igår kväll. Steg 1: la den i varukorgen, inga problem. Steg 2: fyllde i adress och valde Klarna. Steg 3: tryckte på betala och fick upp "Något gick fel (felkod CHK-502)". Försökte igen med kort istället, samma fel. Bytte till mobilen, rensade cookies, testade i en annan webbläsare. Samma sak varje gång. Till slut gav jag upp och köpte en liknande matta någon annanstans. Synd för ni hade den finaste.',
      'neg pp cx',
      'Error code and a long step-by-step account of a technical fault (§3 private dialogue: complex/technical matter); nothing was ordered or charged, and the tone is disappointment, not anger.',
    ],
    [
      2,
      'Golvlampan kom med en spricka i glaskupan, skruvarna till foten saknades helt och när jag ringde kundtjänst satt jag i kö i 40 min innan samtalet bröts. Tre olika problem på en och samma lampa, inte okej.',
      'neg pp pd,cx',
      'Damaged item and missing parts need the order looked up (pd); several distinct problems in one review (cx) (§3 private dialogue). Disappointed, not abusive.',
    ],
    [
      1,
      'Returnerade ett matbord den 3 september och har fortfarande inte fått tillbaka mina 6 490 kr. Ni svarar inte på mejl. Om pengarna inte är tillbaka inom en vecka anmäler jag er till ARN och Konsumentverket. Var är mina pengar??',
      'neg pp pd,sd,q',
      'Refund not received (pd) and a threat to report to the consumer authorities (sd); the question is real, but a strongly dissatisfied 1-star reviewer stays negative (§3, §5).',
      { title: 'Anmälan nästa' },
    ],
    [
      2,
      'hemsidan är så rörig. svårt att hitta mattor i rätt storlek, man måste klicka in på varenda en för att se måtten. produkterna i sig är fina dock',
      'neg pub -',
      'Criticism of the website layout that can be addressed generally and constructively in public (§3 public response); no fault, no personal data.',
    ],
    [
      1,
      'Ni är ena riktiga amatörer. Beställde, väntade, fick fel grejer, väntade igen. Aldrig mer Nordlys, aldrig.',
      'neg pp pd,sd,an',
      'Insult and "never again" (sd), wrong item to sort out (pd), anonymous reviewer who should be offered a private dialogue (§3, §7).',
      { anonymous: true },
    ],
    [
      3,
      'Fina linnegardiner men färgen "sand" är mycket mörkare i verkligheten än på bilderna. Behåller dem ändå, leveransen gick snabbt.',
      'neu pub -',
      'Balanced 3-star feedback with a point for improvement; answered publicly (§5 3-star review).',
    ],
    [
      3,
      'Jag beställer här typ varje månad, mest ljus och småsaker till köket. Brukar funka bra men senaste paketet kom en dag senare än utlovat. Inget stort, bara lite synd.',
      'neu pub -',
      'Regular customer, one delivery a day late and it did arrive; nouns like "beställer" and "paketet" need nothing private (§5 3-star review).',
    ],
    [
      3,
      'Okej upplevelse. Hemsidan är lite seg ibland men den funkar. Kuddarna är bra men inget märkvärdigt för priset.',
      'neu pp an',
      'Neutral feedback that needs nothing private in itself, but the reviewer is anonymous, so a private dialogue is offered (§7 anonymous).',
      { anonymous: true },
    ],
    [5, 'Snabb leverans och fint paketerat 👍', 'pos pub -', 'Short praise: thank publicly (§5 5-star review).'],
    [
      5,
      'Fick först fel färg på plädet men när jag hörde av mig skickade de rätt färg direkt och jag behövde inte ens skicka tillbaka det gamla. Sån service vill man ha!',
      'pos pub -',
      'Praise about a wrong item that has already been solved; nothing left to look up (§5 5-star review, §3 thank the customer).',
    ],
    [
      4,
      'Riktigt sköna lakan, mjuka redan efter första tvätten. Tips: påslakanen är lite snåla i måtten, så ta gärna en storlek större om du har ett tjockt täcke.',
      'pos pub -',
      'Praise with a sizing tip for other shoppers; nothing to solve (§5 praise).',
    ],
    [
      5,
      'Varför har jag inte hittat er tidigare?! Fåtöljen är ännu snyggare i verkligheten och katten har redan tagit över den 😅',
      'pos pub -',
      'Rhetorical question in praise, not a question to answer (§5 5-star review).',
    ],
    [
      5,
      'Har handlat en hel del inredning på nätet genom åren men det här var nog första gången allt bara flöt på. Jag laddade ner appen för att kunna följa beställningen, fick sms när bilen var på väg och chauffören bar in byrån ända upp till tredje våningen utan att jag ens behövde fråga. Byrån var välpackad, inga repor, och monteringen tog en dryg halvtimme med en tydlig instruktion. Lådorna stänger mjukt och kvaliteten känns betydligt dyrare än vad den kostade. Kommer definitivt handla här igen, har redan kikat på en matchande spegel.',
      'pos pub -',
      'Long detailed praise; app, order and delivery are mentioned only as part of a good experience (§5 5-star review).',
      { title: 'Allt bara funkade' },
    ],
    [
      4,
      'Mycket trevligt bemötande och ingen väntetid alls. Tandhygienisten var noggrann och förklarade allt hon gjorde. Minus för att parkeringen är svår att hitta.',
      'pos pub -',
      'Genuine review of a dental clinic on its own profile, so not spam; praise with a small general remark (§5 praise).',
      { company: 'Tandläkarhuset Söder', brand: 'Tandläkarhuset Söder' },
    ],
    [
      5,
      'Bästa doftljusen jag testat, brinner jämnt och länge. Köper igen!',
      'pos pp an',
      'Praise from an anonymous reviewer: thank publicly and offer a private dialogue as the guide asks (§7 anonymous).',
      { anonymous: true },
    ],
    [
      4,
      'Superfin matta, precis som på bilden. Går den att tvätta i maskin eller måste den kemtvättas?',
      'q pub q',
      'Product-care question that can be answered directly in public (§5 review with a specific question).',
    ],
    [
      3,
      'kommer ni ta in fler av de gröna linneservetterna, de tog slut innan jag hann beställa',
      'q pub q',
      'A real question without a question mark about restocking; general answer in public (§5 question).',
    ],
    [
      2,
      'Hej, min beställning 100392 skulle ha kommit i tisdags men spårningen har stått still i fem dagar. När kan jag räkna med att få den?',
      'q pp pd,q',
      'Calm question about a missing delivery with the order number written out (pd); 2 stars but not strongly dissatisfied, so the scenario is question (§5 question, §3 personal data).',
    ],
    [
      5,
      'Älskar ert doftljusabonnemang! En fråga bara: går det att pausa det en månad när man är bortrest, eller måste man säga upp och starta igen?',
      'q pub q',
      'General question about how the subscription works; the word "abonnemang" alone needs no personal data and the reviewer is not asking to cancel (§5 question).',
    ],
    [
      5,
      'Tjäna 5000 kr om dagen hemifrån!! Inga förkunskaper behövs 💰💰 bit.ly/3xRikNu',
      'spam none sp',
      'Work-from-home offer with a short link: spam, no public reply (§5 spam or irrelevant review).',
    ],
    [
      5,
      'Bästa frisören i stan! Sanna klippte och färgade mig och jag har aldrig varit så nöjd med mitt hår. Bokar redan nästa tid.',
      'spam none sp',
      'Review of a hairdresser posted on a home-goods shop profile: meant for another business (§5 spam or irrelevant review).',
    ],
    [1, 'test test 123', 'spam none sp', 'A test, not a review (§5 spam or irrelevant review).'],
    [
      4,
      'Vill ni synas högre på Google? Vi hjälper webbutiker med SEO och länkbygge till fast pris. Kontakta oss via seobyran-norden.se',
      'spam none sp',
      'SEO sales pitch with a domain written without a scheme: advertising, no public reply (§5 spam).',
    ],
  ],
  'sv-fresh6',
);
