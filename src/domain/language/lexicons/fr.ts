import type { Lexicon } from '../lexicon';

/** French. */
export const fr: Lexicon = {
  commonWords: [
    'le', 'les', 'des', 'du', 'et', 'est', 'une', 'je', 'j', 'pas', 'ne', 'pour', 'avec', 'dans', 'sur',
    'très', 'mais', 'cette', 'ce', 'nous', 'vous', 'mon', 'mes', 'commande', 'livraison', 'merci', 'produit',
    'été', 'aux', 'au', 'jamais', 'toujours', 'était', 'suis', 'qui', 'que', 'il', 'elle', 'la', 'un', 'de',
    'à', 'ai', 'a', 'en', 'plus', 'rien', 'bien', 'reçu', 'moi', 'leur', 'sont', 'avoir', 'fait', 'c', 'd',
    'l', 'qu', 'n',
  ],
  starWords: ['étoile', 'étoiles'],
  outOfWords: ['sur'],
  ratingLabels: ['note', 'évaluation', 'notation', 'étoiles'],
  referenceLabels: ['numéro de commande', 'n° de commande', 'référence', 'réf', 'commande', 'numéro de facture'],
  defaultTitles: ['nouvel avis trustpilot', 'nouvel avis sur trustpilot', 'nouvel avis', 'avis trustpilot'],
  anonymousWords: ['anonyme', 'anonymes', 'inconnu'],
  placeholderNameWords: ['trustpilot', 'évaluateur', 'utilisateur', 'client', 'auteur', 'avis', 'de', 'l'],
  honorifics: ['m', 'mme', 'mlle', 'monsieur', 'madame'],
  questionOpeners: [
    'pouvez-vous', 'pourriez-vous', 'est-ce que', 'comment', 'quand', 'où est', 'pourquoi', 'est-il possible',
    'y a-t-il', 'combien de temps', 'qui peut',
  ],
  addressWords: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'quelqu\'un'],
  strongWords: [
    'arnaque*', 'escroc*', 'escroquerie*', 'plus jamais', 'jamais plus', 'pire', 'honteux', 'honte', 'nul',
    'nulle', 'lamentable', 'scandale*', 'scandaleux', 'voleur*', 'menteur*', 'à fuir', 'fuyez', 'inadmissible',
    'catastroph*', 'merde', 'foutage de gueule', 'une blague',
  ],
  threatWords: [
    'avocat*', 'tribunal*', 'porter plainte', 'police', 'dgccrf', '60 millions', 'procès', 'mise en demeure',
    'association de consommateurs', 'justice', 'huissier*',
  ],
  personalData: {
    order: ['commande*', 'commandé*', 'facture*', 'colis', 'numéro de suivi', 'suivi', 'réservation*'],
    address: ['adresse*', 'code postal'],
    payment: ['paiement*', 'payé*', 'payer', 'rembours*', 'carte bancaire', 'carte bleue', 'débit*', 'prélev*', 'argent'],
    account: ['mon compte', 'votre compte', 'compte client', 'connexion', 'mot de passe', 'identifiant*', 'abonnement*'],
  },
  topics: {
    delivery: ['livr*', 'colis', 'expédi*', 'retard*', 'transporteur*', 'jamais reçu', 'la poste', 'chronopost'],
    product: ['cassé*', 'abîmé*', 'défectueu*', 'qualité', 'mauvaise taille', 'mauvais article', 'manquant*'],
    service: ['service client', 'sav', 'aucune réponse', 'pas de réponse', 'impoli*', 'injoignable*'],
    technical: ['erreur*', 'bug*', 'bogue*', 'ne fonctionne pas', 'ne marche pas', 'site internet', 'le site', 'l\'application', 'technique*'],
  },
  problemCues: [
    'malheureusement', 'problème*', 'souci*', 'toujours pas reçu', 'pas reçu', 'manquant*', 'cassé*',
    'réclamation*', 'dommage',
  ],
  positiveWords: ['super', 'excellent*', 'parfait*', 'génial*', 'top', 'satisfait*', 'recommande*', 'merci', 'rapide', 'agréable*', 'ravi*'],
  negativeWords: ['mauvais*', 'horrible', 'déçu*', 'décevant*', 'insatisfait*', 'pire', 'inacceptable', 'lent*', 'ne recommande pas'],
  promoPhrases: ['cliquez ici', 'achetez maintenant', 'code promo', 'gagner de l\'argent', 'suivez-moi', 'visitez mon'],
  unrelatedPhrases: ['mauvaise entreprise', 'mauvaise société', 'ceci est un test', 'avis test'],
};
