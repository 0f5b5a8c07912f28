import { corpus, type CorpusEntry } from '../entry';

/**
 * Fresh English set no. 5: 30 Trustpilot reviews written by hand for this project, without looking at the
 * product's rules, the source or any other corpus file. They are mostly about the home-goods shop Nordlys Home,
 * with one genuine review written on another business's own profile, and are mixed roughly 9 negative,
 * 4 neutral, 8 positive, 4 questions and 5 spam/irrelevant. The labels follow the agent guide (§3 public reply vs
 * private dialogue, §5 scenario table, §7 anonymous reviewers) and the labelling conventions.
 */
export const FRESH5_EN: CorpusEntry[] = corpus(
  'en',
  [
    // ---- negative ----
    [
      2,
      'took nearly three weeks for a bedside lamp to show up when the site said 3-5 working days. it did arrive in the end and it works fine, looks nice too, but nobody told me anything in between. 2 stars for the wait',
      'neg pub -',
      '§3/§5: slow but it arrived; plain disappointment that can be answered in general, nothing to look up',
      { title: 'slow' },
    ],
    [
      1,
      'I was charged twice for order NH-48213 (£86.40 both times, same minute, same card). Emailed on the 3rd and got an automatic reply saying 48 hours. Its now been 9 days. I just want the second payment back please.',
      'neg pp pd',
      '§3: order number written out and a double charge to refund; needs her order and payment data, no insults or threats so not strong',
      { title: 'Double charged and no answer' },
    ],
    [
      1,
      'Fourth "delivery attempt" now. Fourth! Apparently the driver "could not locate" 27 Mill Road, which has been in the same spot since about 1890 and is on google maps. Each time I take a morning off work, each time nothing, each time a card saying you tried. Really impressive stuff Nordlys, keep it up 👏👏',
      'neg pp pd,sd',
      '§3: street address written out and a delivery that never arrives; sarcasm about repeated failures = strong dissatisfaction',
      { title: 'Third time lucky? nope' },
    ],
    [
      2,
      "Can't get into my account at all. Step 1: log in with my usual password -> 'Error AUTH-403 session invalid'. Step 2: reset password, the reset email never comes (checked spam). Step 3: tried a different browser and then the app, same error. Step 4: chat bot keeps sending me back to the reset page. Meanwhile I have an order in there I need to check the delivery date on. Nice products but this is hopeless",
      'neg pp pd,cx',
      '§3: login/account access needs his account looked up (pd); an error code and a long step-by-step account of a technical fault (cx)',
    ],
    [
      2,
      'The glass vase arrived in pieces, the box had basically no padding. Sent photos to customer service last friday and still waiting to hear whether I get a new one or my money back.',
      'neg pp pd',
      '§3: broken item, replacement or refund must be handled on her order; disappointed but not strongly',
    ],
    [
      1,
      'I paid £649 for the Alva 3 seater sofa and cancelled within the 14 days, as I am entitled to. Six weeks later no refund, three emails ignored and one phone call where I was promised a callback that never came. I have now reported this to Trading Standards and my solicitor will be writing to you this week. Avoid.',
      'neg pp pd,sd',
      '§3: cancelled order and missing refund need her order data; legal and official threats = strong dissatisfaction',
      { title: 'Reported to Trading Standards' },
    ],
    [
      1,
      'absolute cowboys. cushions went flat after two weeks and the colours are NOTHING like the photos. total joke of a company, NEVER AGAIN',
      'neg pp sd,an',
      '§3/§7: insults, shouting and "never again" = strong; anonymous reviewer, so a private dialogue is offered; a quality complaint, nothing to look up',
      { anonymous: true },
    ],
    [
      2,
      "Where do I start. The duvet cover is grey instead of the sage green I ordered. The Lindo shelf unit came without the bag of screws so it's still in the box. And the invoice has my surname spelled wrong, which matters because it's going to my company for expenses. Three mistakes on one order is a lot.",
      'neg pp pd,cx',
      '§3: wrong item and missing parts need the order looked up; three distinct problems in one review = complex; disappointed, not abusive',
    ],
    [
      1,
      'SCAM. you cancelled my order without a single word to me and the £120 is STILL not back on my card after 3 weeks. where is my money?? who do I actually talk to at this company because the email address clearly goes nowhere',
      'neg pp pd,sd,q',
      '§3/§5: very dissatisfied ("SCAM", capitals) so negative even though she asks; cancelled order and refund need her data; the questions are real',
    ],

    // ---- neutral ----
    [
      3,
      'Nice lamp, a bit smaller than I expected from the pictures. Delivery was quick and the parcel came on time. The website is slow on my phone but it works in the end.',
      'neu pub -',
      '§5 3-star: balanced feedback; "website" and "parcel" are only nouns, nothing needs looking up',
    ],
    [
      3,
      "I order here pretty much every month, mostly candles and kitchen bits. quality is still ok but prices have crept up a lot this year and the free delivery threshold went up too. Still coming back for now but it's getting close",
      'neu pub -',
      '§5 3-star: improvement point about prices, answerable publicly; ordering monthly is not a matter to look up',
    ],
    [
      3,
      'towels are fine. nothing special, nothing wrong',
      'neu pp an',
      '§7: anonymous reviewer, so a private dialogue is always offered',
      { anonymous: true },
    ],
    [
      3,
      'The rug is lovely and exactly as shown, but it came 4 days after the date I was given. Bigger issue: I keep getting your newsletters at j.okafor84@gmail.com even though I unsubscribed twice. Please take me off the list.',
      'neu pp pd',
      '§3: e-mail written out and an unsubscribe request that must be done on her own record; 3 stars, so neutral',
    ],

    // ---- positive ----
    [5, 'great stuff, fast delivery 👍', 'pos pub -', '§5 5-star: short praise, thank publicly'],
    [
      5,
      "Why on earth didn't I find you sooner?! The linen sheets are gorgeous, soft from the first wash and the colour is exactly what I wanted. Already eyeing the matching pillowcases",
      'pos pub -',
      '§5 5-star: the question is rhetorical praise, not a question to answer',
      { title: 'new favourite shop' },
    ],
    [
      4,
      'My first parcel went missing somewhere between the depot and me, but when I got in touch they sent a new one out the same day and kept me posted the whole way. Lost one star for the hassle but honestly very good service.',
      'pos pub -',
      '§3: praise about a problem already solved; nothing left to look up',
    ],
    [
      5,
      'Been on the monthly candle subscription for about a year now. Love that I can skip a month or swap scents in the app without emailing anyone. The autumn box was the best one yet, the fig one smells unreal. Packaging is all paper too which I appreciate. Keep it up x',
      'pos pub -',
      '§5 5-star: subscription and app mentioned as everyday nouns in praise; no request',
    ],
    [
      4,
      'Good quality duvet cover, heavy cotton. Tip for anyone reading: they come up a bit small, order one size up if you have a thick duvet. Otherwise really pleased',
      'pos pub -',
      '§5: praise with a sizing tip; nothing to solve',
    ],
    [
      5,
      'ordered a set of bowls as a gift, arrived wrapped beautifully with a little handwritten note. lovely touch',
      'pos pp an',
      '§7: anonymous reviewer, so a private dialogue is offered even for praise',
      { anonymous: true },
    ],
    [
      5,
      'Dr Ahmed and the nurses were so gentle with our old cat Pip at his last check-up. They explained everything and never made us feel rushed. Thank you all at Brightwater.',
      'pos pub -',
      "§5 5-star: a genuine review written on the clinic's own profile, so not spam",
      { company: 'Brightwater Veterinary Clinic', brand: 'Brightwater Veterinary Clinic', title: 'Kind vets' },
    ],
    [
      4,
      'The chef knives are properly sharp and feel well balanced. Only thing: an awful lot of plastic in the packaging for a shop that talks about sustainability so much.',
      'pos pub -',
      '§3: praise with general criticism that can be addressed publicly',
    ],

    // ---- questions ----
    [
      4,
      'Really happy with the oak side table, solid and looks expensive. Do you sell matching coasters or anything in the same wood? would love a set',
      'q pub q',
      '§5 question row: a product question answered publicly',
    ],
    [
      2,
      'do you actually ship to ireland or not. cant find it anywhere on the site and im not paying for a sofa to sit in a warehouse in wales',
      'q pub q',
      '§5: a blunt question without a question mark; annoyed 2-star but not strongly, so question; answerable in general',
    ],
    [
      5,
      'Absolutely love the wool throw. Quick one though, can it go in the washing machine? the label only says "gentle" and I dont want to ruin it',
      'q pub q',
      '§5 question row: care question answered directly in public',
    ],
    [
      4,
      'Placed order 77120 this morning and realised I picked the 160x230 rug instead of the 200x300. Is it possible to change it before it ships? Happy to pay the difference',
      'q pp pd,q',
      '§5/§3: a real question that needs her order (number written out, change to the order) looked up',
      { title: 'Wrong size chosen' },
    ],

    // ---- spam / irrelevant ----
    [5, 'bit.ly/3xKq9Lm', 'spam none sp', '§5 spam row: a bare short link'],
    [
      5,
      'Is your online store invisible on Google? We get small shops to page 1 in 30 days, guaranteed. Visit rankboostpro.net today for a FREE audit!!!',
      'spam none sp',
      '§5 spam row: SEO advertising with a domain written without a scheme',
    ],
    [
      1,
      'Took my Golf in for its MOT and they charged me £180 for brake pads that the next garage said were nearly new. Never trusting these mechanics again.',
      'spam none sp',
      '§5 spam row: a review clearly meant for a car workshop, not the home shop',
    ],
    [
      2,
      'Room was clean enough but the breakfast buffet was cold by 8:30 and the air con rattled all night. Reception staff were friendly at least.',
      'spam none sp',
      '§5 spam row: a hotel review on the wrong profile',
      { title: 'Weekend stay' },
    ],
    [3, 'test test 123 pls ignore', 'spam none sp', '§5 spam row: a test review'],
  ],
  'en-fresh5',
);
