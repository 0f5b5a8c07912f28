import type { UiLocale } from '../types';
import { placeholderKey } from './placeholders';
import type { KnownPlaceholder } from './types';

/** The wording built-in templates use for each known placeholder, per language. */
export const KNOWN_PLACEHOLDER_LABELS: Record<UiLocale, Record<KnownPlaceholder, string>> = {
  en: {
    customerName: 'Customer name',
    agentName: 'Your Name',
    agentFirstName: 'Your first name',
    signature: 'Signature',
    companyName: 'Company name',
    supportEmail: 'our email',
    supportPhone: 'our phone',
    supportContact: 'email/phone',
    reference: 'order number',
  },
  sv: {
    customerName: 'Kundens namn',
    agentName: 'Ditt namn',
    agentFirstName: 'Ditt förnamn',
    signature: 'Signatur',
    companyName: 'Företagsnamn',
    supportEmail: 'vår e-post',
    supportPhone: 'vårt telefonnummer',
    supportContact: 'e-post/telefon',
    reference: 'ordernummer',
  },
  fr: {
    customerName: 'Prénom du client',
    agentName: 'Votre nom',
    agentFirstName: 'Votre prénom',
    signature: 'Signature',
    companyName: "Nom de l'entreprise",
    supportEmail: 'notre e-mail',
    supportPhone: 'notre téléphone',
    supportContact: 'e-mail/téléphone',
    reference: 'numéro de commande',
  },
  da: {
    customerName: 'Kundens navn',
    agentName: 'Dit navn',
    agentFirstName: 'Dit fornavn',
    signature: 'Signatur',
    companyName: 'Virksomhedens navn',
    supportEmail: 'vores e-mail',
    supportPhone: 'vores telefonnummer',
    supportContact: 'e-mail/telefon',
    reference: 'ordrenummer',
  },
  de: {
    customerName: 'Kundenname',
    agentName: 'Ihr Name',
    agentFirstName: 'Ihr Vorname',
    signature: 'Signatur',
    companyName: 'Firmenname',
    supportEmail: 'unsere E-Mail-Adresse',
    supportPhone: 'unsere Telefonnummer',
    supportContact: 'E-Mail/Telefon',
    reference: 'Bestellnummer',
  },
};

// Other wordings team leads are likely to write, in any of the five languages. Keys are compared
// after `normalizeLabel`, so case, spacing, apostrophes and an "insert …" prefix do not matter.
const ALIASES: Record<KnownPlaceholder, readonly string[]> = {
  customerName: [
    'customer name',
    "customer's name",
    'customer first name',
    "customer's first name",
    'first name',
    'name',
    'reviewer name',
    "reviewer's name",
    'kundnamn',
    'kundens förnamn',
    'förnamn',
    'namn',
    'nom du client',
    'prénom du client',
    'prénom',
    'nom',
    'kundenavn',
    'kundens fornavn',
    'fornavn',
    'navn',
    'kundenname',
    'name des kunden',
    'vorname des kunden',
    'vorname',
    'kundin',
    'kunde',
  ],
  agentName: [
    'your name',
    'agent name',
    "agent's name",
    'my name',
    'your full name',
    'ditt namn',
    'handläggarens namn',
    'agentens namn',
    'votre nom',
    "nom de l'agent",
    'nom du conseiller',
    'dit navn',
    'medarbejderens navn',
    'agentens navn',
    'ihr name',
    'dein name',
    'name des mitarbeiters',
    'ihr vollständiger name',
  ],
  agentFirstName: ['your first name', 'ditt förnamn', 'votre prénom', 'dit fornavn', 'ihr vorname', 'dein vorname'],
  signature: [
    'signature',
    'your signature',
    'signatur',
    'din signatur',
    'votre signature',
    'ihre signatur',
    'deine signatur',
    'unterschrift',
  ],
  companyName: [
    'company name',
    'company',
    "company's name",
    'brand',
    'brand name',
    'företagsnamn',
    'företagets namn',
    'företag',
    "nom de l'entreprise",
    'nom de la société',
    'entreprise',
    'société',
    'nom de la marque',
    'virksomhedens navn',
    'virksomhedsnavn',
    'firmanavn',
    'firmaets navn',
    'firmenname',
    'unternehmensname',
    'name des unternehmens',
    'name der firma',
    'unternehmen',
    'firma',
  ],
  supportEmail: [
    'our email',
    'our e-mail',
    'our email address',
    'our e-mail address',
    'support email',
    'support e-mail',
    'email',
    'e-mail',
    'email address',
    'e-mail address',
    'vår e-post',
    'vår e-postadress',
    'e-post',
    'e-postadress',
    'vår mejladress',
    'notre e-mail',
    'notre email',
    'notre adresse e-mail',
    'adresse e-mail',
    'courriel',
    'notre courriel',
    'vores e-mail',
    'vores e-mailadresse',
    'vores mail',
    'e-mailadresse',
    'unsere e-mail-adresse',
    'unsere e-mail',
    'e-mail-adresse',
    'support-e-mail',
  ],
  supportPhone: [
    'our phone',
    'our phone number',
    'our telephone number',
    'phone',
    'phone number',
    'support phone',
    'telephone',
    'vårt telefonnummer',
    'telefonnummer',
    'telefon',
    'notre téléphone',
    'notre numéro de téléphone',
    'téléphone',
    'numéro de téléphone',
    'vores telefonnummer',
    'unsere telefonnummer',
  ],
  supportContact: [
    'email/phone',
    'e-mail/phone',
    'email or phone',
    'contact details',
    'our contact details',
    'e-post/telefon',
    'kontaktuppgifter',
    'våra kontaktuppgifter',
    'e-mail/téléphone',
    'email/téléphone',
    'coordonnées',
    'nos coordonnées',
    'e-mail/telefon',
    'kontaktoplysninger',
    'vores kontaktoplysninger',
    'kontaktdaten',
    'unsere kontaktdaten',
  ],
  reference: [
    'order number',
    'order no',
    'order reference',
    'reference',
    'reference number',
    'review reference',
    'ordernummer',
    'referens',
    'referensnummer',
    'beställningsnummer',
    'numéro de commande',
    'référence',
    'référence de commande',
    'ordrenummer',
    'referencenummer',
    'bestillingsnummer',
    'bestellnummer',
    'referenz',
    'referenznummer',
    'auftragsnummer',
  ],
};

const INSERT_PREFIX = /^(?:insert|add|infoga|lägg in|indsæt|insérer|insérez|ajouter|einfügen)\s+/u;

/** Case, spaces, curly apostrophes, slashes with spaces, a trailing dot and an "insert" prefix are ignored. */
function normalizeLabel(label: string): string {
  return placeholderKey(label)
    .replace(/[’‘`´]/g, "'")
    .replace(/\s*\/\s*/g, '/')
    .replace(/\.$/, '')
    .replace(INSERT_PREFIX, '');
}

const LOOKUP: ReadonlyMap<string, KnownPlaceholder> = (() => {
  const map = new Map<string, KnownPlaceholder>();
  for (const labels of Object.values(KNOWN_PLACEHOLDER_LABELS)) {
    for (const [key, label] of Object.entries(labels) as [KnownPlaceholder, string][]) {
      map.set(normalizeLabel(label), key);
    }
  }
  for (const [key, aliases] of Object.entries(ALIASES) as [KnownPlaceholder, readonly string[]][]) {
    for (const alias of aliases) if (!map.has(normalizeLabel(alias))) map.set(normalizeLabel(alias), key);
  }
  return map;
})();

/** Which known placeholder a label means, in any supported language's wording; null for a free field. */
export function knownPlaceholderFor(label: string): KnownPlaceholder | null {
  return LOOKUP.get(normalizeLabel(label)) ?? null;
}
