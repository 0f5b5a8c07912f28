import { corpus, type CorpusEntry } from '../entry';

/**
 * Fresh independent English set (b7en): 30 Trustpilot-style reviews written by hand for this set, without
 * looking at the product's rules or other corpora, mostly for the home-goods shop Nordlys Home plus a few for
 * other businesses. Mix: 9 negative, 4 neutral, 7 positive, 5 questions, 5 spam. Labels follow the agent guide
 * (§3 public vs private, §5 scenario table, §7 anonymous reviewers) as an agent should act, not as software would.
 */
export const FRESH7_EN: CorpusEntry[] = corpus(
  'en',
  [
    [
      2,
      'took nearly 3 weeks for a bedside lamp to turn up. it did arrive in the end and it works fine, looks nice too, but three weeks for a lamp?? come on. thats why 2 stars',
      'neg pub -',
      'Plain disappointment about slow delivery that still arrived; criticism can be answered generally (§3 public response, §5 1-star row).',
    ],
    [
      1,
      "I've been charged twice for order #NH-2291847 (£189.00 taken on the 3rd AND again on the 4th). Emailed from j.harrow@mailbox.co.uk twice, only got the automatic reply. Please just put the second payment back.",
      'neg pp pd',
      'Double charge with an order number and e-mail written out needs the order looked up (§3 private: personal data).',
      { title: 'Charged twice' },
    ],
    [
      1,
      "Oh brilliant, the third 'delivery attempt' for my dining chairs and once again nobody came, no card through the door, nothing, tracking just says 'exception'. Took the day off work for this. Absolute clowns. Never again.",
      'neg pp pd,sd',
      'Sarcasm about repeated failed deliveries, insult and "never again" (strong); a missing delivery needs the order (§3 private dialogue, personal data and very dissatisfied).',
      { title: 'third time lucky? nope' },
    ],
    [
      1,
      "Can't get into my account at all and it's been a week. Step by step what happened: 1) tried to log in to check my order, 'incorrect password'. 2) clicked forgot password, no email. Checked spam, nothing. 3) tried again the next day, this time the page said 'Error AUTH-403: session could not be validated'. 4) cleared cookies, tried Chrome and Safari and the app on my phone, same error on all of them. 5) tried to make a new account with the same email and it says the email is already registered (yes I know, thats the problem!!). 6) used the contact form, got a ticket number and then silence. Meanwhile I have a voucher sitting in that account that expires at the end of the month and I can't use it. I'm not technical but I've done everything I can think of. Someone who can actually look at the account please get in touch because the contact form clearly goes nowhere. The products are nice, that's the only reason this isn't a rant.",
      'neg pp pd,cx',
      'Login/account access with an error code and a long step-by-step account: needs the account and a technical clarification (§3 private: personal data, complex matter).',
      { title: 'Locked out of my account, error AUTH-403' },
    ],
    [
      2,
      "Few things. The rug colour is nothing like the photos, 'sage' on the site, more like grey in real life. The website is painfully slow on mobile, the filter for size kept resetting. And when I emailed to ask about it I waited 5 days for a reply. The rug itself is soft and well made, so 2 not 1.",
      'neg pp cx',
      'Several distinct problems (colour vs photos, slow site with a faulty filter, slow support) in one review (§3 private: complex matter); no order lookup asked for.',
    ],
    [
      1,
      'I returned a faulty table lamp on 2 February, you confirmed receipt, and I was promised a refund within 14 days. It is now six weeks later and I have had no money and no answer. If the refund is not in my account by Friday I will be filing a claim with the small claims court and reporting you to Trading Standards.',
      'neg pp pd,sd',
      'Missing refund needs the order; legal and official threat is strong dissatisfaction (§3 private: personal data, very dissatisfied).',
      { title: 'Still no refund - taking this further' },
    ],
    [
      2,
      'duvet cover shrank loads after one wash at 40 like the label said. now it doesnt fit the duvet. bit disappointed tbh',
      'neg pp an',
      'Plain disappointment, but the reviewer is anonymous, so a private dialogue is offered (§7 anonymous reviewers).',
      { anonymous: true },
    ],
    [
      1,
      'SCAM!!! cancelled my order 3 weeks ago before it even shipped and STILL no money back. where is my money??? ',
      'neg pp pd,sd,q',
      'Shouting and "scam" make it strongly dissatisfied, so it stays negative although it asks; the refund on a cancelled order needs lookup (§3 private dialogue, §5).',
    ],
    [
      2,
      'Ordered one small ceramic vase and it came in a box big enough for a microwave, stuffed with plastic air pillows. For a shop that goes on about sustainability thats a bit much. Vase is fine.',
      'neg pub -',
      'Criticism of packaging that can be answered generally and constructively in public (§3 public response).',
    ],
    [
      3,
      'the website is slow but fine once it loads. sofa is good quality and comfy. delivery window of 8am-6pm was annoying, would be nice to get a narrower slot. middle of the road overall',
      'neu pub -',
      'Balanced 3-star feedback with an improvement suggestion (§5 3-star row); nothing needing personal data.',
    ],
    [
      3,
      'Sheets are nice and soft but the fitted ones run small, if you have a deep mattress go a size up. Otherwise ok.',
      'neu pub -',
      'Neutral review with sizing advice; answer publicly, thanking and noting the point (§5 3-star row).',
    ],
    [
      3,
      'Decent lamps, not cheap. Shipping cost was more than I expected for something so light.',
      'neu pp an',
      'Neutral feedback from an anonymous reviewer: a private dialogue should always be offered (§7).',
      { anonymous: true },
    ],
    [
      3,
      'Dinner set looks lovely on the table but one of the six plates came chipped. I reported it with a photo on 12 March and was told a replacement would be sent, still not here. Will update when it comes.',
      'neu pp pd',
      'Damaged item with a pending replacement needs the order looked up (§3 private: personal data).',
    ],
    [
      5,
      'I order here pretty much every month now, candles, napkins, the odd cushion. Always turns up on time and packed well. The subscription for free delivery has more than paid for itself',
      'pos pub -',
      'Praise; "order", "subscription" are everyday nouns with nothing to solve (§5 5-star row).',
    ],
    [
      5,
      'Why did nobody tell me about this shop sooner?? The linen bedding is the best I have ever slept in 😍',
      'pos pub -',
      'Rhetorical question in praise, not a question to answer; thank publicly (§5 5-star row).',
      { title: 'where have you been all my life' },
    ],
    [
      4,
      'First delivery had one of the chair legs snapped, but I sent a photo and they had a new chair with me within 3 days, no arguing, no sending the old one back. That is how you do it. Only 4 because it shouldnt have happened at all.',
      'pos pub -',
      'Praise about a damage problem already solved; nothing left to look up (§5 praise row, §3 public response).',
    ],
    [5, 'lovely rug, even better in person 👌', 'pos pub -', 'Short praise: thank publicly (§5 5-star row).'],
    [
      5,
      'Took our 14 year old cat Mabel in for her check-up and Dr Okafor was so gentle and patient with her. Explained the bloodwork properly and didnt push any extras. Reception staff remembered her name too. Thank you all',
      'pos pub -',
      "A genuine review of the vet clinic on the clinic's own profile, so not spam; thank publicly (§5 5-star row).",
      { company: 'Bramble & Oak Veterinary Clinic', brand: 'Bramble & Oak Veterinary Clinic' },
    ],
    [
      5,
      'Really good kitchen knives for the price, still sharp after months',
      'pos pp an',
      'Praise, but anonymous, so a private dialogue is offered alongside the thanks (§7).',
      { anonymous: true },
    ],
    [
      4,
      'Bought the whole set of linen curtains for the living room after months of umming and ahhing. Ordering through the app took about two minutes, the parcel came on time, and the delivery driver even carried the boxes upstairs. Curtains hang beautifully and block more light than I thought they would. Only thing: the hooks included are a bit flimsy, I swapped them for metal ones. Will be back for the cushions.',
      'pos pub -',
      'Positive review with a minor general remark about the hooks; app and parcel are everyday nouns, thank publicly (§5 5-star row, §3 public response).',
    ],
    [
      5,
      "Love everything I've bought so far! Do you ship to Norway? My sister wants the oak side table too",
      'q pub q',
      'A direct question that can be answered publicly (§5 question row).',
    ],
    [
      4,
      'Really pleased with the Fjord sofa, just wondering if the cover can go in the washing machine at 30 or if it has to be dry cleaned. couldnt find it on the product page',
      'q pub q',
      'A question phrased without a question mark about product care; answer it publicly (§5 question row).',
    ],
    [
      3,
      'when is the aurora pendant back in stock. been out for 2 months',
      'q pub q',
      'Blunt question without a question mark; answer publicly with the restock information (§5 question row).',
    ],
    [
      2,
      'Delivery was a day later than the email said, not the end of the world. Is it possible to pick a delivery time slot when ordering? That would make it easier with work.',
      'q pub q',
      'Mild disappointment with a real question, not strongly dissatisfied, so it is a question answered publicly (§5 question row).',
    ],
    [
      4,
      "Great prices. How do I change the delivery address on order 77312? I moved last week, new address is 14 Kestrel Road, Leeds LS6 2QT. Didn't see an option in my account",
      'q pp pd,q',
      'Question about changing the address on an order, with order number and street address written out: answer briefly and continue privately (§5 question row, §3 personal data).',
    ],
    [1, 'bit.ly/4kQz9Pw', 'spam none sp', 'A bare short link with no review: spam, no public reply (§5 spam row).'],
    [
      5,
      'Want more 5 star reviews for your business? We deliver 100% real looking reviews fast and cheap. Visit topstarboost-reviews.net today and grow your ranking!!',
      'spam none sp',
      'Advertising for review/SEO services with a domain written without a scheme: spam (§5 spam row).',
    ],
    [
      5,
      "I was broke until I started working from home with Mr Daniel's crypto trading plan, made $4,200 in my first week!! whatsapp him +44 7700 900123 he will change your life",
      'spam none sp',
      'Crypto "work from home" offer unrelated to the shop: spam (§5 spam row).',
    ],
    [
      1,
      'Asked for a trim and Sharon took nearly 3 inches off, then charged me £45 for a wash and cut that took 20 minutes. Will not be going back to this salon.',
      'spam none sp',
      "A review meant for a hairdresser, posted on Nordlys Home's profile: irrelevant, flag it and do not reply (§5 spam row).",
    ],
    [3, 'sdfgh jjjk test', 'spam none sp', 'Random letters and a test: spam (§5 spam row).'],
  ],
  'en-fresh7',
);
