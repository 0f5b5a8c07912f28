import { corpus, type CorpusEntry } from '../entry';

/**
 * Fresh, independent French set (fresh5): 30 Trustpilot-style reviews of the online home-goods shop
 * Nordlys Home (plus one genuine review of a dental practice on its own profile), written from scratch by
 * hand as French customers write (typos, missing capitals, emojis, titles sometimes), without looking at
 * the product's rules or any other corpus. Labels follow the agent guide (§3 public vs private, §5
 * scenario table, §7 FAQ on anonymous reviewers) and the labelling conventions for reasons: 9 negative, 4 neutral,
 * 8 positive, 4 questions, 5 spam/irrelevant.
 */
export const FRESH5_FR: CorpusEntry[] = corpus(
  'fr',
  [
    [
      2,
      "Commande passée le 3, reçue le 17... deux semaines pour une table basse c'est long quand même. Bon elle est arrivée entière et elle est jolie, mais franchement faudrait revoir les délais ou au moins prévenir quand ça prend du retard",
      'neg pub -',
      '2★ slow delivery but the item arrived intact: plain disappointment, criticism that can be answered generally in public (§3, §5 1-star row); nothing to look up.',
      { title: 'Lent mais arrivé' },
    ],
    [
      1,
      "J'ai été débitée 2 fois pour la même commande (n° NH-2026-48213), 189,90€ x2 sur mon relevé. J'ai envoyé un mail il y a 5 jours, aucune réponse. Je veux juste qu'on me rembourse le doublon svp.",
      'neg pp pd',
      'Double charge with the order number written out needs the order to be looked up (§3 private dialogue: personal data); disappointed but no insults or threats.',
    ],
    [
      1,
      "Alors je vous raconte. J'ai commandé l'armoire Fjell 2 portes le 12 octobre, livrée le 20, rien à dire le livreur était sympa. Le samedi on commence le montage avec mon mari : étape 1 ok, étape 2 ok, étape 3 ok, et à l'étape 5 on se rend compte qu'il manque le sachet C avec les charnières et 2 des 4 étagères. On recompte tout, on vérifie les cartons, rien. J'appelle le service client le lundi matin, la dame me demande des photos des cartons et de la notice, je les envoie le jour même. Depuis j'attends. L'armoire est à moitié montée au milieu de la chambre et mes vêtements sont dans des sacs. Je ne demande pas la lune, juste les pièces manquantes pour finir le montage.",
      'neg pp pd,cx',
      'Missing parts need a replacement sent against the order (personal data) and the review is a long step-by-step account (complex): acknowledge publicly, continue privately (§3); calm tone, a single failure, so not strong dissatisfaction.',
      { title: 'Armoire Fjell incomplète' },
    ],
    [
      1,
      "ARNAQUE. Commande annulée par VOUS le 2 novembre, soit disant rupture de stock, et un mois après toujours pas remboursé de mes 349€. Service client = une bande d'incompétents qui lisent un script. J'ai saisi la DGCCRF et mon avocat est au courant. Plus jamais je commande chez vous.",
      'neg pp pd,sd',
      'Refund of a cancelled order needs the order (personal data); "arnaque", insults, capitals, DGCCRF and lawyer threats, "plus jamais" = very dissatisfied, so private dialogue to avoid escalation (§3).',
    ],
    [
      2,
      'Les coussins sont beaucoup plus ternes qu\'en photo, le "bleu nuit" c\'est plutôt un gris sale. Bonne qualité de tissu ceci dit. Un peu déçue, je les garde quand même',
      'neg pub -',
      '2★ disappointment about colours vs photos, keeps the product and asks for nothing: criticism answerable generally in public (§3, §5).',
    ],
    [
      1,
      "Impossible de me connecter à mon compte depuis la mise à jour de l'appli. J'ai le message « Erreur 0x4F2 : session invalide » à chaque fois, même après avoir réinitialisé mon mot de passe 2 fois. Mon adresse c'est sandrine.lefort62@orange.fr si quelqu'un du support veut bien regarder, j'ai une commande en cours et je peux pas la suivre",
      'neg pp pd,cx',
      'Login/account access problem with the e-mail written out (personal data) and an error message (technical, complex): acknowledge publicly, then privately (§3).',
    ],
    [
      2,
      'lampe de chevet reçue avec l abat-jour écrasé et le pied fendu. emballage beaucoup trop léger pour de la céramique. dommage elle était belle',
      'neg pp pd,an',
      'Damaged item needs the order for a replacement or refund (personal data); anonymous reviewer, so a private dialogue is always offered (§7 FAQ, §3).',
      { anonymous: true },
    ],
    [
      1,
      "Troisième colis « livré » qui n'est jamais arrivé chez moi en 2 mois. Chapeau, c'est un record. A chaque fois on me dit d'attendre 10 jours ouvrés, puis 10 de plus, puis de remplir une attestation sur l'honneur. Je commence à croire que le transporteur se garde mes plaids pour lui 🙃 Alors question simple : vous comptez me rembourser quand, exactement ?",
      'neg pp pd,sd,q',
      'Lost parcels and a refund need the orders (personal data); sarcasm about repeated failures = strong dissatisfaction, so it stays negative despite asking when the refund comes (question) (§3, §5).',
      { title: 'Bravo, vraiment 👏' },
    ],
    [
      2,
      "Plusieurs soucis avec cette commande : 1) le tapis reçu fait 160x230 alors que j'ai commandé du 200x300, 2) le livreur l'a déposé au 14 rue des Tanneurs au lieu du 41, heureusement la voisine me l'a ramené, 3) la facture n'apparait toujours pas dans mon espace client. Je veux bien faire l'échange, j'attends votre retour.",
      'neg pp pd,cx',
      'Wrong item to exchange and a street address written out (personal data); three distinct problems in one review (complex); irritated but not strong (§3).',
    ],
    [
      3,
      'Site un peu lent surtout sur mobile mais ça finit par marcher. Produits corrects pour le prix, rien d exceptionnel. Livraison dans les temps.',
      'neu pub -',
      '3★ balanced feedback: slow website but it works, delivery on time; nothing to look up, thank and note the improvement publicly (§5 3-star row).',
    ],
    [
      3,
      "Commander sur le site c'est simple et rapide, j'ai reçu mon service de 6 assiettes en 3 jours. Par contre le carton était tout enfoncé d'un côté, j'ai eu peur en ouvrant ! Finalement rien de cassé, tout est nickel. Mais pensez à mieux caler vos colis.",
      'neu pub -',
      '3★ dented box but nothing broken and nothing asked: a general improvement point answered publicly (§5 3-star row); "commander"/"colis" are everyday words, not personal data.',
      { title: 'Bien mais emballage limite' },
    ],
    [
      3,
      "J'aime bien vos produits mais depuis que j'ai créé un compte je reçois un mail par jour minimum. Je me suis désabonnée de la newsletter, ça a marché, mais c'est un peu trop à mon goût. Sinon les bougies sont très bien, l'odeur tient longtemps",
      'neu pub -',
      '3★ improvement point about e-mail frequency; the unsubscription is already done, so no account action is needed: public reply (§5 3-star row).',
    ],
    [
      3,
      'Rapport qualité prix moyen. Le plaid est doux mais il bouloche déjà après 2 lavages. Joli quand même.',
      'neu pp an',
      '3★ mixed feedback with no data needed, but the reviewer is anonymous: answer generally and always offer a private dialogue (§7 FAQ).',
      { anonymous: true },
    ],
    [
      5,
      'Mais où étiez-vous toute ma vie ?? 😍 Salon entièrement refait avec vos lampes et vos tapis, tout est magnifique et de super qualité. Ma soeur a déjà commandé aussi',
      'pos pub -',
      '5★ praise; the question is rhetorical and needs no answer: thank publicly (§5 5-star row).',
    ],
    [
      5,
      'je commande ici presque tous les mois, jamais eu de problème. toujours bien emballé et livré vite',
      'pos pub -',
      '5★ loyal customer praise; "commande" is an everyday word, nothing to look up: public thanks (§5).',
    ],
    [
      4,
      'Très bonne parure de lit en lin, super douce et elle se froisse joliment. Seul bémol : les draps housse taillent petit, pour un matelas épais prenez la taille au dessus. Sinon je recommande',
      'pos pub -',
      '4★ praise with a sizing tip for other buyers; no problem to solve: public reply (§5 5-star row, §3).',
    ],
    [
      5,
      "Un des verres de mon coffret est arrivé cassé, j'ai envoyé une photo au service client et ils m'en ont renvoyé un nouveau en 2 jours sans discuter. Ça c'est du service 👌",
      'pos pub -',
      '5★ praise about a breakage already solved by customer service; nothing left to look up: thank publicly (§5).',
    ],
    [5, 'Top 👍', 'pos pub -', 'Short 5★ praise: thank publicly (§5 5-star row).'],
    [
      4,
      "Colis arrivé le jour prévu, suivi clair dans l'appli. Le miroir est très beau, une étoile en moins car la fixation murale n'est pas fournie (c'était indiqué hein, mais bon)",
      'pos pub -',
      '4★ praise with a small general remark; parcel on time, app is just mentioned: public reply (§3, §5).',
    ],
    [
      5,
      "Enfin un dentiste qui prend le temps d'expliquer ! Dr Haddad a été très douce pour l'extraction de ma dent de sagesse, aucune douleur. Secrétariat au top, rdv obtenu en une semaine.",
      'pos pub -',
      "Genuine 5★ review of a dental practice on the practice's own profile, so not spam: thank publicly (§5 5-star row).",
      { company: 'Cabinet Dentaire du Parc', brand: 'Cabinet Dentaire du Parc' },
    ],
    [
      4,
      'Bonne expérience dans l ensemble, jolie vaisselle et livraison rapide. Je reviendrai.',
      'pos pp an',
      '4★ praise from an anonymous reviewer: thank generally and offer a private dialogue, as the guide says for anonymous reviews (§7 FAQ).',
      { anonymous: true },
    ],
    [
      4,
      'Très contente de ma commande, le buffet est superbe. Est-ce que vous livrez aussi en Belgique ? Ma mère voudrait commander le même',
      'q pub q',
      'A direct general question (delivery to Belgium) answerable publicly (§5 question row); no personal data needed.',
    ],
    [
      3,
      'je voudrais savoir si le canapé Vika existe en vert sapin ou seulement dans les coloris du site merci',
      'q pub q',
      'A product question without a question mark; answer it directly in public (§5 question row).',
    ],
    [
      2,
      "vos ampoules elles sont compatibles variateur ou pas ? c'est marqué nulle part",
      'q pub q',
      'Blunt 2★ question about product information; not strongly dissatisfied, so scenario question, answered publicly (§5 question row).',
    ],
    [
      5,
      "Super site, j'ai déjà commandé plusieurs fois. Petite question : je déménage la semaine prochaine, est-il possible de changer l'adresse de livraison de ma commande n° 104829 ? La nouvelle c'est 7 allée des Cerisiers, 69003 Lyon.",
      'q pp pd,q',
      'A question that needs the order changed, with an order number and a street address written out: brief public answer, then private dialogue (§5 question row, §3 personal data).',
      { title: 'Question sur ma commande' },
    ],
    [5, 'bit.ly/3kTr9Wq', 'spam none sp', 'A bare short link: spam, no public reply, flag it (§5 spam row).'],
    [
      5,
      'Vous voulez gagner 2500€/mois depuis chez vous sans diplôme ? Moi je l ai fait grâce au trading crypto automatique 🚀💰 toutes les infos sur revenus-libres-crypto.fr',
      'spam none sp',
      'Work-from-home/crypto advertising with a domain: spam, no public reply (§5 spam row).',
    ],
    [
      1,
      "Coloriste incompétente, je suis ressortie avec les cheveux orange au lieu de blond cendré et on m'a quand même fait payer 120€. Le brushing était raté en plus.",
      'spam none sp',
      'A review meant for a hair salon, posted on a home-goods shop: irrelevant, no public reply (§5 spam row).',
    ],
    [1, 'qsdfghj kkk', 'spam none sp', 'Random letters: irrelevant, no public reply (§5 spam row).'],
    [
      2,
      "Le véto n'a même pas examiné mon chat correctement, 65€ la consultation pour 5 minutes montre en main. Clinique à fuir.",
      'spam none sp',
      'A review meant for a veterinary clinic, not for Nordlys Home: irrelevant, no public reply (§5 spam row).',
    ],
  ],
  'fr-fresh5',
);
