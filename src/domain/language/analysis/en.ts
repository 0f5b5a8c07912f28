import type { AnalysisLexicon } from '../lexicon';

/** English. Also holds the spam words that are the same in every language. */
export const en: AnalysisLexicon = {
  questionOpeners: [
    'can you', 'could you', 'would you', 'will you', 'do you', 'does anyone', 'how do i', 'how can i',
    'how long', 'when will', 'where is my', 'where can i', 'is it possible', 'is there', 'can i?',
    'could i?', 'may i?', 'can we?', 'could we?', 'why did', 'why is', 'why do', 'what is', 'what happened', 'who can',
    'when can i', 'please let me know', 'please tell me',
  ],
  addressWords: ['you', 'your', 'yours', 'you\'re', 'you\'ve', 'anyone', 'somebody'],
  strongWords: [
    'scam*', 'fraud*', 'rip off', 'ripoff', 'never again', 'worst', 'disgusting', 'pathetic', 'useless',
    'thieves', 'thief', 'liars', 'criminal*', 'con artist*', 'what a joke', 'shameful', 'disgrace*',
    'avoid at all costs', 'stay away', 'appalling', 'rubbish', 'crap', 'shit*', 'fuck*', 'hate',
    'outrageous', 'incompetent', 'never ever',
  ],
  threatWords: [
    'lawyer*', 'solicitor*', 'legal action', 'sue', 'suing', 'court', 'police', 'trading standards',
    'small claims', 'report you', 'chargeback', 'ombudsman', 'consumer protection', 'better business bureau',
  ],
  personalData: {
    order: ['order*', 'tracking number', 'tracking', 'invoice*', 'receipt', 'booking*', 'parcel*', 'package*'],
    address: ['address*', 'postcode', 'post code', 'zip code'],
    payment: [
      'payment*', 'paid', 'pay', 'charged', 'charge*', 'refund*', 'credit card', 'debit card', 'my card',
      'bank', 'money back', 'my money', 'klarna', 'paypal',
    ],
    account: ['account*', 'log in', 'login', 'password', 'sign in', 'username', 'subscription*', 'membership'],
  },
  topics: {
    delivery: [
      'deliver*', 'shipping', 'shipped', 'parcel*', 'package*', 'courier*', 'never arrived', 'never received',
      'late', 'delay*', 'dispatch*', 'tracking',
    ],
    product: [
      'broken', 'damaged', 'defective', 'faulty', 'quality', 'wrong item', 'wrong size', 'missing',
      'doesn\'t fit', 'poor quality',
    ],
    service: [
      'customer service', 'customer support', 'no response', 'no answer', 'no reply', 'rude', 'unhelpful',
      'ignored', 'nobody', 'on hold',
    ],
    technical: [
      'error*', 'bug*', 'crash*', 'doesn\'t work', 'does not work', 'not working', 'website', 'app',
      'glitch*', 'checkout', 'won\'t load', 'technical',
    ],
  },
  problemCues: [
    'unfortunately', 'problem*', 'issue*', 'still waiting', 'haven\'t received', 'not received', 'missing',
    'broken', 'damaged', 'wrong', 'refund*', 'complaint*', 'didn\'t arrive', 'never arrived',
  ],
  positiveWords: [
    'great', 'excellent', 'amazing', 'fantastic', 'perfect', 'love*', 'happy', 'satisfied', 'thank you',
    'friendly', 'helpful', 'wonderful', 'recommend*',
  ],
  negativeWords: [
    'terrible', 'awful', 'horrible', 'bad', 'poor', 'disappoint*', 'worst', 'rude', 'unacceptable',
    'angry', 'not happy', 'waste', 'do not recommend', 'don\'t recommend', 'would not recommend',
  ],
  promoPhrases: [
    'buy now', 'click here', 'visit my', 'check out my', 'check my profile', 'promo code', 'discount code',
    'use code', 'follow me', 'subscribe to my', 'earn money', 'make money', 'work from home', 'crypto*',
    'bitcoin*', 'forex', 'casino*', 'viagra', 'cialis', 'onlyfans', 'telegram', 'cheap followers',
    'seo services', 'backlinks', 'investment opportunity', 'limited offer', 'dm me',
  ],
  unrelatedPhrases: [
    'wrong company', 'wrong business', 'not this company', 'meant to review', 'this is a test',
    'test review', 'testing 123', 'ignore this', 'lorem ipsum',
  ],
};
