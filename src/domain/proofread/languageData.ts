import type { UiLocale } from '../types';

/**
 * The words the checks look for, per language. Entries are phrases matched case-insensitively;
 * a trailing `*` makes an entry a stem. Street-address patterns are regex sources (Unicode,
 * case-sensitive, since a capital letter is part of what makes a street name).
 */
export interface LanguageCheckData {
  /** The agent guide's "Avoid this" column (section 6) and phrases of the same kind. */
  avoidPhrases: string[];
  /** Words that open a greeting ("Hi", "Dear"). */
  greetings: string[];
  thanks: string[];
  /** Sign-offs that come before the signature ("Kind regards"). */
  closings: string[];
  /** Words naming a company or team rather than a person: a signature of only these is the company's. */
  teamWords: string[];
  /** Wording that offers the reviewer something to do or promises an action. */
  nextSteps: string[];
  /** Wording that invites the reviewer to a private channel (e-mail, phone, message). */
  privateChannels: string[];
  /** Words that announce an order, booking or customer reference number. */
  orderKeywords: string[];
  /** "number", "no.", "nr" — words between an order keyword and the number. */
  numberWords: string[];
  streetAddresses: string[];
  /** Words correctly written twice in a row ("nous nous excusons", "die die"). */
  allowedRepeats: string[];
}

const en: LanguageCheckData = {
  avoidPhrases: [
    'not our responsibility',
    'error noted',
    'the customer is complaining',
    'not our fault',
    'not our problem',
  ],
  greetings: ['hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'good evening', 'greetings'],
  thanks: ['thank*', 'grateful', 'appreciat*'],
  closings: [
    'kind regards', 'best regards', 'warm regards', 'regards', 'best wishes', 'warm wishes', 'all the best',
    'yours sincerely', 'sincerely', 'many thanks', 'thanks again', 'cheers', 'best',
  ],
  teamWords: [
    'the', 'team', 'customer', 'customers', 'service', 'services', 'support', 'care', 'from', 'at', 'of', 'and',
    'your', 'our', 'us', 'helpdesk', 'department', 'company', 'shop', 'store', 'staff', 'everyone', 'all',
  ],
  nextSteps: [
    'contact*', 'email*', 'e-mail*', 'mail us', 'call us', 'give us a call', 'phone us', 'message us', 'reach out', 'get in touch',
    'let us know', 'write to', 'send us', 'please', 'could you', 'would you', 'we will', "we'll",
    'we would like to', "we'd like to", 'happy to help', 'look into', 'dm',
  ],
  privateChannels: [
    'email*', 'e-mail*', 'mail us', 'call us', 'give us a call', 'phone us', 'phone number', 'message us',
    'private message', 'direct message', 'dm',
    'contact*', 'reach out', 'get in touch', 'write to', 'send us', 'chat', 'inbox',
  ],
  orderKeywords: [
    'order', 'booking', 'invoice', 'reference', 'ref', 'tracking', 'receipt', 'customer number', 'account number',
    'case number', 'membership number',
  ],
  numberWords: ['number', 'no', 'nr', 'id'],
  streetAddresses: [
    "\\d{1,5}[A-Za-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Close|Crescent|Terrace|Gardens|Square|Row|Hill|Walk|Mews)(?![\\p{L}])\\.?",
  ],
  allowedRepeats: ['had', 'that'],
};

const sv: LanguageCheckData = {
  avoidPhrases: ['inte vårt ansvar', 'fel noterat', 'felet noterat', 'kunden klagar', 'inte vårt fel', 'inte vårt problem'],
  greetings: ['hej', 'hejsan', 'hallå', 'kära', 'bästa', 'god morgon', 'god dag', 'god eftermiddag', 'god kväll'],
  thanks: ['tack*', 'tacksam*'],
  closings: [
    'med vänliga hälsningar', 'vänliga hälsningar', 'vänlig hälsning', 'bästa hälsningar', 'varma hälsningar',
    'hälsningar', 'mvh', 'allt gott', 'ha det bra', 'ha en fin dag',
  ],
  teamWords: [
    'kundtjänst', 'kundservice', 'kundsupport', 'support', 'team', 'teamet', 'från', 'på', 'och', 'hos', 'vi',
    'oss', 'er', 'ert', 'butik', 'butiken', 'alla',
  ],
  nextSteps: [
    'kontakta*', 'mejla*', 'maila*', 'e-post*', 'mejl*', 'mail*', 'ring*', 'skicka*', 'hör av dig', 'hör gärna av dig',
    'vi kommer att', 'vi vill gärna', 'vi hjälper', 'titta på', 'återkomm*', 'meddela*', 'kan du', 'skulle du',
  ],
  privateChannels: [
    'kontakta*', 'mejla*', 'maila*', 'e-post*', 'mejl*', 'mail*', 'ring*', 'telefon*', 'skicka*', 'hör av dig',
    'chatt*', 'direktmeddelande*', 'dm',
  ],
  orderKeywords: [
    'order', 'ordernummer', 'ordernr', 'beställning', 'beställningen', 'beställningsnummer', 'bokning',
    'bokningsnummer', 'faktura', 'fakturanummer', 'referens', 'referensnummer', 'kundnummer', 'ärendenummer',
  ],
  numberWords: ['nummer', 'nr'],
  streetAddresses: [
    '\\p{Lu}\\p{L}*(?:gatan|gata|vägen|väg|gränd|gränden|torget|backe|backen|stigen|allén|plan)\\s+\\d{1,4}(?:[ ]?[A-Z]|[a-z])?(?![\\p{L}\\p{N}])',
  ],
  allowedRepeats: [],
};

const fr: LanguageCheckData = {
  avoidPhrases: [
    "n'est pas notre responsabilité",
    'ne relève pas de notre responsabilité',
    'erreur notée',
    'le client se plaint',
    "n'est pas de notre faute",
    "ce n'est pas notre problème",
  ],
  greetings: ['bonjour', 'bonsoir', 'cher', 'chère', 'chers', 'chères', 'salut', 'madame', 'monsieur'],
  thanks: ['merci*', 'remerci*'],
  closings: [
    'bien cordialement', 'cordialement', 'bien à vous', 'belle journée', 'bonne journée', 'meilleures salutations',
    'sincères salutations', 'salutations', 'à bientôt', 'amicalement',
  ],
  teamWords: [
    'équipe', 'service', 'client', 'clients', 'clientèle', 'relation', 'support', 'de', 'du', 'la', 'le', 'les',
    'des', 'chez', 'et', 'votre', 'notre', 'nous', 'boutique', 'magasin', 'toute',
  ],
  nextSteps: [
    'contact*', 'écrivez*', 'envoyez*', 'appelez*', 'e-mail', 'courriel', 'mail', "n'hésitez pas", 'nous allons',
    'nous reviendrons', 'pourriez-vous', 'pouvez-vous', 'merci de nous', 'téléphone*', 'joindre', 'nous souhaitons',
    'nous aimerions',
  ],
  privateChannels: [
    'e-mail', 'courriel', 'mail', 'contact*', 'écrivez*', 'appelez*', 'téléphone*', 'message privé', 'messagerie',
    'chat', 'joindre',
  ],
  orderKeywords: [
    'commande', 'numéro de commande', 'réservation', 'facture', 'référence', 'réf', 'numéro client',
    'numéro de suivi', 'dossier',
  ],
  numberWords: ['numéro', 'n°', 'no', 'num'],
  streetAddresses: [
    "\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)\\s+(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+|d['’])?\\p{L}[\\p{L}'’-]*",
  ],
  allowedRepeats: ['nous', 'vous'],
};

const da: LanguageCheckData = {
  avoidPhrases: ['ikke vores ansvar', 'fejl noteret', 'fejlen er noteret', 'kunden klager', 'ikke vores skyld', 'ikke vores problem'],
  greetings: ['hej', 'hejsa', 'kære', 'goddag', 'god morgen', 'hallo'],
  thanks: ['tak', 'takk*', 'taknemmelig*'],
  closings: [
    'med venlig hilsen', 'venlig hilsen', 'venlige hilsner', 'de bedste hilsner', 'bedste hilsner', 'kærlig hilsen',
    'mange hilsner', 'hilsen', 'mvh', 'god dag',
  ],
  teamWords: [
    'kundeservice', 'kundeservicen', 'kundesupport', 'support', 'team', 'teamet', 'holdet', 'fra', 'hos', 'og',
    'vi', 'os', 'jeres', 'butik', 'butikken', 'alle',
  ],
  nextSteps: [
    'kontakt*', 'skriv*', 'send*', 'ring*', 'e-mail*', 'mail*', 'høre fra dig', 'vi vil', 'vi vil gerne',
    'vi ser på', 'vende tilbage', 'lad os', 'kan du', 'vil du',
  ],
  privateChannels: ['kontakt*', 'skriv*', 'ring*', 'e-mail*', 'mail*', 'telefon*', 'besked', 'chat*', 'send*'],
  orderKeywords: [
    'ordre', 'ordrenummer', 'ordrenr', 'bestilling', 'bestillingen', 'bestillingsnummer', 'booking', 'faktura',
    'fakturanummer', 'reference', 'referencenummer', 'kundenummer', 'sagsnummer',
  ],
  numberWords: ['nummer', 'nr'],
  streetAddresses: [
    '\\p{Lu}\\p{L}*(?:gade|vej|allé|stræde|torv|plads|boulevard|vænget|parken)\\s+\\d{1,4}(?:[ ]?[A-Z]|[a-z])?(?![\\p{L}\\p{N}])',
  ],
  allowedRepeats: ['det'],
};

const de: LanguageCheckData = {
  avoidPhrases: [
    'nicht unsere Verantwortung',
    'nicht in unserer Verantwortung',
    'Fehler notiert',
    'Fehler vermerkt',
    'der Kunde beschwert sich',
    'nicht unsere Schuld',
    'nicht unser Problem',
  ],
  greetings: ['hallo', 'hi', 'liebe', 'lieber', 'sehr geehrte*', 'guten tag', 'guten morgen', 'guten abend', 'moin', 'servus', 'grüß gott'],
  thanks: ['dank*', 'bedank*'],
  closings: [
    'mit freundlichen grüßen', 'freundliche grüße', 'viele grüße', 'beste grüße', 'liebe grüße', 'herzliche grüße',
    'schöne grüße', 'grüße', 'mfg', 'lg',
  ],
  teamWords: [
    'kundenservice', 'kundendienst', 'kundensupport', 'support', 'service', 'team', 'das', 'der', 'die', 'ihr',
    'ihre', 'dein', 'von', 'vom', 'bei', 'und', 'wir', 'uns', 'euer', 'shop', 'alle',
  ],
  nextSteps: [
    'kontaktier*', 'melden sie sich', 'melde dich', 'schreiben sie', 'schreib*', 'senden sie', 'schicken sie',
    'rufen sie', 'anruf*', 'e-mail', 'mail', 'wir werden', 'wir möchten', 'könnten sie', 'können sie', 'bitte',
    'kümmern uns', 'prüfen',
  ],
  privateChannels: [
    'e-mail', 'mail', 'kontaktier*', 'kontakt', 'melden sie sich', 'melde dich', 'schreiben sie', 'schreib*',
    'rufen sie', 'anruf*', 'telefon*', 'nachricht', 'direktnachricht', 'chat',
  ],
  orderKeywords: [
    'bestellung', 'bestellnummer', 'bestell-nr', 'auftrag', 'auftragsnummer', 'rechnung', 'rechnungsnummer',
    'buchung', 'buchungsnummer', 'referenz', 'referenznummer', 'kundennummer', 'sendungsnummer', 'vorgangsnummer',
  ],
  numberWords: ['nummer', 'nr'],
  streetAddresses: [
    '\\p{Lu}\\p{L}*(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer)\\s+\\d{1,4}(?:[ ]?[A-Z]|[a-z])?(?![\\p{L}\\p{N}])',
    '\\p{Lu}\\p{L}*\\s+(?:Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee)\\s+\\d{1,4}(?:[ ]?[A-Z]|[a-z])?(?![\\p{L}\\p{N}])',
  ],
  allowedRepeats: ['die', 'der', 'das'],
};

/** Check vocabulary for every language the app writes in. */
export const CHECK_DATA: Readonly<Record<UiLocale, LanguageCheckData>> = { en, sv, fr, da, de };
