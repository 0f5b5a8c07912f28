import type { BuiltInSlot } from '../slots';

// French puts a non-breaking space before ? ! and : so they never wrap onto a line of their own.
const _ = '\u00a0';

/** Built-in French templates (vouvoiement). */
export const fr: Record<BuiltInSlot, string> = {
  templateNegative1: `Bonjour [Prénom du client],

Merci d'avoir pris le temps de nous faire part de votre expérience. Nous sommes sincèrement désolés pour [problème précis]${_}: ce n'est pas le niveau de service que nous visons, et nous en assumons la responsabilité.

Nous tenons à vous aider à trouver une solution. Pourriez-vous nous écrire à [notre e-mail] en indiquant votre numéro de commande${_}? Nous examinerons votre demande sans attendre et reviendrons vers vous personnellement.

Bien cordialement,
[Signature]`,

  templateNegative2: `Bonjour [Prénom du client],

Merci pour votre retour sincère. Nous regrettons que [problème précis] n'ait pas été à la hauteur de vos attentes${_}: ce n'est pas l'expérience que nous voulons vous offrir, et nous tenons à arranger les choses.

Si vous nous écrivez à [notre e-mail] en indiquant votre numéro de commande, nous chercherons à comprendre ce qui s'est passé et reviendrons vers vous avec une solution dans les meilleurs délais.

Bien cordialement,
[Signature]`,

  templateNeutral3: `Bonjour [Prénom du client],

Merci pour votre avis et pour ce partage. Nous sommes ravis d'apprendre que [point positif].

Votre remarque concernant [point à améliorer] a bien été notée, et nous en tiendrons compte dans la suite de notre travail. N'hésitez pas à nous faire part de vos autres idées, nous les lirons avec plaisir.

Bien à vous,
[Signature]`,

  templatePositive4: `Bonjour [Prénom du client],

Un grand merci pour vos quatre étoiles et vos mots aimables${_}! Nous sommes très heureux que [point précis] vous ait donné satisfaction.

Si nous pouvons faire quoi que ce soit pour que votre prochaine expérience mérite cinq étoiles, n'hésitez pas à nous le dire. Au plaisir de vous revoir${_}!

Bien cordialement,
[Signature]`,

  templatePositive5: `Bonjour [Prénom du client],

Merci infiniment pour ces cinq étoiles${_}! C'est un vrai plaisir de lire que votre expérience avec [point précis] a été aussi réussie, et je ne manquerai pas de transmettre votre message à l'équipe.

Au plaisir de vous accueillir à nouveau.

Bien cordialement,
[Signature]`,

  templateQuestion: `Bonjour [Prénom du client],

Merci pour votre avis et pour votre question au sujet de [produit/fonctionnalité]. [réponse brève]

Pour toute question plus détaillée, vous pouvez contacter notre service client à [e-mail/téléphone]${_}: nos spécialistes se feront un plaisir de vous aider.

Bien cordialement,
[Signature]`,

  templateAnonymous: `Bonjour,

Merci d'avoir pris le temps de partager votre expérience avec nous. Nous lisons chaque avis, et vos retours nous aident à nous améliorer.

Nous aimerions assurer un suivi personnalisé, mais votre avis étant anonyme, nous ne pouvons pas savoir qui vous êtes. Contactez-nous à [e-mail/téléphone] en mentionnant cet avis, et nous prendrons le relais.

Bien cordialement,
[Signature]`,

  templateFollowUp: `Bonjour [Prénom du client],

Merci de nous avoir prévenus, et toutes nos excuses pour ce désagrément. Nous voulons examiner la situation avec attention, et ce sera plus simple directement avec vous plutôt qu'ici.

Pourriez-vous nous écrire à [notre e-mail] en précisant votre numéro de commande et en décrivant brièvement la situation${_}? Je veillerai personnellement à ce que vous obteniez une réponse.

Bien cordialement,
[Signature]`,

  templateSpamNote: `Cet avis est un spam et a été signalé sur Trustpilot.`,
};
