import { corpus, type CorpusEntry } from '../entry';

/**
 * Fresh French set (fresh7): 30 Trustpilot reviews written by hand for this set, independently of the
 * product's rules, in the way French customers actually write (typos, missing accents and capitals,
 * emojis, short and long). Labels follow the agent guide (§3 public vs private, §5 scenarios, §7
 * anonymous reviewers): 9 negative, 4 neutral, 8 positive, 4 questions, 5 spam / other business.
 */
export const FRESH7_FR: CorpusEntry[] = corpus(
  'fr',
  [
    [
      2,
      "3 semaines pour recevoir une lampe de chevet... j'ai cru qu'elle venait a pied de Scandinavie 😅 bon elle est arrivée intacte et elle est très jolie, mais le délai annoncé c'était 5 jours",
      'neg pub -',
      '§3: slow but it arrived; the criticism can be addressed generally, nothing to look up.',
    ],
    [
      1,
      "Bonjour, j'ai été prélevée deux fois pour la commande NH-48213 (2 x 129,90 €). J'ai envoyé un mail il y a une semaine, toujours rien. Merci de me rembourser le second prélèvement rapidement.",
      'neg pp pd',
      '§3: double charge with the order number written out needs the order to be looked up; plain disappointment, not strong.',
      { title: 'Débitée deux fois' },
    ],
    [
      1,
      'Bravo Nordlys Home, 3eme colis perdu en deux mois, vous battez des records 👏👏 A chaque fois c\'est "le transporteur enquête" et au bout de 15 jours on me propose de recommander. Franchement chapeau.',
      'neg pp pd,sd',
      '§3: missing delivery needs the order; sarcasm about repeated failures is strong dissatisfaction.',
      { title: 'Champions du colis perdu' },
    ],
    [
      1,
      'Impossible de me connecter a mon compte depuis la mise a jour du site. J\'explique : 1) je mets mon adresse marie.l.dupont@gmail.com et mon mot de passe, 2) message "Erreur AUTH-403 : session invalide", 3) je fais mot de passe oublié, je reçois bien le lien, 4) je change le mot de passe, 5) je me reconnecte et encore AUTH-403. J\'ai essayé sur téléphone, sur pc, avec chrome et firefox, vidé le cache, rien. Du coup impossible de voir ma commande en cours ni de télécharger la facture. J\'ai appelé le service client qui m\'a dit de "réessayer plus tard". Ca fait 9 jours.',
      'neg pp pd,cx',
      '§3: login/account access with the e-mail written out needs the account (personal data); error code and a long step-by-step technical account are complex.',
    ],
    [
      1,
      "ARNAQUE !!! bande de voleurs. J'ai payé un tapis 389€ le 3 octobre, jamais reçu, plus aucune réponse. J'ai déjà saisi la DGCCRF et mon avocat est au courant. Vous comptez me rembourser quand exactement ?",
      'neg pp pd,sd,q',
      '§3: missing delivery and refund need the order; insults, "scam", capitals and legal threats are strong dissatisfaction, so the question stays negative.',
    ],
    [
      2,
      "le plaid est magnifique rien a dire mais le vase en verre qui était dans le même colis est arrivé en mille morceaux. j'ai pris des photos, j'attends qu'on m'en renvoie un",
      'neg pp pd',
      '§3: a broken item to be replaced needs the order looked up; disappointed but not strongly.',
    ],
    [
      2,
      "Le site est joli mais les prix ont bien grimpé depuis l'an dernier et les frais de port sont devenus franchement chers pour des petits articles.",
      'neg pp an',
      '§7: anonymous reviewer, a private dialogue should always be offered; the criticism itself is general.',
      { anonymous: true },
    ],
    [
      1,
      "Alors dans l'ordre : l'étagère commandée en chêne clair est arrivée en noyer, il manquait le sachet de vis pour les fixations murales, et quand j'ai écrit au service client j'ai eu une réponse automatique puis plus rien. Trois problèmes sur une seule commande, ça fait beaucoup.",
      'neg pp pd,cx',
      '§3: wrong item and missing parts need the order; several distinct problems in one review make it complex.',
      { title: 'Mauvais produit + pièces manquantes' },
    ],
    [
      2,
      "Service client trop lent par mail, 5 jours pour une simple réponse sur les dimensions d'une table. Le produit est bien par contre.",
      'neg pub -',
      '§3: slow e-mail answers are criticism that can be addressed generally; nothing personal is needed.',
    ],
    [
      3,
      "site un peu lent surtout sur mobile, mais ça marche et j'ai fini par trouver ce que je cherchais. livraison correcte.",
      'neu pub -',
      '§5: 3-star balanced feedback; a slow website that works needs only a general answer.',
    ],
    [
      3,
      "Ma commande a été annulée parce que le fauteuil n'était finalement plus en stock. Remboursée en 3 jours, rien a dire là dessus, mais c'est dommage d'afficher \"en stock\" quand ce n'est pas le cas.",
      'neu pub -',
      '§5: neutral; the cancellation and refund are already solved, the remark on stock display can be answered generally.',
    ],
    [
      3,
      'qualité correcte pour le prix. petit conseil : prenez une taille au dessus pour les housses de couette, elles taillent petit.',
      'neu pub -',
      '§5: neutral with a sizing tip; nothing to look up.',
    ],
    [
      3,
      "Les produits sont top mais j'ai déménagé (maintenant 8 allée des Tilleuls, 44300 Nantes) et le site remet l'ancienne adresse à chaque commande, j'ai failli me faire livrer chez l'ancien locataire.",
      'neu pp pd',
      '§3: a changed address with the street address written out needs the customer account.',
    ],
    [
      5,
      'Je commande ici tous les mois ou presque, linge de maison, bougies, vaisselle, jamais déçue. Pourquoi je ne vous ai pas découverts plus tôt ? 😍',
      'pos pub -',
      '§5: praise; the question is rhetorical and "commander" every month needs nothing private.',
    ],
    [5, "colis arrivé à l'heure, bien emballé 👍", 'pos pub -', '§5: short praise, thank publicly.'],
    [
      4,
      "Un des saladiers est arrivé fêlé, j'ai envoyé une photo au SAV et ils m'en ont renvoyé un neuf en 48h sans discuter. Une étoile en moins juste pour l'emballage un peu léger.",
      'pos pub -',
      '§5: praise about a problem already solved; nothing left to look up.',
    ],
    [
      5,
      "J'ai refait tout mon salon avec Nordlys : le canapé, deux lampadaires, des coussins en lin et un grand tapis berbère. Tout est de très bonne qualité, les couleurs sont exactement comme sur les photos, ce qui est rare. L'appli est pratique, je garde mes favoris dans mon compte et je reçois une notif quand un article revient en stock. Le livreur du canapé a même monté les pieds. Bref je recommande les yeux fermés.",
      'pos pub -',
      '§5: long praise; app and account are mentioned as nouns, nothing to solve.',
      { title: 'Salon refait de A à Z' },
    ],
    [
      5,
      'Très contente de mes rideaux, tombé parfait et livraison rapide. Merci !',
      'pos pp an',
      '§7: anonymous reviewer, a private dialogue should always be offered even with praise.',
      { anonymous: true },
    ],
    [
      4,
      'Très beaux tapis, bonne épaisseur. petit bémol sur le choix de coloris, un peu trop de beige à mon goût',
      'pos pub -',
      '§5: positive with a suggestion that can be answered generally.',
    ],
    [
      5,
      'Dr Martin est adorable, détartrage sans douleur et le cabinet est nickel. Secrétariat très arrangeant pour les rendez-vous du samedi.',
      'pos pub -',
      '§5: a genuine review of the dental practice written on its own profile, not spam.',
      { company: 'Cabinet Dentaire Sourire Plus', brand: 'Cabinet Dentaire Sourire Plus' },
    ],
    [
      4,
      "L'abonnement livraison gratuite à 29€ l'année vaut vraiment le coup si on commande souvent comme moi. Rien à redire.",
      'pos pub -',
      '§5: praise; the subscription is mentioned, nothing to cancel or look up.',
    ],
    [
      4,
      "Super qualité pour mon buffet. Est-ce que le canapé Fjord existe en velours vert ? je ne le trouve qu'en gris sur le site",
      'q pub q',
      '§5: a specific product question answered directly in the public reply.',
    ],
    [
      3,
      'bonne qualité dans l ensemble. vous livrez en Belgique ou pas',
      'q pub q',
      '§5: a question without a question mark, answerable publicly.',
    ],
    [
      2,
      'Commande NH-77120 toujours "en préparation" depuis 10 jours. Quand est-ce qu\'elle sera expédiée svp ?',
      'q pp pd,q',
      '§5: a polite question on an order with the order number written out; not strongly dissatisfied, so question; §3 the order must be looked up.',
    ],
    [
      5,
      'vaisselle superbe. les assiettes passent au lave-vaisselle ou faut tout faire à la main ??',
      'q pub q',
      '§5: praise with a direct product question, answered publicly.',
    ],
    [
      5,
      "💰 Gagnez jusqu'à 3000€/mois depuis chez vous, sans expérience !! Places limitées 👉 bit.ly/3xRtq9k",
      'spam none sp',
      '§5: work-from-home advertising with a short link is spam; no public reply.',
    ],
    [
      1,
      "Garage a fuir. Vidange + plaquettes 380€ et le voyant moteur est toujours allumé en repartant. Le mécano m'a dit de revenir la semaine prochaine...",
      'spam none sp',
      '§5: a review clearly meant for a car workshop, irrelevant to a home-goods shop.',
    ],
    [5, 'azerty test test', 'spam none sp', '§5: a test / random letters, irrelevant.'],
    [
      4,
      'Votre site mérite mieux ! Boostez votre référencement Google en 30 jours, audit SEO offert sur top-referencement-pro.fr',
      'spam none sp',
      '§5: SEO advertising with a domain without scheme is spam.',
    ],
    [
      2,
      "Pizza arrivée froide au bout d'1h15 et le livreur n'avait pas de monnaie. La margherita était bonne quand même mais plus jamais le vendredi soir.",
      'spam none sp',
      '§5: a review meant for a pizzeria written on the home-goods shop profile; irrelevant.',
    ],
  ],
  'fr-fresh7',
);
