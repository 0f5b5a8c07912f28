import { corpus, type CorpusEntry } from '../entry';

/**
 * Independent French set (fresh6): 26 Trustpilot reviews written from scratch for Nordlys Home (plus one
 * genuine review on a hair salon's own profile), in the register French customers actually use (missing
 * capitals, typos, emojis, sarcasm, long step-by-step accounts, blunt one-liners). Labelled by hand from the
 * agent guide (§3 public vs private, §5 scenario table, §7 anonymous reviewers), without running the product.
 */
export const FRESH6_FR: CorpusEntry[] = corpus(
  'fr',
  [
    [
      2,
      "commandé un plaid le 3 novembre, reçu le 19... 2 semaines et demi pour un plaid c'est long quand on annonce 3-5 jours ouvrés. bon il est arrivé et il est tout doux, mais le suivi n'a pas bougé pendant 10 jours donc un peu déçue",
      'neg pub -',
      'Slow but delivered, plain disappointment: criticism that can be answered generally (§3 public response, §5 1-star row).',
      { title: 'lent mais arrivé' },
    ],
    [
      1,
      "J'ai été débitée 2 fois pour la commande n° NH-558207 (89,90 € x2) le 14/11. J'ai envoyé un mail avec la capture de mon relevé bancaire il y a 10 jours, toujours rien. Je veux juste récupérer mon argent.",
      'neg pp pd',
      'Double charge with the order number written out needs an account look-up (§3 private dialogue: personal data); annoyed but not strongly.',
    ],
    [
      1,
      "Félicitations Nordlys Home, troisième tentative de livraison pour le même lampadaire 👏 La 1ère fois le livreur n'a « pas trouvé » l'adresse (12 rue des Tanneurs, 67000 Strasbourg, c'est pourtant pas caché), la 2e fois colis retourné à l'expéditeur, et là il est marqué livré alors que personne n'a sonné. Vraiment bravo, on progresse.",
      'neg pp pd,sd',
      'Missing delivery with the street address written out (personal data) and sarcasm about repeated failures (very dissatisfied) (§3 private dialogue).',
      { title: 'Jamais 2 sans 3' },
    ],
    [
      1,
      "Je raconte parce que j'ai passé ma soirée dessus. 1) je mets un buffet et deux chaises dans le panier, je vais au paiement → « Erreur PAY-402 : transaction refusée ». Ma banque me dit que tout est ok de leur côté. 2) je réessaie avec paypal, la page tourne dans le vide puis me déconnecte. 3) je veux me reconnecter : « mot de passe incorrect ». Je fais mot de passe oublié, aucun mail reçu sur claire.dumont84@gmail.com (j'ai vérifié les spams). 4) je recrée un compte avec la même adresse → « cette adresse est déjà utilisée ». Résultat je n'ai plus accès à mon compte, pas de commande, et le buffet est maintenant en rupture. J'ai écrit via le formulaire de contact, réponse automatique et c'est tout. Franchement dommage, j'étais cliente depuis 2 ans.",
      'neg pp pd,cx',
      'Login/account access and an e-mail written out (personal data); error code and a long step-by-step technical account (complex) (§3 private dialogue). Disappointed, not strongly.',
      { title: 'Impossible de finaliser ma commande' },
    ],
    [
      2,
      "Deux soucis sur la même commande : le saladier en grès est arrivé fendu en deux (emballage pourtant correct), et l'étagère murale est livrée sans les chevilles ni les vis. J'ai envoyé les photos, on m'a promis un remplacement il y a 3 semaines... j'attends toujours. Dommage les produits sont jolis.",
      'neg pp pd,cx',
      'Damaged item and missing parts need the order looked up (personal data); two distinct problems in one review (complex) (§3 private dialogue).',
    ],
    [
      1,
      "bande d'incompétents. commande annulée par VOUS et argent toujours pas rendu au bout de 6 semaines. PERSONNE ne répond au téléphone. j'ai ouvert un dossier sur SignalConso et mon avocat est au courant. FUYEZ",
      'neg pp pd,sd,an',
      'Cancelled order and refund (personal data); insults, capitals and legal threat (very dissatisfied); anonymous reviewer (§3 private dialogue, §7 anonymous).',
      { title: 'ARNAQUE', anonymous: true },
    ],
    [
      2,
      "Beaucoup trop d'articles en rupture de stock, et 9,90 € de frais de port pour un coussin c'est abusé. Les produits ont l'air sympa mais j'ai abandonné mon panier. A revoir.",
      'neg pub -',
      'General criticism of stock and shipping costs, nothing to look up: can be answered generally and constructively (§3 public response).',
    ],
    [
      1,
      "Un mois. UN MOIS que j'attends mon canapé 3 places, payé 1 290 €. Le suivi n'a pas bougé depuis le 2 novembre. Il est où mon canapé ??? Quelqu'un peut me répondre ou c'est trop demander ? Plus jamais je ne commande chez vous.",
      'neg pp pd,sd,q',
      'Very dissatisfied 1-star (capitals, "plus jamais") stays negative though it asks where the sofa is; missing delivery needs the order (§3 private dialogue, §5 question).',
    ],
    [
      3,
      "Correct sans plus. Les verres sont jolis mais un peu fins à mon goût, le site rame un peu mais on s'en sort, livraison dans les temps. Prix dans la moyenne.",
      'neu pub -',
      'Balanced 3-star with general remarks (slow site that works, thin glasses): thank and note the improvement points (§5 3-star row).',
    ],
    [
      3,
      "J'ai commandé le rideau velours bleu pétrole et j'ai reçu du gris anthracite. La qualité est là, tissu lourd et bien fini, c'est pour ça que je mets 3 étoiles. J'attends maintenant qu'on m'envoie le bon, j'ai fait la demande d'échange lundi.",
      'neu pp pd',
      'Wrong item with an exchange pending needs the order looked up (§3 private dialogue: personal data).',
      { title: 'Pas la bonne couleur' },
    ],
    [
      3,
      "tapis joli sur les photos, en vrai il perd pas mal de poils, j'aspire tous les jours. ça va peut-être se calmer. pour le prix je m'attendais a mieux",
      'neu pp an',
      'Neutral product remark that needs no data, but the reviewer is anonymous: always offer a private dialogue (§7).',
      { anonymous: true },
    ],
    [
      5,
      "Je commande ici quasiment tous les mois, j'ai pris l'abonnement bougies et franchement je ne m'en lasse pas. L'appli est pratique, mon compte garde tout, je commande en deux clics. Les colis arrivent toujours à l'heure et bien emballés. Merci à toute l'équipe 🙏",
      'pos pub -',
      'Praise; subscription, app, account and parcel are everyday nouns with no problem to solve (§3 public response to thank, §5 5-star row).',
      { title: 'Fidèle depuis 2 ans' },
    ],
    [
      5,
      'Mais où étiez-vous toute ma vie ?? 😍 Linge de lit magnifique, les couleurs sont exactement comme sur le site. Comment j’ai pu acheter ailleurs avant, je me le demande encore.',
      'pos pub -',
      'Rhetorical questions in praise are not questions to answer: thank publicly (§5 5-star row).',
    ],
    [
      4,
      "Mon premier colis est arrivé avec un vase cassé, j'ai envoyé une photo et ils m'ont remboursée le lendemain sans poser de question. Une étoile en moins pour l'emballage qui pourrait être mieux mais le service est top.",
      'pos pub -',
      'Problem already solved (refund done) and a general packaging remark: nothing left to look up, thank publicly (§3 public response).',
    ],
    [
      4,
      'Housse de couette en lin lavé trop belle. Par contre ça taille juste, prenez la taille au-dessus si vous avez une couette épaisse. Colis reçu pile le jour annoncé.',
      'pos pub -',
      'Praise with sizing advice for other buyers; nothing to solve (§5 5-star row).',
    ],
    [
      5,
      'Lampe de chevet reçue en 48h, lumière très douce, exactement ce que je cherchais. Je recommande.',
      'pos pp an',
      'Positive, but anonymous reviewer: respond generally and offer a private dialogue (§7 anonymous).',
      { anonymous: true },
    ],
    [
      5,
      "Léa a complètement rattrapé la couleur ratée d'un autre salon, je ressors avec un blond naturel comme je voulais. Accueil adorable, café offert. Je reviens dans 6 semaines !",
      'pos pub -',
      "Genuine hair-salon review on the salon's own profile, so not spam: thank publicly (§5 5-star row).",
      { company: 'Salon Léa Coiffure', brand: 'Salon Léa Coiffure' },
    ],
    [
      4,
      'Très contente de la table basse Fjord, solide et facile à monter. Vous comptez la ressortir en chêne clair ? ma soeur la voudrait aussi',
      'q pub q',
      'Real product question that can be answered directly in public (§5 specific question row).',
    ],
    [
      3,
      'vous livrez en Belgique ou pas parce que je trouve rien sur le site',
      'q pub q',
      'Blunt question without a question mark; general shipping answer, no personal data (§5 specific question row).',
    ],
    [
      2,
      'Bonjour, ma commande de 4 chaises a été annulée hier sans aucune explication, juste un mail automatique. Pourquoi ? Et sous combien de jours je serai remboursé ? Déçu car je les attendais pour Noël.',
      'q pp pd,q',
      'Disappointed (not strongly) 2-star asking real questions; the cancellation and refund need the order looked up (§5 question row: brief public answer, private for details; §3 personal data).',
      { title: 'Commande annulée ?' },
    ],
    [
      5,
      'Bonjour, est-ce que le plaid en laine mérinos peut passer en machine ou il faut le laver à la main ? Merci d’avance et bravo pour la qualité, il est magnifique.',
      'q pub q',
      'Polite care question answerable directly in public (§5 specific question row).',
    ],
    [
      5,
      '💰 Gagnez 300€/jour grâce au trading crypto depuis chez vous, sans expérience !! Tout se fait sur le téléphone, places limitées ➡️ bit.ly/3xTrad24',
      'spam none sp',
      'Work-from-home/crypto advertising with a short link: no public response, flag it (§5 spam row).',
    ],
    [
      5,
      'Votre boutique mérite la 1ère page de Google. Audit SEO gratuit + backlinks de qualité, résultats garantis en 30 jours. Contactez nous : top-referencement-express.fr',
      'spam none sp',
      'SEO sales pitch with a domain written without a scheme: spam, no public response (§5 spam row).',
    ],
    [
      4,
      "Vidange + changement des plaquettes fait en une matinée, le garagiste a pris le temps de tout m'expliquer. Prix honnête, je reviendrai pour le contrôle technique.",
      'spam none sp',
      'Review clearly meant for a car workshop, posted on a home-goods shop: irrelevant, no public response (§5 spam row).',
    ],
    [
      2,
      "45 min d'attente pour deux margheritas tièdes, le serveur a levé les yeux au ciel quand on a demandé de l'eau. La terrasse est sympa mais on ne reviendra pas manger ici.",
      'spam none sp',
      'Restaurant review posted on the home-goods shop profile: clearly meant for another business, no public response (§5 spam row).',
    ],
    [
      1,
      'test test azertyuiop qsdfg',
      'spam none sp',
      'A test followed by random keyboard letters: irrelevant, no public response (§5 spam row).',
    ],
  ],
  'fr-fresh6',
);
