import { corpus, type CorpusEntry } from '../entry';

/**
 * Fresh English set (b8en): 26 Trustpilot-style reviews of Nordlys Home (and one of a vet clinic on its own
 * profile), written from scratch without looking at the product's rules or other corpora, and labelled by hand
 * from the agent guide (§3 public vs. private dialogue, §5 scenario table, §7 anonymous reviewers).
 */
export const FRESH8_EN: CorpusEntry[] = corpus(
  'en',
  [
    // negative
    [
      2,
      'took almost 3 weeks for a throw blanket to turn up when the site said 3-5 working days. it did arrive in the end and its soft and nice but honestly the delivery estimate is fiction',
      'neg pub -',
      '2★ plain disappointment about slow delivery that did arrive; criticism can be addressed generally (§3 public response)',
      { title: 'slow but got there' },
    ],
    [
      1,
      "I was charged twice for the same order, NH-448213, £189.98 taken from my card instead of £94.99. Bank says it's on your end. Please sort it.",
      'neg pp pd',
      'double charge with order number written out needs the customer’s order/payment data (§3 private dialogue: personal data)',
    ],
    [
      1,
      'Oh brilliant, the fourth "out for delivery" email for my dining chairs and guess what, still no chairs. Great tracking system you have there. Maybe attempt number five will be the lucky one 🙄',
      'neg pp pd,sd',
      'sarcasm about repeated failed deliveries (strong dissatisfaction) and a missing delivery that needs the order looked up (§3)',
    ],
    [
      1,
      "Can't log into my account since last week. Step 1: enter email + password, get 'Error AUTH-403: session could not be created'. Step 2: reset password, the reset link says expired straight away. Step 3: tried another browser and my phone, same error. Step 4: chat bot just sends me to the reset page again. I have a wishlist and two saved gift cards in there that I can't use.",
      'neg pp pd,cx',
      'login/account access problem with an error code and a long step-by-step account (§3 personal data + complex matter)',
    ],
    [
      1,
      'The glass floor lamp arrived SMASHED, it was clearly dropped. I sent photos 10 days ago and I am still waiting for my refund. If the money is not back in my account by friday I am taking this to Trading Standards and my solicitor.',
      'neg pp pd,sd',
      'damaged item + refund needs the order; capitals and legal threat = strong dissatisfaction (§3)',
    ],
    [
      2,
      'the wool rug smells really strongly of chemicals, been airing it out for a week. quite disappointed tbh',
      'neg pp an',
      'anonymous reviewer → always offer private dialogue (§7); plain disappointment otherwise',
      { anonymous: true },
    ],
    [
      2,
      'Where to start. Ordered the Sola armchair in olive, got mustard. The side table from the same order came without the screws for the legs. And I emailed customer service on the 3rd and got an auto reply and nothing since. The curtains were fine though.',
      'neg pp pd,cx',
      'wrong item and missing parts need the order looked up; several distinct problems in one review (§3)',
      { title: 'wrong colour, missing screws, no reply' },
    ],
    [
      1,
      'WHERE IS MY ORDER??? paid on the 2nd of november, its now december, 4 emails and not one real answer. is there actually anyone working there or is this a scam',
      'neg pp pd,sd,q',
      'very dissatisfied 1★ (capitals, "scam") who also asks stays negative; missing delivery needs the order (§3, §5)',
    ],
    // neutral
    [
      3,
      'Decent stuff and the parcel came on time, but prices have crept up a lot this year. The same tea towels were cheaper in spring.',
      'neu pub -',
      '3★ balanced feedback, general criticism about prices (§5 3-star row)',
    ],
    [
      3,
      'i order here pretty much every month, mostly kitchen bits. quality is a bit hit and miss, the ceramic bowls are lovely but the cheaper utensils feel flimsy',
      'neu pub -',
      '3★ mixed feedback; "order" is just an everyday noun, nothing to look up (§5)',
    ],
    [
      3,
      'One of the six wine glasses came cracked, they sent a replacement within a few days with no fuss, so fair play. Packaging could be a lot better though, just a bit of paper around each glass.',
      'neu pub -',
      'problem already solved; remaining packaging criticism can be answered publicly (§3, §5)',
    ],
    // positive
    [
      5,
      'Why did nobody tell me about this shop earlier?? 😍 my living room looks like a magazine now',
      'pos pub -',
      'praise; the question is rhetorical, nothing to answer (§5 5-star row)',
    ],
    [5, 'lovely linen, fast delivery 👍', 'pos pub -', 'short praise, thank publicly (§5)'],
    [
      4,
      'Website is a bit slow on my phone but fine in the end. Lamp came on time, well packed and looks even nicer than the pictures.',
      'pos pub -',
      '4★ praise with a minor general remark about the website (§3 public response)',
    ],
    [
      5,
      'Had to return a rug that was the wrong size (my mistake!) and they refunded me within a day. Really easy, will definitely shop again.',
      'pos pub -',
      'praise mentioning a refund already completed; nothing to look up (§5)',
    ],
    [
      5,
      'Took our old cat Mosse in for her teeth. Dr. Lind explained everything and called us after the surgery. Kind staff and fair prices.',
      'pos pub -',
      'genuine review of the vet clinic on its own profile, not another business → praise (§5)',
      { company: 'Harbour Paws Vet Clinic', brand: 'Harbour Paws Vet Clinic' },
    ],
    [
      4,
      'Good quality cushions and the colours are spot on. Knocked one star because delivery took a few days longer than expected.',
      'pos pp an',
      'anonymous reviewer → offer a private dialogue (§7)',
      { anonymous: true },
    ],
    [
      5,
      "I've been on the candle subscription for just over a year now and every box has been a little treat. Scents are never too strong, the packaging is recyclable, and the one time a jar arrived chipped they sorted it before I'd even finished my email. Also bought a sideboard and a big jute rug along the way and both are still perfect. Honestly my favourite online shop at the moment, keep doing what you're doing ❤️",
      'pos pub -',
      'long praise; subscription is an everyday noun and the past problem is already solved (§5)',
      { title: 'a year in and still happy' },
    ],
    // questions
    [
      4,
      'Really like your stuff. do you ship to ireland and if so how much is delivery roughly?',
      'q pub q',
      'general question about shipping, answer publicly (§5 specific question)',
    ],
    [
      3,
      'would love to know if the oak sideboard is coming back in stock, been checking since march',
      'q pub q',
      'question without a question mark about stock, can be answered publicly (§5)',
    ],
    [
      2,
      "How do I cancel my subscription? Can't find the option anywhere in my account and I've been charged for another month already.",
      'q pp pd,q',
      'asks how to cancel a subscription and mentions an unwanted charge → needs the account (§3 personal data, §5)',
    ],
    [
      5,
      'Does the Fjell rug work on top of underfloor heating? thinking of ordering a second one for the bedroom',
      'q pub q',
      'product question, answer directly in public (§5)',
    ],
    // spam
    [
      5,
      'Make 500$ a day from home, no experience!! bit.ly/3hmWrk9',
      'spam none sp',
      'work-from-home advertising with a short link (§5 spam: no public reply)',
    ],
    [
      5,
      'Jess did an amazing balayage, the salon was so relaxing and the coffee was great. already booked again for december!',
      'spam none sp',
      'review meant for a hairdresser, not the home goods shop (§5 irrelevant)',
    ],
    [1, 'test', 'spam none sp', 'test entry with no content (§5 spam/irrelevant)'],
    [
      5,
      'Want your shop on page 1 of Google? rankrocketseo.co guaranteed results in 30 days, message us today',
      'spam none sp',
      'SEO advertising with a domain written without scheme (§5 spam)',
    ],
  ],
  'en-fresh8',
);
