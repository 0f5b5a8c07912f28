import type { AnalysisLexicon } from '../lexicon';

/** French. */
export const fr: AnalysisLexicon = {
  questionOpeners: [
    'pouvez-vous', 'pourriez-vous', 'est-ce que', 'comment', 'quand', 'où est', 'pourquoi', 'est-il possible',
    'y a-t-il', 'combien de temps', 'qui peut', 'peut-on', 'puis-je', 'pourrait-on', 'pourrais-je',
    'est-ce possible', 'serait-il possible', 'dois-je', 'faut-il', 'avez-vous', 'existe-t-il', 'proposez-vous',
    'livrez-vous', 'vendez-vous', 'est-ce normal',
  ],
  addressWords: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'quelqu\'un'],
  strongWords: [
      'mentez', 'menteurs', 'mensonge*',
    'arnaque*', 'escroc*', 'escroquerie*', 'plus jamais', 'jamais plus', 'pire', 'honteux', 'honte', 'nul',
    'nulle', 'lamentable', 'scandale*', 'scandaleux', 'voleur*', 'menteur*', 'à fuir', 'fuyez', 'inadmissible',
    'catastroph*', 'merde', 'foutage de gueule', 'une blague', 'quelle blague', 'j\'abandonne', 'pathétique',
  ],
  threatWords: [
    'avocat*', 'tribunal*', 'porter plainte', 'porte plainte', 'police', 'dgccrf', '60 millions', 'procès',
    'mise en demeure', 'association de consommateurs', 'justice', 'huissier*',
  ],
  personalData: {
    order: [
      'jamais arrivé*', 'jamais reçu*', 'pas arrivé*', 'pas reçu*', 'toujours pas de', 'toujours rien reçu', 'rien reçu', 'rien envoyé',
      'perdu', 'où est mon', 'où est ma', 'cassé*', 'abîmé*', 'endommagé*', 'en mille morceaux', 'rayé*', 'déchiré*', 'fendu*', 'fissure*', 'fuit',
      'mauvaise couleur', 'mauvaise taille', 'mauvais article', 'manquant*', 'arrivée sans', 'arrivé sans',
      'remplacement', 'remplacer', 'échanger', 'étiquette de retour', 'livré chez', 'numéro de suivi',
    ],
    address: ['mauvaise adresse', 'nouvelle adresse', 'ancienne adresse', 'changer d\'adresse', 'adresse de livraison'],
    payment: [
      'rembours*', 'mon argent', 'débité* deux fois', 'débitée deux fois', 'prélevé*', 'double débit', 'payé deux fois',
      'encaissé*', 'dédommagement',
    ],
    account: [
      'désinscri*', 'désabonn*',
      'me connecter', 'connexion impossible', 'mot de passe', 'réinitialisation', 'résilié*', 'résilier',
      'supprimer mon compte', 'fermer mon compte',
    ],
  },
  topics: {
    delivery: ['retard*', 'jamais reçu', 'jamais arrivé', 'pas reçu', 'perdu', 'délai trop long'],
    product: ['cassé*', 'abîmé*', 'endommagé*', 'défectueu*', 'rayé*', 'déchiré*', 'mauvaise taille', 'mauvais article', 'mauvaise couleur', 'manquant*'],
    service: ['aucune réponse', 'pas de réponse', 'ne répond jamais', 'ne répond pas', 'impoli*', 'injoignable*', 'désagréable'],
    technical: ['erreur*', 'bug*', 'bogue*', 'ne fonctionne pas', 'ne marche pas', 'plante', 'échoue'],
  },
  repeatedFailures: [
      'deux fois et',
    'd\'affilée', 'deuxième fois', 'troisième fois', 'quatrième fois', 'encore une fois', 'à nouveau',
    'trois fois', 'quatre fois', 'cinq fois', 'plusieurs fois', 'appels plus tard', 'mails plus tard',
  ],
  sarcasm: ['merci pour rien', 'bravo', 'chapeau', 'bien joué', 'quelle surprise'],
  rhetoricalOpeners: [
      'est-ce que je peux juste dire', 'puis-je dire',
    'comment faites-vous pour', 'comment faites-vous',
    'pourquoi je ne', 'pourquoi ne vous ai-je', 'pourquoi n\'ai-je pas', 'que demander de plus', 'que dire de plus',
    'qui n\'aime pas', 'c\'est une blague', 'sérieusement', 'vous les emballez',
  ],
  otherBusinesses: [
      'serveur', 'serveuse', 'restaurant*', 'pizza',
    'dentiste*', 'plombage', 'carie*', 'coiffeu*', 'salon', 'frange', 'coupe de cheveux', 'garage*', 'garagiste*',
    'mécanicien*', 'plaquettes de frein', 'freins', 'la voiture', 'ma voiture', 'plombier*', 'électricien*',
    'assistante dentaire',
  ],
  problemCues: [
    'malheureusement', 'problème*', 'un souci', 'des soucis', 'toujours pas reçu', 'pas reçu', 'manquant*', 'cassé*',
    'réclamation*', 'dommage', 'mais',
  ],
  positiveWords: ['super', 'excellent*', 'parfait*', 'génial*', 'top', 'satisfait*', 'recommande*', 'merci', 'rapide', 'agréable*', 'ravi*', 'magnifique*'],
  negativeWords: ['mauvais*', 'horrible', 'déçu*', 'décevant*', 'insatisfait*', 'pire', 'inacceptable', 'lent*', 'ne recommande pas'],
  promoPhrases: [
    'cliquez ici', 'achetez maintenant', 'commandez maintenant', 'code promo', 'gagnez', 'gagner de l\'argent',
    'suivez-moi', 'visitez mon', 'visitez', 'depuis chez vous',
  ],
  salesWords: ['livraison gratuite', 'livraison offerte', 'aujourd\'hui seulement', 'soldes', 'cartes cadeaux', 'instagram', 'par jour'],
  unrelatedPhrases: [
    'mauvaise entreprise', 'mauvaise société', 'ceci est un test', 'avis test', 'trompé d\'entreprise',
    'trompée d\'entreprise', 'merci d\'ignorer',
  ],
};
