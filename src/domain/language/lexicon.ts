/**
 * The words the app looks for in reviews, in two parts per language so that the word lists
 * only the analysis needs load with it, not with the review card:
 * - `CoreLexicon` (see `lexicons/`): what reading the review needs (language, rating, reference,
 *   title, reviewer name);
 * - `AnalysisLexicon` (see `analysis/`): what the scenario and guidance need (questions, tone,
 *   personal data, topics, spam).
 * Add a language with a file in each folder and a line in each folder's index.
 *
 * Entries are lowercase. Several words form a phrase matched word by word ("never again").
 * A trailing `*` matches any word starting with the entry ("refund*" → refunded, refunds);
 * such stems need at least three letters. Accents are optional when matching ("etoile" finds
 * "étoile"), so list each spelling once with its accents. Punctuation inside an entry works like
 * a space: "don't" matches "don t", "pouvez-vous" matches "pouvez vous".
 */
export interface CoreLexicon {
  /** Frequent words typical of the language, used to detect it; words other languages share weigh less. */
  commonWords: readonly string[];
  /** "star"/"stars" in the forms used after a number: "4 stars", "1 stjärna". */
  starWords: readonly string[];
  /** Words between a score and its scale: "4 out of 5", "4 sur 5". */
  outOfWords: readonly string[];
  /** Labels that introduce a rating: "Rating: 4/5", "Betyg: 4". */
  ratingLabels: readonly string[];
  /** Labels that introduce a reference or order number: "Order number: 12345". */
  referenceLabels: readonly string[];
  /** Subjects a connector gives a review without a title ("New Trustpilot review"). */
  defaultTitles: readonly string[];
  /** Words that make a requester name a placeholder: "Anonymous", "Anonym". */
  anonymousWords: readonly string[];
  /** Words that may stand next to `anonymousWords` in a placeholder name: "reviewer", "user". */
  placeholderNameWords: readonly string[];
  /** Titles before a name: "Mr", "Frau"; a greeting then uses the whole name. */
  honorifics: readonly string[];
}

/** The word lists of one language used only to analyse a review (same entry syntax as `CoreLexicon`). */
export interface AnalysisLexicon {
  /**
   * Openings of a direct question; matched at the start of a sentence. An entry ending in "?"
   * counts only when the sentence has a question mark: verb-first openers without an addressee
   * also open statements ("Kann ich nur empfehlen", "Kan man bara älska").
   */
  questionOpeners: readonly string[];
  /** Words addressing the business ("you", "ni", "vous"): a "?" sentence with one is a direct question. */
  addressWords: readonly string[];
  /** Strong language of a very dissatisfied reviewer: "scam", "never again". */
  strongWords: readonly string[];
  /** Threats of legal or official steps: "lawyer", "police". */
  threatWords: readonly string[];
  /**
   * Requests and problems that can only be solved with the customer's data, by the data they
   * need: a missing or damaged delivery, a replacement (order); a refund or a wrong charge
   * (payment); a wrong or changed address; access to or closing an account. Never a bare noun
   * ("order", "parcel", "account", "app"): a noun alone says nothing about what the matter needs.
   */
  personalData: Readonly<Record<PersonalDataKind, readonly string[]>>;
  /**
   * Problems, by area: "late", "damaged", "no reply", "crashes". Problems in several areas make a
   * matter complex; the `technical` ones make it technical. Problems, not the nouns of the area.
   */
  topics: Readonly<Record<ProblemTopic, readonly string[]>>;
  /** Repeated failures: "third time", "yet again", "four times", "in a row". */
  repeatedFailures?: readonly string[];
  /**
   * Buying again and again ("ordered here several times", "handlat flera gånger"): loyalty, so the
   * repeated-failure words inside it ("several times") are no failure.
   */
  repeatedPurchases?: readonly string[];
  /** Sarcasm of a dissatisfied reviewer: "thanks for nothing", "well done". */
  sarcasm?: readonly string[];
  /**
   * Thanks opening a sentence ("thanks a lot for", "merci pour"): sarcasm when what is thanked
   * for is a problem ("Thanks a lot for the cracked mirror, again").
   */
  thanks?: readonly string[];
  /**
   * Openings of rhetorical questions, which need no answer: "why didn't I find you sooner",
   * "what more could you want", "how hard can it be".
   */
  rhetoricalOpeners?: readonly string[];
  /**
   * The shape of a question, to tell a rhetorical one from one to answer without listing every
   * sentence: in praise, a question opening with an interrogative that looks back at the
   * reviewer's own past ("Why didn't I…", "Comment ai-je pu…", "Hur har jag kunnat missa er så
   * länge?") or asks "who" about others ("Who needs other shops?") needs no answer; in a
   * sarcastic complaint only questions that ask for something ("Can you…", "When…") do.
   */
  questionShape?: {
    /** Question words that open a sentence: "why", "how", "who", "where", "what", "when". */
    interrogatives: readonly string[];
    /** The question words asking "who": "who", "vem", "qui". */
    askers: readonly string[];
    /** The reviewer speaking of themselves: "i", "me", "my". */
    self: readonly string[];
    /** Looking back: "sooner", "years ago", "all my life", "could", "didn't i", "nobody". */
    hindsight: readonly string[];
    /** Openings that ask the business for something: "can you", "could you", "is it possible". */
    requests: readonly string[];
    /** "Better": in praise, "Could it be any better?", "Geht es noch besser?" need no answer. */
    comparatives: readonly string[];
    /**
     * Reporting what someone said ("svarede at", "told me that", "m'a répondu que"): a "??" after
     * it is disbelief at the answer ("…som svarede at jeg skulle bestille igen??"), no question,
     * unless the sentence opens like one.
     */
    reported?: readonly string[];
  };
  /**
   * Words that may stand before a question without changing it, dropped before its opening is
   * read: "but", "and", "hi", "men", "mais", "aber" ("Mais où étiez-vous toute ma vie ??").
   */
  questionLeads?: readonly string[];
  /**
   * Questions written without a question mark. Reviews often leave it out ("wann kommt die
   * leinenbettwäsche wieder rein"), so a sentence is a question when it holds one of these shapes.
   * Statements that merely open with "when" ("when it arrived", "när paketet kom", "wenn ich
   * bestelle", "quand j'ai reçu") hold none of them.
   */
  unmarkedQuestions?: {
    /**
     * Indirect questions, found anywhere in the first words of a sentence: "i was wondering if",
     * "undrar om", "jeg vil gerne vide", "je voudrais savoir", "würde gern wissen".
     */
    indirect: readonly string[];
    /**
     * Openings that ask even without a mark or an addressee: a question word with its verb
     * ("when will", "när kommer", "à quand", "wann"), never a bare word that also opens
     * statements ("when", "när", "quand", "wenn").
     */
    openers: readonly string[];
    /** Statements that start like one of `openers`: "wann immer" (whenever). */
    notOpeners?: readonly string[];
    /**
     * Question words that ask when a finite verb follows them (by `invertedQuestions`' endings):
     * "när tänker ni…", "was kostet…"; "när paketet kom" has no verb after "när".
     */
    beforeVerb?: readonly string[];
    /**
     * A question word, any verb and the reviewer or "one" as its subject ("wie kündige ich",
     * "hur säger man upp", "hvordan opsiger jeg", "how do I"): the word order of a question,
     * while a statement puts the subject first ("wie ich schon sagte", "hur man än vänder på det").
     * `howToWords` are the question words, `howToSubjects` the subjects.
     */
    howToWords?: readonly string[];
    howToSubjects?: readonly string[];
    /** The verbs that may stand between them, where any word would do too much: English "do", "can" ("how much I love it"). */
    howToVerbs?: readonly string[];
    /**
     * Question words before a noun, then a verb and the subject: "vilken skruv ska jag", "welche
     * Schraube muss ich". The verb is one of `howToModals` or a verb by `invertedQuestions`'
     * endings, so "vilken tur att jag…" stays a statement.
     */
    whichWords?: readonly string[];
    howToModals?: readonly string[];
    /**
     * Endings that make a statement to "you" a yes/no question, with or without its mark: "or
     * not", "ou pas", "oder nicht", "eller inte", "eller hvad" ("vous livrez en Belgique ou pas").
     * The sentence must address the business in its first words.
     */
    tags?: readonly string[];
  };
  /**
   * A verb-first question to "you" without a mark ("skickar ni", "sender I", "livrez-vous",
   * "liefert ihr"): the first word is a verb by its ending and the second one of `you`.
   */
  invertedQuestions?: {
    /** The pronouns for the business after the verb and a space: "ni", "ihr". */
    you?: readonly string[];
    /** The pronouns joined to the verb by a hyphen: "vous" ("livrez-vous"), "il" ("existe-t-il"). */
    joinedYou?: readonly string[];
    /** Endings of a finite verb ("r" for "skickar", "levererar"); without them any word. */
    verbEndings?: readonly string[];
    /** Verbs the endings miss: "kan", "vil", "skal". */
    verbs?: readonly string[];
    /**
     * Words with those endings that are no verb here, or verbs whose "you" is another word:
     * "för", "när" ("när ni skickar" is a statement), "gefällt" ("gefällt ihr" = she likes it),
     * "méfiez" ("Méfiez-vous" is a warning).
     */
    notVerbs: readonly string[];
    /**
     * Pronouns that are also other words (Danish "i" is "you" and "in"): written in lowercase
     * they count only before one of `afterAmbiguous` ("sender i også til", not "passer i størrelsen").
     */
    ambiguous?: readonly string[];
    afterAmbiguous?: readonly string[];
  };
  /**
   * Businesses of other kinds and what they do ("dentist", "filling", "hairdresser"): two of them
   * in a review that does not name the company show a review meant for another business.
   */
  otherBusinesses?: readonly string[];
  /**
   * Words that name a kind of business in a company or brand name ("dental", "cabinet", "praxis",
   * "salon", "pizzeria", the title "dr"): a business so named is of a kind the reviews of other
   * businesses speak of, so a review of such work on its profile is a review of it. One word each.
   */
  businessKindNames?: readonly string[];
  /**
   * The food of a takeaway or restaurant and how it came ("pizza", "margherita", "sushi", "arrived
   * cold"): words of another business only while the review names no home goods, since a review
   * of a table or a rug may tell what was eaten on it.
   */
  takeawayFood?: readonly string[];
  /**
   * What the business itself sells and does (home goods: "sofa", "rug", "curtains", "assembly"):
   * a review with as many of these as words of another business is about this one.
   */
  homeGoods?: readonly string[];
  /**
   * Phrases addressing the business as a prospect in a sales pitch ("your online store", "ditt
   * företag", "Ihr Onlineshop"): sales wording only beside a call to action such as "SEO" or
   * "page 1 on Google", since genuine reviews address the business too.
   */
  pitchAddress?: readonly string[];
  /**
   * Words that may stand beside "test" in a text written only to try the form: filler and
   * greetings ("pls ignore", "bitte ignorieren", "hej"). One word per entry.
   */
  testFillers?: readonly string[];
  /**
   * Sales wording that genuine reviews also use ("free shipping", "discount"); it only shows
   * advertising together with a link or other advertising phrases.
   */
  salesWords?: readonly string[];
  /**
   * Phrases announcing several distinct problems ("three separate problems", "flera problem"):
   * a complex matter even when the problems themselves use words no topic list knows.
   */
  severalProblems?: readonly string[];
  /**
   * The reviewer caused the damage themselves ("my own fault", "mitt eget fel", "I dropped it"):
   * a spare part or a repair needs no look-up of the order, so damage words are no evidence then.
   */
  ownFault?: readonly string[];
  /** Words showing a problem to solve, even in a positive review: "unfortunately". */
  problemCues: readonly string[];
  /**
   * A problem the business already solved, told in praise: "sent a replacement within days",
   * "problemet löst", "Ersatz geschickt". Praise about a solved problem needs no private follow-up.
   */
  resolvedCues?: readonly string[];
  /**
   * Words of a problem that tell of none: damage denied ("nothing was broken", "rien de cassé") or
   * a wish ("mangler bare Apple Pay", "fehlt nur noch"). The problem words inside them are no evidence.
   */
  notProblems?: readonly string[];
  /** Everyday phrases holding a strong word that is no insult there: "nulle part" (nowhere). */
  notStrong?: readonly string[];
  /** Praise, used only to place a review without stars. */
  positiveWords: readonly string[];
  /** Criticism, used only to place a review without stars. */
  negativeWords: readonly string[];
  /** Calls to action typical of advertising: "buy now", "click here", "promo code". */
  promoPhrases: readonly string[];
  /** Phrases showing the review is not about this business: "wrong company", "this is a test". */
  unrelatedPhrases: readonly string[];
}

export const PERSONAL_DATA_KINDS = ['order', 'address', 'payment', 'account'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export const PROBLEM_TOPICS = ['delivery', 'product', 'service', 'technical'] as const;
export type ProblemTopic = (typeof PROBLEM_TOPICS)[number];
