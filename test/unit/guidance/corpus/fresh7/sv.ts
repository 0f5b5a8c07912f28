import { corpus, type CorpusEntry } from '../entry';

/**
 * Swedish fresh set 7: 30 reviews written from scratch for this measurement, in the style of real Swedish
 * Trustpilot reviews (lowercase, typos, short and long, a few emojis and titles), to Nordlys Home unless a row says
 * otherwise. Labels follow the agent guide (§3 public vs. private, §5 scenarios, §7 anonymous) and the labelling conventions' rules,
 * written without reading the product's rules or other corpora.
 */
export const FRESH7_SV: CorpusEntry[] = corpus(
  'sv',
  [
    // negative
    [
      2,
      'Tog nästan tre veckor innan soffbordet kom, stod 3-5 dagar när jag beställde. Det kom till slut och ser bra ut men ni borde va ärliga med leveranstiden på sidan',
      'neg pub -',
      '2★ slow but arrived; general criticism that can be answered publicly (§3 public response, §5 1-star).',
    ],
    [
      1,
      'Jag har blivit dragen TVÅ gånger för samma beställning, ordernr NH-58213, 1 249 kr x 2 på kontoutdraget. Vill ha tillbaka de extra pengarna snarast',
      'neg pp pd',
      'Double charge with order number written out needs a look-up of the order (§3 personal data); plain frustration, not strong.',
      { title: 'Dubbeldragning' },
    ],
    [
      1,
      'Grattis nordlys, tredje gången gillt... eller inte 🙃 Beställde en beige matta, fick en grå. Skickade tillbaka, fick en grå igen. Nu tredje försöket och vad tror ni, GRÅ. Imponerande att lyckas med samma fel varje gång',
      'neg pp pd,sd',
      'Wrong item needs the order (§3 personal data); sarcasm about repeated failures is strong dissatisfaction (§3 very dissatisfied).',
    ],
    [
      1,
      'Taklampan kom krossad i kartongen. Skickade bilder samma dag och har nu väntat en månad på ersättning eller pengarna tillbaka. Har nu gjort en anmälan till ARN och kontaktar Konsumentverket om inget händer denna vecka.',
      'neg pp pd,sd',
      'Broken item and refund need the order (§3 personal data); official complaint/consumer agency threat is strong dissatisfaction (§3).',
      { title: 'Anmäld till ARN' },
    ],
    [
      2,
      'Försökte logga in för att se min orderhistorik. Steg 1: skrev in mejl och lösenord, fick "Felkod 502 – något gick fel". Steg 2: klickade på glömt lösenord, fick aldrig nåt mejl (kollat skräpposten). Steg 3: försökte skapa nytt konto med samma mejl men då står det att adressen redan används. Så nu kommer jag inte in alls och kan inte se var mina gardiner är. Har testat både i mobilen och på datorn, chrome och safari. Rätt tröttsamt faktiskt',
      'neg pp pd,cx',
      'Login/account access needs the account (§3 personal data); error code and long step-by-step technical account (§3 complex); tired, not strong.',
    ],
    [
      1,
      'SKRÄPKVALITET!!! handdukarna luddar som fan och tappade färgen efter en tvätt. ALDRIG MER nordlys',
      'neg pp sd',
      'Shouting in capitals and "never again" are strong dissatisfaction (§3); quality complaint needs no personal data.',
    ],
    [
      2,
      'Mattan luktade väldigt starkt av kemikalier första veckan, fick ha den på balkongen. Nu har det gått över men lite tråkigt när man betalat så mycket.',
      'neg pub -',
      'Plain disappointment about a product that can be addressed generally (§3 public response); nothing to look up.',
    ],
    [
      1,
      'Hyllan saknade hälften av skruvarna och en av sidogavlarna. Står nu halvmonterad i hallen. Ingen vill ha en halv hylla',
      'neg pp pd,an',
      'Missing parts need the order to send them (§3 personal data); anonymous reviewer gets a private dialogue (§7).',
      { anonymous: true },
    ],
    [
      1,
      'Vad håller ni på med egentligen? Betalade 99 kr extra för expressleverans, det har gått 10 dagar och spårningen har stått på "på väg" sen i måndags. Var är mitt paket??? Känns som rena bluffen',
      'neg pp pd,sd,q',
      'Missing delivery needs the order (§3 personal data); calls it a scam (very dissatisfied) so stays negative; asks a real question (where is my parcel).',
    ],
    // neutral
    [
      3,
      'hemsidan är lite seg ibland men det funkar. bra utbud och leveransen var ok',
      'neu pub -',
      'Balanced feedback; a slow website is general criticism, no data needed (§5 3-star).',
    ],
    [
      3,
      'Sängkläderna är jättefina, men några saker: 1) paketet kom en dag senare än utlovat, 2) rabattkoden från nyhetsbrevet funkade inte i kassan, fick bara "ogiltig kod", 3) storleksguiden stämmer inte, påslakanet var 10 cm för kort.',
      'neu pp cx',
      'Several distinct problems in one review incl. an error message (§3 complex); nothing requires the order itself.',
    ],
    [
      3,
      'Fina glas men mindre än dom såg ut på bilderna. Kanske skriva ut måtten tydligare',
      'neu pub -',
      '3★ improvement suggestion, answer publicly (§5 3-star).',
    ],
    [
      3,
      'Helt ok. Priserna är bra men frakten är dyr om man bara köper en liten grej.',
      'neu pp an',
      'Neutral general feedback, but anonymous → offer private dialogue (§7).',
      { anonymous: true },
    ],
    // positive
    [
      5,
      'Varför har jag inte hittat er tidigare?! 😍 Lamporna är ännu snyggare i verkligheten',
      'pos pub -',
      'Praise; the question is rhetorical, nothing to answer (§5 5-star).',
      { title: 'Min nya favoritbutik' },
    ],
    [
      5,
      'Fick fel färg på kudden först men dom skickade en ny direkt och jag fick behålla den andra. toppenservice, kommer handla igen',
      'pos pub -',
      'Praise mentioning a problem already solved; nothing to look up (§5 5-star).',
    ],
    [
      4,
      'Beställ en storlek större på morgonrockarna, de är små i storleken. Annars supermjuk och skön 👍',
      'pos pub -',
      'Positive with a sizing tip; "order a size up" needs no personal data (§3 public response).',
    ],
    [5, 'Snabb leverans, allt helt. Tack!', 'pos pub -', 'Short praise, thank publicly (§5 5-star).'],
    [
      5,
      'Har abonnemang på doftljusen sen ett år, alltid lika mysigt när paketet kommer. Höstdoften var bäst hittills',
      'pos pub -',
      'Praise; the word subscription alone is not a matter needing data (§5 5-star).',
    ],
    [
      4,
      'Appen är smidig och det gick snabbt att skapa konto. Det enda jag saknar är en önskelista så man kan spara saker till senare',
      'pos pub -',
      'Positive with a feature wish; "app"/"account" are just nouns here (§3 public response).',
    ],
    [
      5,
      'Var så himla nervös innan rotfyllningen men tandläkare Lind och sköterskan var så lugna och förklarade allt. Kände ingenting. Rekommenderar verkligen!',
      'pos pub -',
      'Genuine review of the dentist on its own profile, so not spam; praise (§5 5-star).',
      { company: 'Leende Tandvård Malmö', brand: 'Leende Tandvård Malmö' },
    ],
    [
      4,
      'Nöjd med golvlampan, snabbt och smidigt. Men jag har inte fått nåt kvitto på mejlen, kan ni skicka till lisa.berg84@hotmail.com så jag har det för garantin',
      'pos pp pd',
      'Positive, but asks for a receipt to her e-mail written out: needs her order (§3 personal data); a request, not a question.',
    ],
    // questions
    [
      4,
      'Kommer den gröna sammetsfåtöljen tillbaka i lager? Har väntat sen i våras och kollar varje vecka haha',
      'q pub q',
      'Specific product question, answer directly in public (§5 question).',
    ],
    [
      3,
      'undrar om ni levererar till åland också, hittar inget om det i villkoren',
      'q pub q',
      'A question without a question mark; general answer, public (§5 question).',
    ],
    [
      2,
      'Jag returnerade bordslampan för tre veckor sen (order 771045) men har fortfarande inte fått någon återbetalning. När kan jag förvänta mig pengarna?',
      'q pp pd,q',
      'Asks about a refund with order number: question, needs the order (§3 personal data, §5 question); not strongly dissatisfied.',
    ],
    [5, 'Går det att köpa presentkort? Hittar inget på sidan', 'q pub q', 'Blunt general question (§5 question).'],
    [
      1,
      'Hur säger man upp abonnemanget på kökshanddukarna?? finns ingen knapp nånstans på mina sidor',
      'q pp pd,q',
      'Asks how to cancel a subscription: question, and cancelling needs the account (§3 personal data); frustrated but not strong.',
    ],
    // spam
    [
      5,
      'tjäna 5000kr om dagen hemifrån med krypto!! ingen erfarenhet behövs 👉 bit.ly/3xKr9Lp',
      'spam none sp',
      'Work-from-home/crypto advertising with a short link (§5 spam).',
    ],
    [
      1,
      'Frisören klippte alldeles för kort trots att jag visade bild, och färgen blev orange istället för askblond. Fick betala 1800 kr för det här',
      'spam none sp',
      'Review meant for a hairdresser, not Nordlys Home (§5 irrelevant).',
    ],
    [3, 'test test 123', 'spam none sp', 'A test, irrelevant (§5 spam).'],
    [
      5,
      'Vill ni synas högre på Google? Vi hjälper företag som ert med SEO och länkbygge till bra priser. Besök rankupp-seo.se för gratis analys',
      'spam none sp',
      'SEO sales offer with a domain without scheme; its question is advertising (§5 spam).',
    ],
  ],
  'sv-fresh7',
);
