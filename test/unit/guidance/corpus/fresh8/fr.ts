import { corpus, type CorpusEntry } from '../entry';

/**
 * An independent French set of 26 Trustpilot reviews for Nordlys Home (plus one salon reviewed on its own
 * profile), written from scratch in the way French customers write on Trustpilot (typos, no capitals, emojis,
 * short and long), and labelled by hand from the agent guide (§3 public vs private, §5 scenarios, §7
 * anonymous reviewers) only, without running the product on them.
 */
export const FRESH8_FR: CorpusEntry[] = corpus(
  'fr',
  [
    [
      2,
      'livraison super longue, presque 3 semaines pour un simple plaid... bon il est arrivé et il est joli mais franchement faut revoir vos délais',
      'neg pub -',
      '§3/§5: 2★ plain disappointment about slowness, item arrived; criticism answerable in general, nothing to look up.',
      { title: 'lent' },
    ],
    [
      1,
      "Commande n° NH-558213 reçue hier, le miroir est arrivé cassé en deux, le carton était tout écrasé. J'attends un remplacement svp.",
      'neg pp pd',
      "§3: order number written out and a broken item needing replacement require the customer's order data → private follow-up.",
    ],
    [
      1,
      "on m'a prélevé deux fois 89,90€ pour la même lampe. j'ai la preuve sur mon relevé bancaire. je veux être remboursée du 2e prélèvement",
      'neg pp pd',
      '§3: a double charge and a refund can only be solved by looking up the payment/order → personal data; disappointment but no insult or threat.',
    ],
    [
      1,
      'Bravo Nordlys 👏👏 troisième colis "livré" qui n\'est jamais arrivé chez moi. Le livreur doit avoir une très belle collection de coussins maintenant. Vraiment du grand art, continuez comme ça.',
      'neg pp pd,sd',
      '§3: missing delivery needs the order; sarcasm about repeated failures = very dissatisfied → acknowledge publicly then private.',
      { title: 'du grand art' },
    ],
    [
      1,
      "Ça fait 7 semaines que j'ai renvoyé le canapé et toujours pas de remboursement (1 249 €). J'ai écrit 5 fois à service client, zéro réponse. Mon adresse c'est claire.dubois84@gmail.com si jamais quelqu'un se réveille. Sans nouvelles d'ici vendredi je saisis la DGCCRF et mon avocat.",
      'neg pp pd,sd',
      '§3: refund and an e-mail written out → personal data; legal/official threat (avocat, DGCCRF) and repeated unanswered contacts → strong dissatisfaction.',
    ],
    [
      2,
      "Alors je raconte dans l'ordre. 1) je commande une table basse en chêne le 3 mars. 2) je reçois une table en noyer, pas la bonne couleur du tout. 3) j'essaie de faire le retour sur le site, message \"Erreur RMA-409 : retour impossible\" à chaque fois. 4) j'appelle, on me dit de garder la table et qu'on m'envoie la bonne. 5) la bonne arrive enfin… mais il manque le sachet de vis et un pied. Donc j'ai deux tables et aucune utilisable. Le meuble en lui même a l'air de bonne qualité, c'est dommage.",
      'neg pp pd,cx',
      '§3: wrong item and missing parts need the order; long step-by-step account with an error code and several problems = complex matter. Tone stays measured (no sd).',
    ],
    [
      2,
      "Les serviettes bouloches après 2 lavages, pour le prix je m'attendais à mieux. Déçu.",
      'neg pp an',
      '§7: anonymous reviewer → always offer a private dialogue; the quality criticism itself needs no data and is not strong.',
      { anonymous: true },
    ],
    [
      1,
      "ARNAQUE !!!! commande annulée par vous sans raison, l'argent toujours pas revenu sur mon compte. bande d'incompétents, plus JAMAIS je commande chez vous. quand est ce que je vais revoir mes 230 euros ???",
      'neg pp pd,sd,q',
      '§3: refund of a cancelled order needs the order → pd; "arnaque", insult, capitals, "plus jamais" → strong dissatisfaction, so it stays negative though it asks a real question (q).',
      { title: 'fuyez' },
    ],
    [
      3,
      "le site est un peu lent a charger sur mobile mais bon on s'y retrouve. colis arrivé dans les temps, bien emballé. rien d'exceptionnel, rien de grave.",
      'neu pub -',
      '§5: 3★ balanced feedback; website/parcel are everyday nouns, nothing to look up → public reply.',
    ],
    [
      3,
      "Très belle suspension en rotin, vraiment déco. Par contre la lumière avec l'ampoule fournie est super froide, on se croirait dans un bureau. J'aurais aimé avoir le choix de l'ampoule à la commande. Et la notice uniquement en anglais et allemand, petit bémol.",
      'neu pub -',
      '§5: 3★ with positives and suggestions for improvement that can be addressed generally → public.',
      { title: 'jolie mais' },
    ],
    [
      3,
      'moyen. ni bien ni mal',
      'neu pp an',
      '§7: anonymous reviewer → public acknowledgement and an offer of private dialogue.',
      { anonymous: true },
    ],
    [
      5,
      'Pourquoi je ne vous ai pas découverts plus tôt ?? 😍 Les bocaux en verre, les torchons en lin, le tapis berbère... tout est magnifique et arrivé super vite. Mon appart a changé de tête !',
      'pos pub -',
      '§5: praise; the question is rhetorical, nothing to answer → thank publicly.',
    ],
    [
      5,
      "Je commande ici tous les mois depuis un an (j'ai pris l'abonnement bougies parfumées) et jamais eu un souci. Toujours bien emballé, toujours à l'heure. Merci à l'équipe",
      'pos pub -',
      '§5: praise; "commande"/"abonnement" are everyday nouns with no request → public thank-you.',
    ],
    [
      4,
      "Petit souci au départ, mon saladier est arrivé fêlé, mais j'ai envoyé une photo et ils m'ont remboursé en moins de 24h sans discuter. Ça c'est du service. Une étoile en moins pour l'emballage un peu léger.",
      'pos pub -',
      '§3/§5: praise of a problem already solved; nothing left to look up → public reply.',
    ],
    [
      5,
      "Peignoir en nid d'abeille tout doux, je conseille de prendre une taille au-dessus, il taille petit. Sinon parfait 👌",
      'pos pub -',
      '§5: positive; sizing advice is general, no personal data.',
    ],
    [5, 'top 👍👍', 'pos pub -', '§5: short praise → thank publicly.'],
    [
      4,
      "L'appli est un peu lente des fois et faut se reconnecter souvent mais bon, j'ai trouvé ce que je cherchais et la commande est arrivée. Bons produits.",
      'pos pub -',
      '§3/§5: 4★; app and account mentioned in passing, no fault to investigate or request → public.',
    ],
    [
      5,
      'Nadia est une magicienne des ciseaux ✂️ Coupe + balayage, exactement ce que je voulais, et le salon est super accueillant. Je reviens en janvier sans hésiter !',
      'pos pub -',
      '§5: genuine review of the salon on its own profile → not spam; praise → public.',
      { company: 'Salon Lila Coiffure', brand: 'Salon Lila Coiffure' },
    ],
    [
      5,
      "Bonjour, super boutique ! Est-ce que vous livrez en Belgique ? J'ai une amie à Liège qui voudrait commander le même service à thé que moi.",
      'q pub q',
      '§5 review with a question: answer directly in the public reply; no data needed.',
    ],
    [
      3,
      "j'hésite à prendre le tapis Fjord je voudrais savoir s'il existe en 200x300 ou seulement en 160x230",
      'q pub q',
      '§5: a real question without a question mark, answerable publicly.',
    ],
    [
      4,
      "on peut commander sans créer de compte ou c'est obligatoire",
      'q pub q',
      '§5: blunt question about ordering in general; "compte" is just a noun here → public answer.',
    ],
    [
      2,
      "Depuis la mise à jour je n'arrive plus à me connecter à mon compte, le mot de passe est refusé alors que je suis sûre qu'il est bon. Comment je fais pour récupérer mes factures ? Merci d'avance",
      'q pp pd,q',
      '§3/§5: polite question (not strongly dissatisfied) about login/account access, which needs the account → brief public answer then private.',
    ],
    [
      5,
      'Gagnez 500€ par jour depuis chez vous grâce au trading crypto automatique 🚀💰 infos ici bit.ly/3xCrYpt0',
      'spam none sp',
      '§5: advertising with a short link → spam, no public reply, flag.',
    ],
    [
      4,
      "Votre site mérite d'être en 1ère page de Google ! Audit SEO gratuit et backlinks de qualité sur referencement-express-pro.fr , contactez-nous",
      'spam none sp',
      '§5: SEO sales pitch with a domain → spam.',
    ],
    [
      1,
      "Dr Martin m'a arraché la mauvaise dent et la secrétaire m'a raccroché au nez. Cabinet à éviter absolument.",
      'spam none sp',
      '§5: review clearly meant for a dental practice, not Nordlys Home → irrelevant/spam, no public reply.',
    ],
    [3, 'test azert qsdfgh', 'spam none sp', '§5: a test and random letters → spam.'],
  ],
  'fr-fresh8',
);
