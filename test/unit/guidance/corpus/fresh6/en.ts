import { corpus, type CorpusEntry } from '../entry';

/**
 * Fresh set 6, English: 26 Trustpilot reviews of the home-goods shop Nordlys Home (plus two reviews written on the
 * profiles of other businesses), written from scratch for this project in the way customers really write them, and
 * labelled by hand from the agent guide (§3 public vs. private, §5 scenarios, §7 anonymous reviewers) without running
 * or reading the product. Mix: 8 negative, 3 neutral, 7 positive, 4 questions, 4 spam.
 */
export const FRESH6_EN: CorpusEntry[] = corpus(
  'en',
  [
    // ---- negative ----
    [
      1,
      "Charged twice for the same order. Order #NH-448120, two payments of £189.00 on my card on the 14th. I've sent the bank statement to your support address and had an automated reply, nothing else. Please just refund the second payment.",
      'neg pp pd',
      '§3 private: a double charge with the order number written out needs the customer’s order and payment to be checked; plain complaint, not strong (§5 1-star)',
      { title: 'Double payment taken' },
    ],
    [
      2,
      'slow delivery, took nearly 3 weeks for a set of tea towels lol. they did arrive and they are nice so 2 stars',
      'neg pub -',
      '§3 public: slow-but-arrived criticism can be addressed generally; nothing to look up (§5 criticism)',
    ],
    [
      1,
      "Oh brilliant, delivery attempt number FOUR and still no sofa. First the van 'broke down', then the driver 'couldn't find the address', then it was 'rescheduled by the warehouse' and today nobody turned up at all. I've taken 4 days off work for this. Honestly where is my sofa??",
      'neg pp pd,sd,q',
      '§3 private: missing delivery needs the order looked up; sarcasm about repeated failures = very dissatisfied, so it stays negative despite the real question (§3, §5)',
      { title: 'Fourth time lucky? Nope' },
    ],
    [
      1,
      "Sending back a rug should not be this hard. Step 1: the Aalborg runner arrived a completely different colour from the photos (more orange than terracotta). Step 2: I filled in the return form on the website on 2 March and got a return label. Step 3: dropped it at the post office on 4 March, I have the receipt. Step 4: tracking shows it was delivered back to your warehouse on 7 March. Step 5: waited two weeks, nothing. Emailed, was told refunds take 14 working days. Step 6: waited another 14 working days. Emailed again, was told the return 'had not been registered' and asked to send proof of postage, which I did the same day. Step 7: that was three weeks ago and I still have not seen the £96. Every time I write I get a different person who asks me to start again from the beginning. I just want my money back for a rug you already have.",
      'neg pp pd,cx',
      '§3 private: refund for a returned item needs the order; long step-by-step account = complex matter; firm but no insults or threats, so not strong',
      { title: 'Return received by you 7 weeks ago, still no refund' },
    ],
    [
      2,
      'Where to start. The floor lamp came with the glass shade smashed, the dining chairs were missing the little bag with bolts so I cant put two of them together, and the cushion covers are a different size than on the listing. Contacted customer service about the lamp last week and no answer yet. Some of the stuff is nice but this is a lot of hassle for one order',
      'neg pp pd,cx',
      '§3 private: broken item and missing parts need replacement via the order; three distinct problems in one review = complex',
    ],
    [
      1,
      'Cushion covers faded badly after the first wash at 30 degrees. Really poor quality for the price.',
      'neg pp an',
      '§7 anonymous: respond generally with empathy and always offer a private dialogue; quality criticism itself needs no data',
      { anonymous: true },
    ],
    [
      1,
      'SCAM SCAM SCAM. Paid £640 for a bed frame in January, NEVER arrived, tracking number doesnt work and your phone line just rings out. I have reported you to Trading Standards and my solicitor is writing to you this week. Disgusting company, avoid.',
      'neg pp pd,sd',
      '§3 private: undelivered paid order needs the order looked up; "scam", capitals and a legal/official threat = very dissatisfied, escalation risk in public',
      { title: 'AVOID' },
    ],
    [
      1,
      'Tried to pay for a wardrobe and the checkout keeps throwing "Error 502 – payment gateway unavailable" after I put in my card details. Tried Chrome and Safari. Ended up buying it somewhere else.',
      'neg pp cx',
      '§3 private: error message / technical fault needs a technical clarification; no order was placed, so nothing personal to look up; disappointment, not strong',
    ],
    // ---- neutral ----
    [
      3,
      'The Skagen pendant lamp looks lovely once it is up. The shade is a bit flimsy though and the cable is shorter than I expected so we needed an extension kit. Delivery took about a week which is fine.',
      'neu pub -',
      '§5 3-star: balanced feedback with suggestions that can be answered generally',
    ],
    [
      3,
      "I order here every month or so, mostly candles and kitchen bits. Prices have crept up this year and free delivery now starts at £60 instead of £40, which I'm not thrilled about. Still a decent shop.",
      'neu pub -',
      '§5 3-star: general criticism of prices and delivery threshold; "order" here is an everyday noun, nothing to look up',
    ],
    [
      3,
      'Nice dinner set overall but one of the side plates came chipped. Emailed a photo twice, no reply yet. Would be 5 stars if I get a replacement plate.',
      'neu pp pd',
      '§3 private: a damaged item needing a replacement requires the order; 3★ so not strong dissatisfaction',
    ],
    // ---- positive ----
    [5, 'Great lamps, fast delivery 👍', 'pos pub -', '§5 praise: thank publicly'],
    [
      5,
      'The box with my glasses got crushed in transit and two were broken. Sent one email with a photo and they shipped new ones the next day, no questions asked, and refunded the postage too. That is how you keep customers!',
      'pos pub -',
      '§5 praise: the damage and refund are already solved; nothing left to look up, so a public thank-you',
      { title: 'Problem sorted in a day' },
    ],
    [
      4,
      'Really soft linen duvet cover and the colour is exactly like the pictures. the sizes run small though so order one size up if you like it to hang over the sides. parcel came on time',
      'pos pub -',
      '§5 praise with a general tip; "order one size up" and "parcel" are everyday nouns, nothing private',
    ],
    [
      5,
      'Why on earth did I not find this shop years ago?! Beautiful rugs, fair prices, and they arrived rolled up neatly with no smell. Already eyeing the matching runner 😍',
      'pos pub -',
      '§5 praise; the question is rhetorical and needs no answer',
    ],
    [
      5,
      'Went in terrified as usual, but Dr Okafor and the hygienist were so patient. Explained everything, no pain with the filling at all, and they squeezed me in the same week. Best dentist I have had.',
      'pos pub -',
      '§5 praise: a genuine review of the dental practice on its own profile, so not spam',
      { company: 'Smile Dental Care', brand: 'Smile Dental Care' },
    ],
    [
      4,
      'Good quality oak side table, easy to assemble. Took a few days longer than stated but no big deal.',
      'pos pp an',
      '§7 anonymous: always offer a private dialogue, even though the praise itself would only need a public thank-you',
      { anonymous: true },
    ],
    [
      5,
      "I've been on the seasonal candle subscription since last autumn and every box has been a little treat. Three candles, usually a matching tea towel or coaster set, and the scents actually change with the season rather than being the same vanilla under a new name. Pausing the subscription over summer took two taps in the app. The packaging is all paper and card, which I really appreciate. The November box with the pine and clove candle was my favourite so far. Keep it up!",
      'pos pub -',
      '§5 praise: subscription and app mentioned only as everyday nouns; no problem to solve',
      { title: 'Love the candle subscription' },
    ],
    // ---- questions ----
    [
      4,
      'Lovely shop, bought a couple of throws. Do you deliver to Ireland? And are the Bergen dining tables solid oak or veneer?',
      'q pub q',
      '§5 specific question: answer directly and precisely in public; general product/shipping info, nothing personal',
    ],
    [
      5,
      'obsessed with the Fjord wool rug in our living room. wondering if it comes in something bigger than 200x300 for the dining room',
      'q pub q',
      '§5 specific question without a question mark: answer publicly',
    ],
    [
      2,
      'Order 558213 placed 10 days ago and it still says processing. when will it actually ship',
      'q pp pd,q',
      '§5 question + §3 private: the order number is written out and the status must be looked up; 2★ but plainly impatient, not very dissatisfied, so it stays a question',
    ],
    [
      3,
      "Quick one – I moved last week, can the sideboard I ordered on Sunday go to my new address instead? It's 14 Elm Road, Leeds LS6 2AB. Haven't had a shipping email yet.",
      'q pp pd,q',
      '§5 question; §3 private: changing a delivery address needs the order and the address is written out',
    ],
    // ---- spam ----
    [
      5,
      'bit.ly/3hmDeal5 🔥 designer furniture 80% off today only 🔥',
      'spam none sp',
      '§5 spam: bare short link and advertising; no public reply, flag it',
    ],
    [
      5,
      'Tired of your 9-5? I make $4,200 a week from home trading crypto with one simple app. Message me or visit quickcoinprofits . net to start today!!',
      'spam none sp',
      '§5 spam: work-from-home/crypto advertising with a domain written out',
    ],
    [
      1,
      'Took my Golf in for a brake service, they kept it 6 days and charged me for pads they never changed. The mechanic was rude when I asked. Do not trust this garage.',
      'spam none sp',
      '§5 irrelevant: clearly meant for a car workshop, not a home-goods shop; do not reply publicly',
    ],
    [3, 'asdfgh test test', 'spam none sp', '§5 spam: a test / random letters'],
  ],
  'en-fresh6',
);
