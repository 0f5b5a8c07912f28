import type { ReviewLanguage } from '../../../src/domain/types';

/** Short reviews in each supported language, one per thing the app must notice. */
export interface LanguageSamples {
  praise: string;
  /** Needs an order, address, payment or account to be solved. */
  personalData: string;
  /** A technical problem. */
  technical: string;
  /** Problems in three areas (delivery, product, service). */
  severalProblems: string;
  /** Strong words, with the word expected as evidence. */
  strong: string;
  strongWord: string;
  /** A threat, with the word expected as evidence. */
  threat: string;
  threatWord: string;
  /** A direct question to the business. */
  question: string;
  /** Advertising, as spam reviews write it. */
  promo: string;
  /** A review about something else. */
  unrelated: string;
  /** Plain criticism without strong words. */
  criticism: string;
}

export const SAMPLES: Record<ReviewLanguage, LanguageSamples> = {
  en: {
    praise: 'Great service and fast delivery. The staff were friendly and helpful, thank you!',
    personalData: 'I paid for my order two weeks ago and I am still waiting for a refund.',
    technical: 'The app keeps showing an error message when I try to pay.',
    severalProblems: 'The parcel was late, the jacket was damaged and customer service never replied.',
    strong: 'Total scam. Never again!',
    strongWord: 'scam',
    threat: 'If I do not get my money back I will contact my lawyer.',
    threatWord: 'lawyer',
    question: 'Can you tell me when the new collection arrives?',
    promo: 'Click here and use promo code SAVE50',
    unrelated: 'Sorry, wrong company.',
    criticism: 'Terrible and rude, very disappointing.',
  },
  sv: {
    praise: 'Jättebra service och snabb leverans. Personalen var trevlig och hjälpsam, tack så mycket!',
    personalData: 'Jag betalade för min beställning för två veckor sedan och väntar fortfarande på återbetalningen.',
    technical: 'Appen visar hela tiden ett felmeddelande när jag försöker betala.',
    severalProblems: 'Paketet kom försent, jackan var trasig och kundtjänst svarade aldrig.',
    strong: 'Rena bedrägeriet. Aldrig mer!',
    strongWord: 'bedrägeriet',
    threat: 'Får jag inte tillbaka pengarna kontaktar jag en advokat.',
    threatWord: 'advokat',
    question: 'Kan ni berätta när den nya kollektionen kommer?',
    promo: 'Klicka här och använd rabattkod SPARA50',
    unrelated: 'Förlåt, fel företag.',
    criticism: 'Dålig service, otrevlig personal, jag är besviken.',
  },
  fr: {
    praise: 'Très bon service et livraison rapide. Le personnel était aimable, merci beaucoup !',
    personalData: "J'ai payé ma commande il y a deux semaines et j'attends toujours le remboursement.",
    technical: "L'application affiche un message d'erreur à chaque fois que je veux payer.",
    severalProblems: 'Le colis est arrivé en retard, la veste était abîmée et le service client ne répond jamais.',
    strong: "C'est une arnaque. Plus jamais !",
    strongWord: 'arnaque',
    threat: 'Si je ne suis pas remboursé, je vais voir un avocat.',
    threatWord: 'avocat',
    question: 'Pouvez-vous me dire quand la nouvelle collection arrive ?',
    promo: 'Cliquez ici et utilisez le code promo SAVE50',
    unrelated: 'Pardon, mauvaise entreprise.',
    criticism: 'Service horrible, très déçu, produit mauvais.',
  },
  da: {
    praise: 'Rigtig god service og hurtig levering. Personalet var venlige og hjælpsomme, tak!',
    personalData: 'Jeg betalte for min ordre for to uger siden og venter stadig på at få pengene tilbage.',
    technical: 'Appen viser hele tiden en fejl, når jeg prøver at betale.',
    severalProblems: 'Pakken kom for sent, jakken var i stykker, og kundeservice svarer ikke.',
    strong: 'Det er det rene svindel. Aldrig igen!',
    strongWord: 'svindel',
    threat: 'Hvis jeg ikke får pengene tilbage, kontakter jeg en advokat.',
    threatWord: 'advokat',
    question: 'Kan I fortælle mig, hvornår den nye kollektion kommer?',
    promo: 'Klik her og brug rabatkode SPAR50',
    unrelated: 'Undskyld, forkert firma.',
    criticism: 'Dårlig service, jeg er meget skuffet og utilfreds.',
  },
  de: {
    praise: 'Toller Service und schnelle Lieferung. Die Mitarbeiter waren freundlich, vielen Dank!',
    personalData: 'Ich habe meine Bestellung vor zwei Wochen bezahlt und warte immer noch auf die Rückerstattung.',
    technical: 'Die App zeigt ständig eine Fehlermeldung, wenn ich bezahlen will.',
    severalProblems: 'Das Paket kam zu spät, die Jacke war beschädigt und der Kundenservice antwortet nicht.',
    strong: 'Reine Abzocke. Nie wieder!',
    strongWord: 'abzocke',
    threat: 'Wenn ich mein Geld nicht zurückbekomme, schalte ich einen Anwalt ein.',
    threatWord: 'anwalt',
    question: 'Können Sie mir sagen, wann die neue Kollektion kommt?',
    promo: 'Hier klicken und den Rabattcode SPAR50 nutzen',
    unrelated: 'Entschuldigung, falsche Firma.',
    criticism: 'Schlechter Service, ich bin sehr enttäuscht und unzufrieden.',
  },
  nl: {
    praise: 'Geweldige service en snelle levering. Het personeel was vriendelijk, bedankt!',
    personalData: 'Ik heb mijn bestelling twee weken geleden betaald en wacht nog steeds op mijn geld.',
    technical: 'De app geeft steeds een foutmelding als ik wil afrekenen.',
    severalProblems: 'Het pakket kwam te laat, de jas was beschadigd en de klantenservice reageert niet.',
    strong: 'Pure oplichting. Nooit meer!',
    strongWord: 'oplichting',
    threat: 'Als ik mijn geld niet terugkrijg, schakel ik een advocaat in.',
    threatWord: 'advocaat',
    question: 'Kunnen jullie me vertellen wanneer de nieuwe collectie komt?',
    promo: 'Klik hier en gebruik kortingscode SAVE50',
    unrelated: 'Sorry, dit is een test.',
    criticism: 'Slechte service, erg teleurgesteld en ontevreden.',
  },
  es: {
    praise: 'Excelente servicio y envío rápido. El personal fue muy amable, ¡muchas gracias!',
    personalData: 'Pagué mi pedido hace dos semanas y todavía espero el reembolso.',
    technical: 'La app muestra un error cada vez que intento pagar.',
    severalProblems: 'El paquete llegó con retraso, la chaqueta estaba rota y atención al cliente no responde.',
    strong: 'Es una estafa. ¡Nunca más!',
    strongWord: 'estafa',
    threat: 'Si no me devuelven el dinero, hablaré con un abogado.',
    threatWord: 'abogado',
    question: '¿Pueden decirme cuándo llega la nueva colección?',
    promo: 'Haz clic aquí y usa el código de descuento AHORRA50',
    unrelated: 'Perdón, esto es una prueba.',
    criticism: 'Servicio horrible, muy decepcionado e insatisfecho.',
  },
  no: {
    praise: 'Veldig god service og rask levering. Personalet var hyggelige, tusen takk!',
    personalData: 'Jeg betalte for bestillingen for to uker siden og venter fortsatt på pengene.',
    technical: 'Appen viser hele tiden en feilmelding når jeg prøver å betale.',
    severalProblems: 'Pakken kom for sent, jakken var ødelagt og kundeservice svarer ikke.',
    strong: 'Dette er ren svindel. Aldri igjen!',
    strongWord: 'svindel',
    threat: 'Hvis jeg ikke får pengene tilbake, kontakter jeg advokat.',
    threatWord: 'advokat',
    question: 'Kan dere fortelle meg når den nye kolleksjonen kommer?',
    promo: 'Klikk her og bruk rabattkode SPAR50',
    unrelated: 'Beklager, feil firma.',
    criticism: 'Dårlig service, jeg er veldig skuffet og misfornøyd.',
  },
  fi: {
    praise: 'Todella hyvä palvelu ja nopea toimitus. Henkilökunta oli ystävällistä, kiitos!',
    personalData: 'Maksoin tilaukseni kaksi viikkoa sitten ja odotan edelleen rahojani takaisin.',
    technical: 'Sovellus näyttää jatkuvasti virheilmoituksen, kun yritän maksaa.',
    severalProblems: 'Paketti tuli myöhässä, takki oli rikki eikä asiakaspalvelu vastaa.',
    strong: 'Täyttä huijausta. Ei ikinä enää!',
    strongWord: 'huijausta',
    threat: 'Jos en saa rahojani takaisin, otan yhteyttä asianajajaan.',
    threatWord: 'asianajajaan',
    question: 'Voitteko kertoa, milloin uusi mallisto tulee?',
    promo: 'Klikkaa tästä ja käytä alennuskoodi SAASTA50',
    unrelated: 'Anteeksi, väärä yritys.',
    criticism: 'Huono palvelu, olen pettynyt ja tyytymätön.',
  },
  it: {
    praise: 'Ottimo servizio e consegna veloce. Il personale è stato gentile, grazie mille!',
    personalData: 'Ho pagato il mio ordine due settimane fa e sto ancora aspettando il rimborso.',
    technical: "L'app mostra sempre un messaggio di errore quando provo a pagare.",
    severalProblems: 'Il pacco è arrivato in ritardo, la giacca era rotta e il servizio clienti non risponde.',
    strong: 'È una truffa. Mai più!',
    strongWord: 'truffa',
    threat: 'Se non mi restituite i soldi, mi rivolgerò a un avvocato.',
    threatWord: 'avvocato',
    question: 'Potete dirmi quando arriva la nuova collezione?',
    promo: 'Clicca qui e usa il codice sconto RISPARMIA50',
    unrelated: 'Scusate, azienda sbagliata.',
    criticism: 'Servizio scadente, sono deluso e insoddisfatto.',
  },
  pl: {
    praise: 'Świetna obsługa i szybka dostawa. Personel był bardzo miły, dziękuję!',
    personalData: 'Zapłaciłem za zamówienie dwa tygodnie temu i nadal czekam na zwrot pieniędzy.',
    technical: 'Aplikacja ciągle pokazuje błąd, gdy próbuję zapłacić.',
    severalProblems: 'Paczka przyszła z opóźnieniem, kurtka była uszkodzona, a obsługa klienta nie odpowiada.',
    strong: 'To jest oszustwo. Nigdy więcej!',
    strongWord: 'oszustwo',
    threat: 'Jeśli nie dostanę zwrotu pieniędzy, idę do prawnika.',
    threatWord: 'prawnika',
    question: 'Czy możecie mi powiedzieć, kiedy przyjdzie nowa kolekcja?',
    promo: 'Kliknij tutaj i użyj kodu rabatowego OSZCZEDZ50',
    unrelated: 'Przepraszam, zła firma.',
    criticism: 'Fatalna obsługa, jestem rozczarowany i niezadowolony.',
  },
};
