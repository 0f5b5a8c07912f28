import { corpus, type CorpusEntry } from '../entry';

/**
 * Swedish (sv) fresh8 set: 26 Trustpilot reviews written from scratch in the voice of ordinary Swedish
 * customers (mostly for Nordlys Home, one genuine review on a dental clinic's own profile), mixing negative,
 * neutral, positive, question and spam reviews with typical hard cases (a slow-but-arrived 2★, sarcasm about
 * repeated failures, step-by-step accounts, rhetorical questions in praise, questions without question marks,
 * bare links, reviews meant for another business). Labelled by hand from the agent guide only, without running
 * the product.
 */
export const FRESH8_SV: CorpusEntry[] = corpus(
  'sv',
  [
    [
      2,
      'tog nästan tre veckor innan soffbordet kom. det kom iaf och ser bra ut men skriv ärligt hur lång leveranstiden är istället för "2-5 dagar"',
      'neg pub -',
      '§3 public reply: criticism of delivery time that can be addressed generally; item arrived, nothing to look up',
    ],
    [
      1,
      'Jag har blivit dragen två gånger för samma beställning, ordernr NH-558213, 1 249 kr x2. Vill ha tillbaka pengarna för den ena dragningen snarast.',
      'neg pp pd',
      '§3 private dialogue: double charge and refund with an order number written out need the order; plain disappointment, not strong',
      { title: 'Dubbeldragning' },
    ],
    [
      1,
      'Tredje gången gillt tänkte jag... Tredje leveransen av SAMMA taklampa och tredje gången glaskupan är krossad i kartongen. Riktigt imponerande packning ni har 👏👏 ser fram emot nummer fyra',
      'neg pp pd,sd',
      '§3 private dialogue: broken item needs a replacement via the order; sarcasm about repeated failures = very dissatisfied',
    ],
    [
      1,
      'Ville bara kolla status på min order. 1. Försökte logga in på mitt konto, fick "Fel 502 – försök igen senare". 2. Bytte till mobilen och en annan webbläsare, samma fel. 3. Tryckte på glömt lösenord, länken i mejlet hade "gått ut" redan efter 5 min. 4. Gjorde om det två gånger till, samma sak. 5. Ringde kundtjänst 3 dagar i rad, ingen svarar, bara en röst som säger att det är hög belastning. Mejl: lisa.berg84@hotmail.se om nån orkar höra av sig.',
      'neg pp pd,cx',
      '§3 private dialogue: login/account access and an e-mail written out need personal data; error code and step-by-step account = complex',
    ],
    [
      1,
      'Returnerade en ullmatta för sex veckor sedan, ni har bekräftat att den kommit fram. Fortfarande inga pengar. Om beloppet inte finns på mitt konto senast fredag anmäler jag er till ARN och Konsumentverket.',
      'neg pp pd,sd',
      '§3 private dialogue: refund needs the order; threat of ARN/Konsumentverket = very dissatisfied',
    ],
    [
      1,
      'Sämsta nätbutiken jag nånsin handlat ifrån. Oseriösa bedragare hela bunten. Aldrig mer.',
      'neg pp sd',
      '§3 private dialogue: "bedragare" and "aldrig mer" = very dissatisfied, public dialogue could escalate; no concrete matter to look up',
    ],
    [
      2,
      'Flera saker som gick fel. Beställde grå gardiner och fick beige. Bokhyllan saknade en påse med skruvar så den står fortfarande halvmonterad. Och när jag mejlade om detta fick jag ett standardsvar efter 9 dagar som inte svarade på nånting. Produkterna i sig verkar ok men hela upplevelsen var dålig',
      'neg pp pd,cx',
      '§3 private dialogue: wrong item and missing parts need the order; several distinct problems = complex; disappointment, not strong',
    ],
    [
      1,
      'VAR ÄR MITT PAKET??? beställt 3 november, spårningen har stått still i två veckor och ingen svarar på mejl. ni är ett skämt. tänker ni ens leverera nånting eller??',
      'neg pp pd,sd,q',
      '§3/§5: missing delivery needs the order; shouting and insult = very dissatisfied, so stays negative although it asks',
    ],
    [
      3,
      'hemsidan är lite seg ibland men funkar. bra utbud av textilier och priserna är helt ok',
      'neu pub -',
      '§5 3-star: balanced feedback, a slow website is general criticism answered publicly',
    ],
    [
      3,
      'Fina glas men ett av sex var kantstött när de kom. Fick ett nytt efter att ha mejlat, men det tog en vecka innan nån svarade.',
      'neu pp an',
      '§7 anonymous: always offer a private dialogue; the chipped glass is already replaced, so no personal data needed',
      { anonymous: true },
    ],
    [
      3,
      'Lampan är snygg och känns gedigen men ljuset är mycket kallare än det ser ut på bilderna. Skriv gärna ut kelvin i produktbeskrivningen så man vet vad man köper.',
      'neu pub -',
      '§5 3-star: improvement suggestion that can be addressed generally',
      { title: 'Snygg men kallt ljus' },
    ],
    [
      5,
      'Jag beställer härifrån typ varje månad, alltid smidigt 😊',
      'pos pub -',
      '§5 praise: thank publicly; regular ordering needs nothing private',
    ],
    [
      5,
      'Varför har jag inte hittat er tidigare?! Mattan är ännu finare i verkligheten och den kom på två dagar.',
      'pos pub -',
      '§5 praise: the question is rhetorical praise, not a question to answer',
    ],
    [
      4,
      'Vasen kom tyvärr sönder i frakten men de skickade en ny direkt utan krångel, hade den inom 3 dagar. Sånt gör att man handlar igen.',
      'pos pub -',
      '§5 praise: problem already solved, nothing to look up',
    ],
    [
      5,
      'Har haft doftljusabonnemanget i ett halvår nu och appen är superenkel att pausa och ändra i. Rekommenderas!',
      'pos pub -',
      '§5 praise: subscription and app mentioned only as praise; nothing to cancel or fix',
    ],
    [
      5,
      'Jättetrevlig tandhygienist, ingen väntetid alls och det gjorde inte ont. Kommer definitivt tillbaka.',
      'pos pub -',
      "§5 praise: a genuine review on the clinic's own profile, so not spam",
      { company: 'Tandläkarhuset Söder', brand: 'Tandläkarhuset Söder' },
    ],
    [
      4,
      'täcket är varmt o skönt, perfekt nu när det blivit kallt. tips: ta en storlek större på påslakanet, de är lite snålt tilltagna',
      'pos pub -',
      '§5 praise: a sizing tip needs nothing private',
    ],
    [
      5,
      'Vi har precis flyttat och behövde i princip allt till köket, så jag gjorde en stor beställning: gjutjärnsgryta, knivset, skärbrädor, glas, handdukar och en ny matta till hallen. Var lite nervös för att det skulle bli krångel med så många saker men allt kom i samma leverans, på dagen som utlovats, och varje glas var inslaget för sig. Gjutjärnsgrytan har redan fått laga både köttgryta och bröd och den är fantastisk. Knivarna är vassa och ligger bra i handen. Enda lilla minuset är att mattan luktade lite nytt de första dagarna, men det gick över efter vädring. Priserna är rimliga för kvaliteten och jag gillar att man kan filtrera på material på sidan. Kommer garanterat handla här igen när vi ska fixa vardagsrummet.',
      'pos pub -',
      '§5 praise: long but positive, the small remark is resolved and general',
      { title: 'Allt till nya köket' },
    ],
    [
      4,
      'Supernöjd med soffan Vika. Går det att köpa till högre ben till den? Vi vill gärna höja den några cm.',
      'q pub q',
      '§5 specific question answered directly in public; no order data needed',
    ],
    [
      3,
      'undrar om ni skickar till Åland också. hittar inget om det på sidan',
      'q pub q',
      '§5 specific question (no question mark) answered publicly',
    ],
    [
      5,
      'Sköna sängkläder. När kommer den mörkgröna färgen tillbaka i lager',
      'q pub q',
      '§5 blunt question about stock, answered publicly',
    ],
    [
      2,
      'Har beställt en matta, ordernummer 771034, men skrev fel adress. Vill ändra leveransen till Storgatan 14, 903 26 Umeå. Hur gör jag det? Hittar inget sätt på sidan.',
      'q pp pd,q',
      '§5 question needing a private follow-up: order number and street address written out, address change needs the order; not strongly dissatisfied',
    ],
    [
      5,
      'Tjäna 3000 kr om dagen hemifrån med krypto, helt utan erfarenhet!! Kolla bit.ly/rikfort2 🚀🚀',
      'spam none sp',
      '§5 spam: advertising and a short link, no public reply',
    ],
    [
      1,
      'Lämnade in bilen för service och fick tillbaka den med en ny repa på förardörren. Verkstaden vägrar ta ansvar och säger att den fanns där innan.',
      'spam none sp',
      '§5 irrelevant: clearly meant for a car workshop, not a home goods shop',
    ],
    [
      5,
      'Vill ditt företag synas först på Google? Vi fixar SEO och länkar till bra pris. seotoppen.se',
      'spam none sp',
      '§5 spam: SEO advertising with a domain, no public reply',
    ],
    [1, 'test test hjkdslf', 'spam none sp', '§5 spam: a test with random letters, no public reply'],
  ],
  'sv-fresh8',
);
