import type { UiLocale } from '../../../src/domain/types';

/** Replies in one language: a clean one, and variants each showing one problem. */
export interface LanguageReplies {
  /** Greets Anna, thanks her, offers a next step by the company's e-mail, signed by Maja. */
  good: string;
  greetingWord: string;
  otherName: string;
  withoutGreeting: string;
  withoutThanks: string;
  companySigned: { text: string; signature: string };
  avoid: { text: string; phrase: string };
  /** Negative-review reply with no next step and no channel. */
  noNextStep: string;
  /** An anonymous reviewer's positive review, answered without a private channel. */
  anonymousNoChannel: string;
  repeated: { text: string; words: string };
  /** A word doubled correctly in this language, or null when the language has none. */
  allowedRepeat: string | null;
  orderNumber: { sentence: string; number: string };
  address: { sentence: string; address: string };
  email: string;
  phone: { sentence: string; number: string };
  placeholder: { sentence: string; placeholder: string };
  shouting: { sentence: string; word: string };
  /** The company's phone, written the local way: allowed. */
  companyPhone: string;
}

/** The sentences a problem is inserted into: after the greeting, before the rest. */
export function insertAfterGreeting(reply: string, sentence: string): string {
  const [greeting, ...rest] = reply.split('\n\n');
  return [greeting, `${sentence} ${rest[0] ?? ''}`, ...rest.slice(1)].join('\n\n');
}

export const REPLIES: Record<UiLocale, LanguageReplies> = {
  en: {
    good: 'Hi Anna,\n\nThank you for your honest feedback. We are sorry that your parcel arrived late; this is not the standard we aim for. Could you send an e-mail to help@nordichome.example? Then we will look into it straight away.\n\nKind regards,\nMaja',
    greetingWord: 'Hi',
    otherName:
      'Hi Maria,\n\nThank you for your honest feedback. Could you send an e-mail to help@nordichome.example?\n\nKind regards,\nMaja',
    withoutGreeting:
      'Thank you for your honest feedback. Could you send an e-mail to help@nordichome.example? Then we will look into it straight away.\n\nKind regards,\nMaja',
    withoutThanks:
      'Hi Anna,\n\nWe are sorry that your parcel arrived late. Could you send an e-mail to help@nordichome.example? Then we will look into it straight away.\n\nKind regards,\nMaja',
    companySigned: {
      text: 'Hi Anna,\n\nThank you for your feedback. Could you send an e-mail to help@nordichome.example?\n\nBest regards,\nNordic Home Customer Service',
      signature: 'Nordic Home Customer Service',
    },
    avoid: {
      text: 'Hi Anna,\n\nThank you for your review. Unfortunately, that is not our responsibility. Could you send an e-mail to help@nordichome.example?\n\nKind regards,\nMaja',
      phrase: 'not our responsibility',
    },
    noNextStep:
      'Hi Anna,\n\nThank you for your review. We are sorry that your parcel arrived late.\n\nKind regards,\nMaja',
    anonymousNoChannel:
      'Hello,\n\nThank you for your review. We are glad the sofa arrived on time.\n\nKind regards,\nMaja',
    repeated: {
      text: 'Hi Anna,\n\nThank you for the the feedback. Could you e-mail help@nordichome.example?\n\nKind regards,\nMaja',
      words: 'the the',
    },
    allowedRepeat:
      'Hi Anna,\n\nThank you. The parcel had had a long journey. Could you e-mail help@nordichome.example?\n\nKind regards,\nMaja',
    orderNumber: { sentence: 'We have checked your order number 48213.', number: '48213' },
    address: { sentence: 'We sent it to 12 Baker Street last week.', address: '12 Baker Street' },
    email: 'We have sent the refund to anna.svensson@example.org.',
    phone: { sentence: 'We tried to call you on 07700 900 123.', number: '07700 900 123' },
    placeholder: { sentence: 'We are sorry about [specific problem].', placeholder: '[specific problem]' },
    shouting: { sentence: 'We are VERY sorry.', word: 'VERY' },
    companyPhone: 'You can also call us on 08-123 456 78.',
  },
  sv: {
    good: 'Hej Anna,\n\nTack för din ärliga feedback. Vi beklagar att paketet kom fram för sent, det är inte den nivå vi strävar efter. Kan du skicka ett mejl till help@nordichome.example? Då tittar vi på det direkt.\n\nVänliga hälsningar,\nMaja',
    greetingWord: 'Hej',
    otherName:
      'Hej Maria,\n\nTack för din ärliga feedback. Kan du skicka ett mejl till help@nordichome.example?\n\nVänliga hälsningar,\nMaja',
    withoutGreeting:
      'Tack för din ärliga feedback. Kan du skicka ett mejl till help@nordichome.example? Då tittar vi på det direkt.\n\nVänliga hälsningar,\nMaja',
    withoutThanks:
      'Hej Anna,\n\nVi beklagar att paketet kom fram för sent. Kan du skicka ett mejl till help@nordichome.example? Då tittar vi på det direkt.\n\nVänliga hälsningar,\nMaja',
    companySigned: {
      text: 'Hej Anna,\n\nTack för din feedback. Kan du skicka ett mejl till help@nordichome.example?\n\nMed vänliga hälsningar,\nNordic Home Kundtjänst',
      signature: 'Nordic Home Kundtjänst',
    },
    avoid: {
      text: 'Hej Anna,\n\nTack för din recension. Tyvärr är det inte vårt ansvar. Kan du skicka ett mejl till help@nordichome.example?\n\nVänliga hälsningar,\nMaja',
      phrase: 'inte vårt ansvar',
    },
    noNextStep:
      'Hej Anna,\n\nTack för din recension. Vi beklagar att paketet kom fram för sent.\n\nVänliga hälsningar,\nMaja',
    anonymousNoChannel:
      'Hej,\n\nTack för din recension. Vad roligt att soffan kom fram i tid.\n\nVänliga hälsningar,\nMaja',
    repeated: {
      text: 'Hej Anna,\n\nTack för din feedback. Vi beklagar att att paketet var sent. Kan du mejla help@nordichome.example?\n\nVänliga hälsningar,\nMaja',
      words: 'att att',
    },
    allowedRepeat: null,
    orderNumber: { sentence: 'Vi har kollat ditt ordernummer 48213.', number: '48213' },
    address: { sentence: 'Vi skickade det till Storgatan 12 förra veckan.', address: 'Storgatan 12' },
    email: 'Vi har skickat återbetalningen till anna.svensson@example.org.',
    phone: { sentence: 'Vi försökte ringa dig på 070-123 45 67.', number: '070-123 45 67' },
    placeholder: { sentence: 'Vi beklagar [specifikt problem].', placeholder: '[specifikt problem]' },
    shouting: { sentence: 'Vi är VERKLIGEN ledsna.', word: 'VERKLIGEN' },
    companyPhone: 'Du kan också ringa oss på 08-123 456 78.',
  },
  fr: {
    good: "Bonjour Anna,\n\nMerci pour votre avis sincère. Nous sommes désolés que votre colis soit arrivé en retard, ce n'est pas le niveau de service que nous visons. Pourriez-vous nous écrire à help@nordichome.example ? Nous nous en occuperons tout de suite.\n\nBien cordialement,\nMaja",
    greetingWord: 'Bonjour',
    otherName:
      'Bonjour Maria,\n\nMerci pour votre avis sincère. Pourriez-vous nous écrire à help@nordichome.example ?\n\nBien cordialement,\nMaja',
    withoutGreeting:
      'Merci pour votre avis sincère. Pourriez-vous nous écrire à help@nordichome.example ? Nous nous en occuperons tout de suite.\n\nBien cordialement,\nMaja',
    withoutThanks:
      'Bonjour Anna,\n\nNous sommes désolés que votre colis soit arrivé en retard. Pourriez-vous nous écrire à help@nordichome.example ? Nous nous en occuperons tout de suite.\n\nBien cordialement,\nMaja',
    companySigned: {
      text: 'Bonjour Anna,\n\nMerci pour votre avis. Pourriez-vous nous écrire à help@nordichome.example ?\n\nCordialement,\nLe service client de Nordic Home',
      signature: 'Le service client de Nordic Home',
    },
    avoid: {
      text: 'Bonjour Anna,\n\nMerci pour votre avis. Malheureusement, ce n’est pas notre responsabilité. Pourriez-vous nous écrire à help@nordichome.example ?\n\nBien cordialement,\nMaja',
      phrase: 'n’est pas notre responsabilité',
    },
    noNextStep:
      'Bonjour Anna,\n\nMerci pour votre avis. Nous sommes désolés que votre colis soit arrivé en retard.\n\nBien cordialement,\nMaja',
    anonymousNoChannel:
      'Bonjour,\n\nMerci pour votre avis. Nous sommes ravis que le canapé vous plaise.\n\nBien cordialement,\nMaja',
    repeated: {
      text: 'Bonjour Anna,\n\nMerci pour votre avis. Nous sommes sommes désolés. Pourriez-vous nous écrire à help@nordichome.example ?\n\nBien cordialement,\nMaja',
      words: 'sommes sommes',
    },
    allowedRepeat:
      'Bonjour Anna,\n\nMerci pour votre avis. Nous nous excusons pour ce retard. Pourriez-vous nous écrire à help@nordichome.example ?\n\nBien cordialement,\nMaja',
    orderNumber: { sentence: 'Nous avons vérifié votre commande n° 48213.', number: '48213' },
    address: {
      sentence: 'Nous l’avons envoyé au 12 rue de la Paix la semaine dernière.',
      address: '12 rue de la Paix',
    },
    email: 'Nous avons envoyé le remboursement à anna.svensson@example.org.',
    phone: { sentence: 'Nous avons essayé de vous appeler au 06 98 76 54 32.', number: '06 98 76 54 32' },
    placeholder: { sentence: 'Nous sommes désolés pour [problème précis].', placeholder: '[problème précis]' },
    shouting: { sentence: 'Nous sommes VRAIMENT désolés.', word: 'VRAIMENT' },
    companyPhone: 'Vous pouvez aussi nous appeler au +46 8 123 456 78.',
  },
  da: {
    good: 'Hej Anna,\n\nTak for din ærlige feedback. Vi beklager, at din pakke kom for sent – det er ikke den standard, vi stræber efter. Vil du sende en e-mail til help@nordichome.example? Så ser vi på det med det samme.\n\nVenlig hilsen\nMaja',
    greetingWord: 'Hej',
    otherName:
      'Hej Maria,\n\nTak for din ærlige feedback. Vil du sende en e-mail til help@nordichome.example?\n\nVenlig hilsen\nMaja',
    withoutGreeting:
      'Tak for din ærlige feedback. Vil du sende en e-mail til help@nordichome.example? Så ser vi på det med det samme.\n\nVenlig hilsen\nMaja',
    withoutThanks:
      'Hej Anna,\n\nVi beklager, at din pakke kom for sent. Vil du sende en e-mail til help@nordichome.example? Så ser vi på det med det samme.\n\nVenlig hilsen\nMaja',
    companySigned: {
      text: 'Hej Anna,\n\nTak for din feedback. Vil du sende en e-mail til help@nordichome.example?\n\nVenlig hilsen\nNordic Home Kundeservice',
      signature: 'Nordic Home Kundeservice',
    },
    avoid: {
      text: 'Hej Anna,\n\nTak for din anmeldelse. Det er desværre ikke vores ansvar. Vil du sende en e-mail til help@nordichome.example?\n\nVenlig hilsen\nMaja',
      phrase: 'ikke vores ansvar',
    },
    noNextStep: 'Hej Anna,\n\nTak for din anmeldelse. Vi beklager, at din pakke kom for sent.\n\nVenlig hilsen\nMaja',
    anonymousNoChannel: 'Hej,\n\nTak for din anmeldelse. Hvor dejligt, at sofaen kom til tiden.\n\nVenlig hilsen\nMaja',
    repeated: {
      text: 'Hej Anna,\n\nTak for din feedback. Vi er er kede af det. Vil du sende en e-mail til help@nordichome.example?\n\nVenlig hilsen\nMaja',
      words: 'er er',
    },
    allowedRepeat:
      'Hej Anna,\n\nTak for din feedback. Er det det, du mener? Vil du sende en e-mail til help@nordichome.example?\n\nVenlig hilsen\nMaja',
    orderNumber: { sentence: 'Vi har tjekket dit ordrenummer 48213.', number: '48213' },
    address: { sentence: 'Vi sendte den til Nørregade 12 i sidste uge.', address: 'Nørregade 12' },
    email: 'Vi har sendt tilbagebetalingen til anna.svensson@example.org.',
    phone: { sentence: 'Vi prøvede at ringe til dig på 20 12 34 56.', number: '20 12 34 56' },
    placeholder: { sentence: 'Vi beklager [konkret problem].', placeholder: '[konkret problem]' },
    shouting: { sentence: 'Vi er VIRKELIG kede af det.', word: 'VIRKELIG' },
    companyPhone: 'Du kan også ringe til os på +46 8 123 456 78.',
  },
  de: {
    good: 'Hallo Anna,\n\nvielen Dank für Ihre ehrliche Rückmeldung. Es tut uns leid, dass Ihr Paket zu spät angekommen ist – das entspricht nicht unserem Anspruch. Könnten Sie uns eine E-Mail an help@nordichome.example schreiben? Dann kümmern wir uns sofort darum.\n\nViele Grüße\nMaja',
    greetingWord: 'Hallo',
    otherName:
      'Hallo Maria,\n\nvielen Dank für Ihre ehrliche Rückmeldung. Könnten Sie uns eine E-Mail an help@nordichome.example schreiben?\n\nViele Grüße\nMaja',
    withoutGreeting:
      'Vielen Dank für Ihre ehrliche Rückmeldung. Könnten Sie uns eine E-Mail an help@nordichome.example schreiben? Dann kümmern wir uns sofort darum.\n\nViele Grüße\nMaja',
    withoutThanks:
      'Hallo Anna,\n\nes tut uns leid, dass Ihr Paket zu spät angekommen ist. Könnten Sie uns eine E-Mail an help@nordichome.example schreiben? Dann kümmern wir uns sofort darum.\n\nViele Grüße\nMaja',
    companySigned: {
      text: 'Hallo Anna,\n\nvielen Dank für Ihre Rückmeldung. Könnten Sie uns eine E-Mail an help@nordichome.example schreiben?\n\nMit freundlichen Grüßen\nIhr Nordic Home Kundenservice',
      signature: 'Ihr Nordic Home Kundenservice',
    },
    avoid: {
      text: 'Hallo Anna,\n\nvielen Dank für Ihre Bewertung. Das liegt leider nicht in unserer Verantwortung. Könnten Sie uns eine E-Mail an help@nordichome.example schreiben?\n\nViele Grüße\nMaja',
      phrase: 'nicht in unserer Verantwortung',
    },
    noNextStep:
      'Hallo Anna,\n\nvielen Dank für Ihre Bewertung. Es tut uns leid, dass Ihr Paket zu spät angekommen ist.\n\nViele Grüße\nMaja',
    anonymousNoChannel:
      'Hallo,\n\nvielen Dank für Ihre Bewertung. Schön, dass das Sofa pünktlich angekommen ist.\n\nViele Grüße\nMaja',
    repeated: {
      text: 'Hallo Anna,\n\nvielen Dank für Ihre Rückmeldung. Es tut uns uns leid. Könnten Sie uns eine E-Mail an help@nordichome.example schreiben?\n\nViele Grüße\nMaja',
      words: 'uns uns',
    },
    allowedRepeat:
      'Hallo Anna,\n\nvielen Dank an alle, die die Umfrage ausgefüllt haben. Könnten Sie uns eine E-Mail an help@nordichome.example schreiben?\n\nViele Grüße\nMaja',
    orderNumber: { sentence: 'Wir haben Ihre Bestell-Nr. AB-48213 geprüft.', number: 'AB-48213' },
    address: { sentence: 'Wir haben es letzte Woche an die Hauptstraße 12 geschickt.', address: 'Hauptstraße 12' },
    email: 'Wir haben die Erstattung an anna.svensson@example.org geschickt.',
    phone: { sentence: 'Wir haben versucht, Sie unter 0171 9876543 anzurufen.', number: '0171 9876543' },
    placeholder: { sentence: 'Es tut uns leid wegen [konkretes Problem].', placeholder: '[konkretes Problem]' },
    shouting: { sentence: 'Es tut uns WIRKLICH leid.', word: 'WIRKLICH' },
    companyPhone: 'Sie erreichen uns auch telefonisch unter +46 8 123 456 78.',
  },
};
