import { corpus, type CorpusEntry } from '../entry';

/**
 * Swedish, fresh set 5: 30 Trustpilot reviews of the home-goods shop Nordlys Home (one of a hairdresser on its
 * own profile), written by hand for this set in everyday Swedish (lower case, typos, emojis, a few titles), without
 * looking at the product's rules or any other corpus. Mix: 9 negative, 4 neutral, 7 positive, 5 questions, 5 spam.
 * Labels follow the agent guide (§3 public vs private, §5 scenarios, §7 anonymous reviewers) and the labelling conventions.
 */
export const FRESH5_SV: CorpusEntry[] = corpus(
  'sv',
  [
    [
      2,
      'Beställde ett soffbord i mitten av oktober, det stod 3-5 arbetsdagar på sidan. det tog nästan tre veckor innan det dök upp. Bordet i sig är fint och helt så inget fel på det, men säg som det är om leveranstiden istället. blir 2 stjärnor för väntan',
      'neg pub -',
      '2★ plain disappointment about a slow delivery that did arrive intact; criticism can be answered generally and publicly (§3 public response, §5 1-star row)',
    ],
    [
      1,
      'Ni har dragit pengar två gånger för samma köp, 1 249 kr x 2 på mitt kort den 12/11. Har mejlat er från sara.lindqvist84@hotmail.com men inte fått svar än. vill bara ha tillbaka det ena beloppet',
      'neg pp pd',
      'Double charge and refund need the order/payment looked up, e-mail written out → acknowledge publicly, continue privately (§3 requires personal data); annoyed but not strong',
    ],
    [
      1,
      'Tredje gången gillt sa ni. Ja jo. Första mattan var grön istället för beige, bytte. Andra var också grön. Nu har den TREDJE kommit och gissa vilken färg 🙃 Bra jobbat verkligen, imponerande konsekvent.',
      'neg pp pd,sd',
      'Wrong item needs the order (personal data) and sarcasm about a repeated failure = very dissatisfied (§3 private dialogue)',
      { title: 'Tredje gången gillt...' },
    ],
    [
      1,
      'Order NH-558120. Betalade 6 490 kr för en fåtölj den 3 oktober. Ingen fåtölj, inga svar, bara automatmejl. Jag har nu gjort en anmälan till Allmänna reklamationsnämnden och kontaktat konsumentvägledningen i kommunen. Vill ni slippa det så återbetala pengarna.',
      'neg pp pd,sd',
      'Order number, undelivered item and refund (personal data) plus an official complaint to ARN = strong dissatisfaction (§3 private dialogue)',
      { title: 'Anmält till ARN' },
    ],
    [
      2,
      'Ska försöka vara saklig. Beställde en taklampa i mässing och två linneplädar (order 30917).\n1. Paketet ställdes utanför porten trots att jag valt leverans med avisering, och det regnade hela eftermiddagen.\n2. Plädarna var blöta men gick att torka, men lampans glaskupa var sprucken.\n3. Jag fyllde i reklamationsformuläret och fick ett mejl om att skicka bilder, vilket jag gjorde samma kväll.\n4. Sen hände ingenting på tio dagar. När jag till slut ringde hittade de inte ärendet och bad mig skicka bilderna igen.\n5. På fakturan från Klarna står det dessutom tre plädar, inte två, så jag vet inte ens vad jag ska betala.\nLampan är jättesnygg på bilderna och jag vill gärna ha den, så jag har inte gett upp helt. Men just nu sitter jag med en trasig lampa, en faktura som är fel och ingen som verkar veta vad som händer med mitt ärende. Personalen i telefon var trevlig, det ska sägas, men det hjälper inte så länge ingen tar ansvar för att det blir gjort. Hoppas att någon läser det här och faktiskt tar tag i det.',
      'neg pp pd,cx',
      'Order number, damaged item and a wrong invoice need the order (personal data); several distinct problems told step by step = complex (§3); calm tone, not strong',
    ],
    [
      1,
      "kan inte logga in på mitt konto sen i fredags. får 'Fel 403 – åtkomst nekad' varje gång, har bytt lösenord två ggr och testat både chrome och safari. har ett presentkort på 500 kr som ligger där och som jag inte kommer åt",
      'neg pp pd,cx',
      'Account access needs their account (personal data) and an error code is a technical matter (§3 complex, private dialogue)',
    ],
    [
      1,
      'Ni är det sämsta företaget jag handlat från. Skitprodukter och ännu sämre folk. Aldrig igen, ska varna alla jag känner.',
      'neg pp sd,an',
      'Insults and "never again" = very dissatisfied; anonymous reviewer → always offer a private dialogue (§3, §7)',
      { anonymous: true },
    ],
    [
      2,
      'Hemsidan är seg som sirap, tar evigheter att ladda bilderna på mobilen och det är rörigt att hitta bland alla kategorier. Själva grejerna är det inget fel på men shoppingen blir jobbig',
      'neg pub -',
      'General criticism of the website speed and layout, nothing about their order; can be answered generally in public (§3 public response)',
    ],
    [
      1,
      'VAR ÄR MITT PAKET??? Spårningen har sagt "levererat" i fem dagar men inget har kommit hit. Kundtjänst säger bara att jag ska vänta. Ni är rena bedragare',
      'neg pp pd,sd,q',
      'Missing delivery needs the order (personal data); shouting and calling them frauds = very dissatisfied, so it stays negative although it asks (§3, §5)',
      { title: 'SKANDAL' },
    ],
    [
      3,
      'Fina handdukar och skön kvalitet, men de krympte en del efter första tvätten. köp en storlek upp om du vill ha stora badlakan. kom i tid iaf',
      'neu pub -',
      '3★ balanced feedback with a sizing tip and on-time delivery; thank and note the improvement publicly (§5 3-star row)',
    ],
    [3, 'Helt ok. Varken bättre eller sämre än andra', 'neu pub -', 'Short neutral 3★, public thanks (§5 3-star row)'],
    [
      3,
      'Bra priser. Kartongen såg ut som nån hade stått på den men vaserna klarade sig, tur det.',
      'neu pp an',
      'Neutral 3★, nothing needs solving, but the reviewer is anonymous → offer a private dialogue (§7)',
      { anonymous: true },
    ],
    [
      3,
      'Jag beställer här i stort sett varje månad, mest kökssaker och ljus. Sortimentet är bra och det brukar gå snabbt. Men fraktavgiften har gått från 49 till 79 kr och gränsen för fri frakt höjdes också, det märks. Tre stjärnor tills vidare.',
      'neu pub -',
      'Regular customer, general criticism of shipping prices; nothing personal to look up, answer publicly (§3, §5 3-star row)',
      { title: 'Stammis men...' },
    ],
    [
      5,
      'Paketet kom redan dagen efter! Bordslampan är ännu finare i verkligheten 😍',
      'pos pub -',
      'Praise, thank publicly (§5 5-star row)',
    ],
    [
      5,
      'Varför har ingen berättat om er tidigare?? Kuddfodralen i linne är helt perfekta och kvaliteten känns mycket dyrare än vad de kostade ✨',
      'pos pub -',
      'The question is rhetorical praise, not something to answer; thank publicly (§5 5-star row)',
    ],
    [
      4,
      'Första leveransen hade en skål som gått sönder men jag skickade en bild och dagen efter var en ny på väg, fick behålla resten utan krångel. Så ska det skötas 👌',
      'pos pub -',
      'Praise about a breakage already solved; nothing left to look up, thank publicly (§3, §5 5-star row)',
    ],
    [
      5,
      'Har varit kund i ungefär ett år nu och tänkte att det var dags att skriva något. Jag började med en matta till vardagsrummet och har sen dess handlat det mesta till lägenheten här, gardiner, en byrå och massor av kökssaker. Det jag gillar mest är appen, den är enkel och jag ser direkt när något kommer in i lager igen. Jag har också abonnemanget på doftljus som kommer varannan månad och det fungerar precis som det ska, jag kan pausa det i appen när jag vill. Leveranserna kommer nästan alltid när de ska och förpackningarna är bra, inget har gått sönder hittills. En gång fick jag fel färg på ett överkast men det var ingen stor grej, de fixade det snabbt. Priserna är kanske inte de lägsta men man får vad man betalar för. Kundtjänsten har alltid svarat vänligt de få gånger jag hört av mig. Kort sagt: rekommenderar varmt, särskilt om man gillar skandinavisk stil och inte orkar springa runt i varuhus en hel lördag. Fem stjärnor från mig!',
      'pos pub -',
      'Long praise; app, subscription and an old wrong colour already fixed need nothing private; thank publicly (§5 5-star row)',
    ],
    [
      4,
      'Snygga lampor och snabb frakt. Drar av en stjärna för att monteringsanvisningen var lite otydlig.',
      'pos pp an',
      'Positive 4★ with a small general remark, but anonymous → always offer a private dialogue (§7)',
      { anonymous: true },
    ],
    [
      5,
      'Jonna är bäst! Gick därifrån med den snyggaste klippningen jag haft på flera år och hon tog sig tid att lyssna på vad jag ville. Bokar in mig igen om sex veckor',
      'pos pub -',
      'Genuine hairdresser review on the hairdresser’s own profile, not spam; thank publicly (§5 5-star row)',
      { company: 'Klippstugan Frisör', brand: 'Klippstugan Frisör' },
    ],
    [5, 'nöjd 👍👍', 'pos pub -', 'Short praise, thank publicly (§5 5-star row)'],
    [
      4,
      'Jättenöjd med soffan Fjällvik men den är lite låg för min smak. Säljer ni högre ben som passar till den?',
      'q pub q',
      'A product question that can be answered directly in the public reply (§5 specific question)',
    ],
    [
      3,
      'undrar om ni skickar till Åland också, hittar inget om det när jag kommer till kassan. vore synd om inte för jag har hittat flera saker jag vill ha',
      'q pub q',
      'A real question without a question mark about shipping areas; general, answer publicly (§5 specific question)',
    ],
    [
      5,
      'Älskar mina nya gardiner, de gör hela rummet! En sak bara, tål de 60 grader eller ska de tvättas på 40?',
      'q pub q',
      'Praise with a care question, answer directly in public (§5 specific question)',
    ],
    [
      1,
      'Fick fel storlek på mattan, beställde 200x300 och fick 160x230. Ordernummer 448812. Hur gör jag för att byta den, måste jag betala returfrakten själv?',
      'q pp pd,q',
      '1★ but not very dissatisfied, so the question decides the scenario; wrong item and order number need a private follow-up (§3, §5 specific question)',
    ],
    [
      4,
      'Snabba på att skicka bekräftelse 👍 men jag har flyttat sen jag la beställningen. Går det att ändra leveransadressen till Tallvägen 7, 136 44 Handen innan den skickas?',
      'q pp pd,q',
      'Question about changing the delivery address, street address written out → answer briefly, continue privately (§3 personal data, §5)',
    ],
    [
      5,
      'Tjäna 3000 kr om dagen hemifrån utan erfarenhet!! Läs mer: bit.ly/3xHemJobb',
      'spam none sp',
      'Work-from-home advert with a short link; no public reply, flag it (§5 spam row)',
    ],
    [
      5,
      'Vill ditt företag synas högst upp på Google? Vi hjälper webbutiker med SEO och länkbygge till fasta låga priser. Kontakta oss på toppranking-seo.se',
      'spam none sp',
      'SEO sales pitch with a domain; advertising, no public reply (§5 spam row)',
    ],
    [
      5,
      'Tandläkaren var så himla lugn och fin med mig, jag som är livrädd för tandläkare. Lagningen gjorde inte ont alls och receptionen var supertrevlig. Rekommenderar!',
      'spam none sp',
      'A dentist review posted on a home-goods shop profile: meant for another business, irrelevant here (§5 spam row)',
    ],
    [
      1,
      "Flyttfirman kom två timmar sent, bar ut fel kartonger och lyckades tappa min byrå i trapphuset. Sen ville de ha extra betalt för 'tunga lyft'. Undvik!!",
      'spam none sp',
      'Complaint about a moving company, not the shop; irrelevant to this profile, flag rather than reply (§5 spam row)',
    ],
    [3, 'hej test 123 asdfghjklö', 'spam none sp', 'Test text and random letters, no public reply (§5 spam row)'],
  ],
  'sv-fresh5',
);
