import type { AnalysisLexicon } from '../lexicon';

/** English. Also holds the spam words that are the same in every language. */
export const en: AnalysisLexicon = {
  questionOpeners: [
    'can you', 'could you', 'would you', 'will you', 'do you', 'does anyone', 'how do i', 'how can i',
    'how long', 'when will', 'where is my', 'where can i', 'is it possible', 'is there', 'can i?',
    'could i?', 'may i?', 'can we?', 'could we?', 'why did', 'why is', 'why do', 'what is', 'what happened', 'who can',
    'when can i', 'please let me know', 'please tell me', 'do i have to', 'do i need to', 'should i?', 'will i?',
    'is that?', 'is this?', 'is it?', 'are there?', 'does it?', 'does the?', 'what about?',
  ],
  addressWords: ['you', 'your', 'yours', 'you\'re', 'you\'ve', 'anyone', 'somebody'],
  strongWords: [
      'you lie', 'you lied', 'lying to',
    'scam*', 'fraud*', 'rip off', 'ripoff', 'never again', 'worst', 'disgusting', 'pathetic', 'useless',
    'thieves', 'thief', 'liars', 'criminal*', 'con artist*', 'what a joke', 'shameful', 'disgrace*',
    'avoid at all costs', 'stay away', 'appalling', 'rubbish', 'crap', 'shit*', 'fuck*', 'hate',
    'outrageous', 'incompetent', 'never ever', 'i\'m done', 'i am done', 'done with you', 'i give up',
    'joke of a', 'clowns', 'a joke',
  ],
  threatWords: [
    'lawyer*', 'solicitor*', 'legal action', 'sue', 'suing', 'court', 'police', 'trading standards',
    'small claims', 'report you', 'chargeback', 'ombudsman', 'consumer protection', 'better business bureau',
  ],
  personalData: {
    order: [
      'never arrived', 'never received', 'never came', 'not arrived', 'hasn\'t arrived', 'has not arrived',
      'didn\'t arrive', 'did not arrive', 'not received', 'haven\'t received', 'have not received',
      'received nothing', 'never got', 'didn\'t get', 'did not get', 'got nothing', 'sent nothing', 'nothing arrived', 'no sign of', 'lost my', 'got lost', 'where is my',
      'arrived damaged', 'arrived broken', 'broken', 'damaged', 'shattered', 'smashed', 'scratched', 'torn',
      'dented', 'cracked', 'crack', 'leaks', 'leaking', 'faulty', 'defective', 'wrong item', 'wrong colour', 'wrong color', 'wrong size', 'wrong product',
      'sent the wrong', 'sent me the wrong', 'got the wrong', 'missing', 'arrived without', 'replacement',
      'replace it', 'exchange it', 'return label', 'delivered to a', 'tracking number',
    ],
    address: ['wrong address', 'new address', 'old address', 'change my address', 'change the address', 'delivery address'],
    payment: [
      'refund*', 'money back', 'my money', 'charged twice', 'charged me twice', 'double charged', 'charged double',
      'paid twice', 'overcharged', 'took my money', 'debited twice', 'compensation',
    ],
    account: [
      'unsubscribe*',
      'can\'t log in', 'cannot log in', 'can\'t sign in', 'cannot sign in', 'unable to log in', 'locked out',
      'password reset', 'reset my password', 'reset link', 'cancel my subscription', 'cancel my account',
      'delete my account', 'close my account', 'my account was', 'account hacked',
    ],
  },
  topics: {
    delivery: [
      'late', 'delay*', 'never arrived', 'never received', 'not arrived', 'didn\'t arrive',
      'slow delivery', 'lost', 'no sign of',
    ],
    product: [
      'broken', 'damaged', 'defective', 'faulty', 'scratched', 'torn', 'shattered', 'wrong item', 'wrong size',
      'wrong colour', 'wrong color', 'missing', 'doesn\'t fit', 'poor quality',
    ],
    service: [
      'no response', 'no answer', 'no reply', 'never answered', 'never replied', 'never responds', 'rude',
      'unhelpful', 'ignored', 'nobody answers', 'nobody replied', 'on hold',
    ],
    technical: [
      'error*', 'bug*', 'crash*', 'doesn\'t work', 'does not work', 'not working', 'glitch*', 'won\'t load',
      'keeps failing', 'failed payment', 'payment failed',
    ],
  },
  repeatedFailures: [
      'twice and',
    'second time', 'third time', 'fourth time', 'fifth time', 'yet again', 'once again', 'again and again',
    'time after time', 'in a row', 'three times', 'four times', 'five times', 'several times', 'multiple times',
    'countless times', 'calls later', 'emails later',
  ],
  sarcasm: ['thanks for nothing', 'well done', 'great job', 'good job', 'bravo', 'just great', 'oh great', 'nice one', 'what a surprise'],
  rhetoricalOpeners: [
      'can i just say', 'may i say', 'i must say',
    'how do you manage', 'how can you be so', 'how do you do it',
    'why didn\'t i', 'why did i wait', 'why did it take me', 'what more could', 'what more can', 'who doesn\'t',
    'who wouldn\'t', 'what\'s not to', 'need i say more', 'how hard can it be', 'do you even', 'are you serious',
    'seriously', 'is this a joke', 'is anyone there', 'is anybody there', 'where have you been',
  ],
  otherBusinesses: [
      'waiter*', 'waitress', 'restaurant', 'pizza', 'our table',
    'dentist*', 'dental', 'root canal', 'filling', 'hairdresser*', 'hair salon', 'barber*', 'haircut', 'fringe',
    'salon', 'mechanic*', 'garage', 'car workshop', 'brakes', 'oil change', 'plumber*', 'electrician*',
    'receptionist', 'my car', 'the car',
  ],
  problemCues: [
    'unfortunately', 'problem*', 'issue*', 'still waiting', 'haven\'t received', 'not received', 'missing',
    'broken', 'damaged', 'wrong', 'complaint*', 'didn\'t arrive', 'never arrived', 'but',
  ],
  positiveWords: [
    'great', 'excellent', 'amazing', 'fantastic', 'perfect', 'love*', 'happy', 'satisfied', 'thank you',
    'friendly', 'helpful', 'wonderful', 'recommend*', 'super', 'brilliant', 'lovely',
  ],
  negativeWords: [
    'terrible', 'awful', 'horrible', 'bad', 'poor', 'disappoint*', 'worst', 'rude', 'unacceptable',
    'angry', 'not happy', 'waste', 'do not recommend', 'don\'t recommend', 'would not recommend',
  ],
  promoPhrases: [
    'buy now', 'order now', 'shop now', 'click here', 'visit my', 'check out my', 'check my profile', 'promo code',
    'discount code', 'use code', 'follow me', 'subscribe to my', 'earn money', 'make money', 'earn', 'work from home',
    'from home', 'crypto*', 'bitcoin*', 'forex', 'casino*', 'viagra', 'cialis', 'onlyfans', 'telegram',
    'cheap followers', 'seo services', 'backlinks', 'investment opportunity', 'limited offer', 'dm me', 'message me',
    'whatsapp', 'visit',
  ],
  salesWords: [
    'free shipping', 'free delivery', 'today only', 'only today', 'limited time', 'best prices', 'lowest prices',
    'discount', 'off today', 'gift card*', 'instagram', 'per day', 'a day',
  ],
  unrelatedPhrases: [
    'wrong company', 'wrong business', 'not this company', 'meant to review', 'this is a test',
    'test review', 'testing 123', 'ignore this', 'please ignore', 'lorem ipsum',
  ],
};
