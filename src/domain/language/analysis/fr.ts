import type { AnalysisLexicon } from '../lexicon';

/** French. */
export const fr: AnalysisLexicon = {
  questionOpeners: [
    'pouvez-vous', 'pourriez-vous', 'est-ce que', 'comment', 'quand', 'où est', 'pourquoi', 'est-il possible',
    'y a-t-il', 'combien de temps', 'qui peut', 'peut-on', 'puis-je', 'pourrait-on', 'pourrais-je',
    'est-ce possible', 'serait-il possible',
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
