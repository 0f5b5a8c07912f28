import { describe, expect, it } from 'vitest';
import { findSentiment } from '../../../src/domain/language/detect/sentiment';
import { indexText } from '../../../src/domain/language/textIndex';
import { guideReview } from './guideReview';

describe('several problems, announced or listed', () => {
  it.each([
    [
      'en',
      'Where do I start. The cover is grey and the shelf came without screws. The invoice is wrong too.',
      'where do i start',
    ],
    [
      'sv',
      'Var ska jag börja. Mattan har fel färg, skruvarna saknades och fakturan stämmer inte.',
      'var ska jag börja',
    ],
    ['da', 'Hvor skal jeg starte. Tæppet har forkert farve og skruerne manglede.', 'hvor skal jeg starte'],
    ['fr', "Plusieurs soucis avec cette commande : le tapis n'a pas la bonne taille.", 'plusieurs soucis'],
    ['de', 'Wo fange ich an. Die Farbe stimmt nicht und die Schrauben fehlten.', 'wo fange ich an'],
    ['en', 'Three mistakes on one order is a lot: wrong colour, no screws, and the invoice.', 'three mistakes'],
  ] as const)('%s: "%s" is a complex matter, showing "%s"', (language, text, evidence) => {
    const { reason, guidance } = guideReview(2, text, language);
    expect(guidance.recommendation).toBe('publicThenPrivate');
    expect(reason('complexMatter')?.evidence).toContain(evidence);
  });

  it('a numbered list of problems is several problems, shown by its numbers', () => {
    const { reason } = guideReview(
      2,
      'Bad experience: 1) the rug was the wrong size, 2) the courier left it at the neighbours.',
      'en',
    );
    expect(reason('complexMatter')?.evidence).toContain('1) … 2)');
  });

  it('a date or a price with a dot is no numbered list', () => {
    const { reason } = guideReview(
      3,
      'Delivered on the 2. of May, paid 1.5 times what I expected. Fine otherwise.',
      'en',
    );
    expect(reason('complexMatter')).toBeUndefined();
  });
});

describe('one matter chased, not several matters', () => {
  it.each([
    [
      'en',
      'I was charged twice for my sofa. Emailed on the 3rd and got an automatic reply. It has been 9 days. I want the second payment back.',
    ],
    [
      'da',
      'I har trukket pengene to gange på mit kort. Ingen svarer på mine mails. Har skrevet tre gange. Jeg vil have pengene retur.',
    ],
    [
      'de',
      'Bestellung storniert. Bestätigung bekommen. Bis heute kein Cent zurück. Der Kundenservice antwortet nicht.',
    ],
  ] as const)('%s: a charge chased by e-mail needs the order, but is no complex matter', (language, text) => {
    const { codes } = guideReview(1, text, language);
    expect(codes).toContain('personalData');
    expect(codes).not.toContain('complexMatter');
  });

  it('a long account of a problem is complex from 110 words; a long 3★ story without one is not', () => {
    const account =
      'We ordered the wardrobe in October and it was delivered on time. On Saturday we started the assembly. ' +
      'Step one was fine, step two was fine, step three was fine. At step five we found that the bag with the hinges was missing, ' +
      'and two of the four shelves as well. We counted everything again and checked every box, nothing. ' +
      'I called customer service on Monday morning, sent the photos they asked for the same day, and I have been waiting since. ' +
      'The wardrobe stands half built in the bedroom and our clothes are in bags on the floor of the hallway. ' +
      'I only want the parts to finish it.';
    expect(account.split(' ').length).toBeGreaterThanOrEqual(110);
    expect(guideReview(2, account, 'en').reason('complexMatter')?.wordCount).toBeGreaterThanOrEqual(110);
    const story = account
      .replace(/missing|waiting|nothing/g, 'there')
      .replace(/I only want the parts to finish it\./, 'I would happily order the same wardrobe again next year.');
    expect(guideReview(3, story, 'en').codes).not.toContain('complexMatter');
  });
});

describe('problem words that tell of no problem', () => {
  it.each([
    ['fr', "Le carton était tout enfoncé, j'ai eu peur ! Finalement rien de cassé, tout est nickel."],
    ['sv', 'Kartongen var tilltryckt men inget hade gått sönder.'],
    ['de', 'Der Karton war eingedrückt, aber nichts war kaputt.'],
    ['en', 'The box was a bit squashed but nothing inside was broken.'],
  ] as const)('%s: damage denied needs no order look-up', (language, text) => {
    const { codes, guidance } = guideReview(3, text, language);
    expect(codes).not.toContain('personalData');
    expect(guidance.recommendation).toBe('publicReply');
  });

  it('a wish in praise ("mangler bare Apple Pay") is no missing part', () => {
    const { codes } = guideReview(
      4,
      'Appen er blevet meget bedre. Mangler bare Apple Pay, så var det 5 stjerner.',
      'da',
    );
    expect(codes).not.toContain('personalData');
  });

  it('a missing part beside denied damage is still followed up', () => {
    const { reason } = guideReview(2, 'Nothing was broken, but two screws were missing.', 'en');
    expect(reason('personalData')?.evidence).toContain('missing');
  });

  it('"nulle part" (nowhere) is no insult; "nul" still is', () => {
    expect(guideReview(2, "Compatible variateur ou pas ? C'est marqué nulle part.", 'fr').codes).not.toContain(
      'strongDissatisfaction',
    );
    expect(guideReview(1, 'Service nul, livraison nulle.', 'fr').codes).toContain('strongDissatisfaction');
  });
});

describe('requests the order is needed for', () => {
  it.each([
    ['en', 'The duvet cover is grey instead of the sage green I ordered.'],
    ['en', 'The shelf came without the bag of screws.'],
    ['da', 'Leveringen er nu rykket for tredje gang, og sofaen er her stadig ikke.'],
    ['de', 'Das Regal wurde ohne Schrauben geliefert, und die Lieferung wurde zweimal verschoben.'],
    ['fr', "L'armoire est arrivée sans les charnières."],
    ['sv', 'Lampan kom utan skärm.'],
  ] as const)('%s: "%s" needs the order', (language, text) => {
    expect(guideReview(2, text, language).codes).toContain('personalData');
  });
});

describe('the kinds of the third independent set', () => {
  it.each([
    ['en', 'The third delivery attempt and once again nobody came.'],
    ['sv', 'Beställde en beige matta, fick en grå.'],
    ['da', 'Skal jeg selv betale returfragten, når det er jer der har sendt den forkerte?'],
    ['de', 'Dritter Versuch, dritte falsche Lieferung.'],
    ['fr', 'Commande NH-77120 toujours en préparation depuis 10 jours.'],
    ['de', 'wie kündige ich das abo, finde im konto keinen button'],
    ['sv', 'Hur säger man upp abonnemanget på kökshanddukarna'],
  ] as const)('%s: "%s" needs the order or the account', (language, text) => {
    expect(guideReview(2, text, language).codes).toContain('personalData');
  });

  it('"Few things." or "några saker:" announce several problems; "I ordered a few things" does not', () => {
    expect(
      guideReview(2, 'Few things. The colour is off. The site is slow. Support took 5 days.', 'en').reason(
        'complexMatter',
      )?.evidence,
    ).toContain('few things');
    expect(guideReview(3, 'Fint, men några saker: leveransen var sen och storleken fel.', 'sv').codes).toContain(
      'complexMatter',
    );
    expect(guideReview(2, 'I ordered a few things for the kitchen. It took a while.', 'en').codes).not.toContain(
      'complexMatter',
    );
  });

  it('an error message written out is a technical matter', () => {
    expect(guideReview(1, 'Jeg kan ikke logge ind. "Ugyldig adgangskode" hver gang.', 'da').codes).toContain(
      'complexMatter',
    );
  });

  it('a chased answer and a refund asked for make no second matter', () => {
    const text =
      'I returned a faulty lamp on 2 February. You confirmed receipt. I was promised a refund. Six weeks later no money and no answer.';
    expect(guideReview(1, text, 'en').codes).not.toContain('complexMatter');
  });

  it('everyday words of other languages are no problem areas ("snabb frakt", "bra kvalitet", "leveret")', () => {
    const { codes } = guideReview(
      3,
      'Snabb frakt och bra kvalitet på posten. Paketet kom fram. Kundeservice var trevlig. Men färgen var lite mörkare än på bilden.',
      'sv',
    );
    expect(codes).not.toContain('complexMatter');
    expect(
      guideReview(1, 'Glaspladen var knust da det blev leveret. Jeg vil have mine penge retur.', 'da').codes,
    ).toEqual(expect.not.arrayContaining(['complexMatter']));
  });

  it('a 3★ review whose problem was solved needs no private follow-up', () => {
    const { guidance } = guideReview(
      3,
      "Ma commande a été annulée, plus en stock. Remboursée en 3 jours, mais c'est dommage d'afficher « en stock ».",
      'fr',
    );
    expect(guidance.recommendation).toBe('publicReply');
    expect(
      guideReview(3, 'Der manglede to skruer, men de blev sendt til mig et par dage efter.', 'da').codes,
    ).not.toContain('personalData');
  });

  it.each([
    ['betalingen gik uden problemer', 'der var problemer med betalingen'],
    ['everything went through without any problems', 'there were problems with the payment'],
    ['alles lief ohne Probleme', 'es gab Probleme mit der Zahlung'],
  ])('"%s" tells of no problem; "%s" does', (denied, told) => {
    expect(findSentiment(indexText(denied)).problems).toEqual([]);
    expect(findSentiment(indexText(told)).problems.length).toBeGreaterThan(0);
  });
});

describe('the kinds of the held-back independent set', () => {
  it('"lækker" (lovely) in Danish praise is no leak; "Dritten" in German is no Norwegian swear word', () => {
    expect(guideReview(4, 'Lækker badekåbe, blød og tyk. Vælg en størrelse større.', 'da').codes).not.toContain(
      'personalData',
    );
    expect(guideReview(2, 'Handtücher nach dem dritten Waschen schon hart.', 'de').codes).not.toContain(
      'strongDissatisfaction',
    );
  });

  it('"Was für ein Saftladen" is strong dissatisfaction', () => {
    expect(guideReview(1, 'Was für ein Saftladen. Zweimal abgebucht.', 'de').codes).toContain('strongDissatisfaction');
  });

  it('a tag followed by a reason asks: "vous livrez en Belgique ou pas parce que …"', () => {
    expect(guideReview(3, 'vous livrez en Belgique ou pas parce que je trouve rien sur le site', 'fr').scenario).toBe(
      'question',
    );
    expect(
      guideReview(3, 'je ne sais pas si je le garde ou pas parce que la couleur est spéciale', 'fr').scenario,
    ).toBe('neutral');
  });

  it.each([
    ['de', 'Meine Lieferung ist seit zwei Wochen überfällig.'],
    ['fr', "Un mois que j'attends mon canapé, payé 1 290 €."],
    ['da', 'Betalt for tre uger siden og har intet modtaget.'],
    ['da', 'Nu er det lykkedes jer at sende mig den forkerte pendel.'],
    ['da', 'Jeg annullerede min ordre en time efter.'],
  ] as const)('%s: "%s" needs the order', (language, text) => {
    expect(guideReview(2, text, language).codes).toContain('personalData');
  });

  it.each([
    ['fr', "Mon colis est arrivé avec un vase cassé, j'ai envoyé une photo et ils m'ont remboursée le lendemain."],
    ['de', 'Eine Vase kam leider kaputt an. Foto geschickt, am nächsten Tag war das Geld schon zurück.'],
    ['sv', 'Fick först fel färg på plädet men när jag hörde av mig skickade de rätt färg direkt.'],
  ] as const)('%s: praise about a problem already solved needs nothing private', (language, text) => {
    expect(guideReview(5, text, language).guidance.recommendation).toBe('publicReply');
  });
});
