import type { CoreLexicon } from '../lexicon';

/** French. */
export const fr: CoreLexicon = {
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
};
