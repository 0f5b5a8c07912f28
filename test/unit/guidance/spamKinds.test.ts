import { describe, expect, it } from 'vitest';
import { classifyScenario } from '../../../src/domain/scenario/classifyScenario';
import type { ReviewLanguage, Stars } from '../../../src/domain/types';
import { makeReview, makeSettings } from '../../factories';

function classify(text: string, language: ReviewLanguage, companyName = 'Nordlys Home', stars: Stars = 5) {
  const settings = makeSettings({ companyName });
  return classifyScenario(makeReview({ stars, text, language, title: null }), settings);
}
const signal = (result: ReturnType<typeof classify>, code: string) => result.signals.find((s) => s.code === code);

describe('spam kinds the word lists know in every language', () => {
  it.each([
    ['en', 'testing 42 pls ignore'],
    ['en', 'test qwrtz hjklm'],
    ['sv', 'hej testar 7 asdfghjklö'],
    ['da', 'test jhgfds ølkjh'],
    ['fr', 'tester 12 ignorer svp'],
    ['de', 'testen bitte ignorieren 99'],
    ['de', 'test lkjhg poiuz'],
  ] as const)('takes "test" with numbers, filler or keyboard letters for a trial text (%s: %s)', (language, text) => {
    const result = classify(text, language);
    expect(result.scenario).toBe('spam');
    expect(signal(result, 'gibberish')).toEqual({ code: 'gibberish' });
  });

  it.each([
    ['en', 'Tested the pan for a month: heats evenly, easy to clean.'],
    ['da', 'Testet og godkendt af hele familien, flot lampe.'],
    ['de', 'Test bestanden: der Sessel ist bequem und die Lieferung war pünktlich.'],
    ['sv', 'Hej! Testar den nya mattan, supermjuk.'],
  ] as const)('keeps a review that only mentions testing a product (%s)', (language, text) => {
    expect(classify(text, language).scenario).toBe('positive');
  });

  it.each([
    ['en', 'Your online store deserves more visitors: our SEO and link building get you to page 1 of Google.', 'seo'],
    ['sv', 'Vill ditt företag synas högst upp på Google? Vi gör sökmotoroptimering och länkbygge.', 'synas högst upp'],
    ['da', 'Vil din webshop ligge øverst på Google? Vi tilbyder søgemaskineoptimering.', 'øverst på google'],
    ['fr', 'Votre boutique en ligne mérite plus de visiteurs : référencement et netlinking.', 'référencement'],
    ['de', 'Ihr Onlineshop könnte mehr Besucher haben, wir bringen Sie auf Seite 1 bei Google.', 'seite 1 bei google'],
  ] as const)('takes a sales pitch to the shop for advertising, without a link (%s)', (language, text, evidence) => {
    const result = classify(text, language);
    expect(result.scenario).toBe('spam');
    expect(signal(result, 'promotionalText')?.evidence?.toLowerCase()).toContain(evidence);
  });

  it.each([
    ['en', 'Your online shop is lovely, free shipping and a discount on my second order!'],
    ['de', 'Ihr Onlineshop ist super übersichtlich, kostenloser Versand und Rabatt beim zweiten Kauf.'],
    ['fr', 'Votre boutique en ligne est top, livraison gratuite et soldes géniales.'],
  ] as const)('does not take praise that addresses the shop for a pitch (%s)', (language, text) => {
    expect(classify(text, language).scenario).toBe('positive');
  });

  it.each([
    ['en', 'My insurer took months to settle the claim and the excess was doubled.', 'insurer'],
    ['en', 'Room was fine but the breakfast buffet was cold and the air con rattled.', 'breakfast buffet'],
    ['sv', 'Flyttfirman kom sent och tog extra betalt för tunga lyft.', 'flyttfirman'],
    ['sv', 'Trafikskolan ställde in körlektionerna hela tiden.', 'trafikskolan'],
    ['da', 'Flyselskabet aflyste mit fly og bagagen forsvandt.', 'flyselskabet'],
    ['fr', "Le véto n'a pas examiné mon chat, clinique à fuir.", 'véto'],
    ['fr', 'Coloriste incompétente, cheveux orange au lieu de blond.', 'coloriste'],
    ['de', 'Dr. Berg hat mir einen Weisheitszahn gezogen, das Praxisteam war lieb.', 'weisheitszahn'],
    ['de', 'Der Schlüsseldienst kam spät, ich war zwei Stunden ausgesperrt.', 'schlüsseldienst'],
    ['en', 'Stayed two nights, room was clean and the towels were fresh.', 'two nights'],
    ['sv', 'Vi bodde två nätter, rummet var rent men handdukarna var slitna.', 'två nätter'],
    ['de', 'Zwei Nächte übernachtet, das Zimmer war sauber, das Frühstück gut.', 'zwei nächte'],
  ] as const)('takes a review of another kind of business for irrelevant (%s)', (language, text, evidence) => {
    const result = classify(text, language, 'Nordlys Home', 2);
    expect(result.scenario).toBe('spam');
    expect(signal(result, 'otherBusiness')?.evidence?.toLowerCase()).toContain(evidence);
  });

  it.each([
    ['en', 'Hotel-quality sheets and towels, our bedroom feels like a spa.'],
    ['sv', 'Köpte lakan och handdukar till vårt hotell, hotellkänsla även hemma.'],
    ['da', 'Vi flyttede og købte sofa og gardiner, flyttefirmaet roste dem endda.'],
    ['de', 'Bettwäsche wie im Hotel, und der Teppich passt perfekt ins Wohnzimmer nach dem Umzug.'],
    ['en', 'Bought cushions for my nail salon, the clients love them.'],
  ] as const)('keeps a review of home goods that mentions another business (%s)', (language, text) => {
    expect(classify(text, language).scenario).toBe('positive');
  });

  it('keeps a review of a business of that kind on its own profile, also under a compound name', () => {
    expect(classify('Flyttgubbarna bar allt utan en repa, tunga lyft ingick.', 'sv', 'Snabbflytt AB').scenario).toBe(
      'positive',
    );
    expect(
      classify(
        'Die Fahrlehrerin war geduldig, nach 14 Fahrstunden hatte ich den Führerschein.',
        'de',
        'Fahrschule Krüger',
      ).scenario,
    ).toBe('positive');
  });
});

describe('spam kinds told by the work or the food, and businesses named for their kind', () => {
  it.each([
    ['en', 'Asked Tess for a trim, she took four inches off and charged £50 for a wash and cut.', 'wash and cut'],
    ['sv', 'Bokade klippning och slingor hos Sara, hon klippte av alldeles för mycket.', 'klippning'],
    ['da', 'Vask og klip hos Louise til 550 kr, og håret blev skævt.', 'vask og klip'],
    ['fr', 'Coupe courte ratée par Manon, et le brushing n’a pas tenu une heure.', 'coupe courte'],
    ['de', 'Haarschnitt bei Jana: die Strähnchen sind fleckig und das Föhnen dauerte ewig.', 'haarschnitt'],
  ] as const)('takes a review of a hairdresser told by the work for irrelevant (%s)', (language, text, evidence) => {
    const result = classify(text, language, 'Nordlys Home', 1);
    expect(result.scenario).toBe('spam');
    expect(signal(result, 'otherBusiness')?.evidence?.toLowerCase()).toContain(evidence);
  });

  it.each([
    ['en', 'The sushi was soggy and the burger arrived cold, never ordering from them again.', 'sushi'],
    ['sv', 'Pizzan var bränd och hamburgaren kom kall, aldrig mer.', 'hamburgaren'],
    ['da', 'Margherita uden ost og en burger der kom kold, elendigt pizzeria.', 'margherita'],
    ['fr', 'Kebab arrivé froid et les pizzas étaient brûlées, le livreur était en retard.', 'pizzas'],
    ['de', 'Über Lieferando bestellt, die Pizza kam kalt und der Burger war matschig.', 'burger'],
  ] as const)('takes a review of a takeaway told by the food for irrelevant (%s)', (language, text, evidence) => {
    const result = classify(text, language, 'Nordlys Home', 2);
    expect(result.scenario).toBe('spam');
    expect(signal(result, 'otherBusiness')?.evidence?.toLowerCase()).toContain(evidence);
  });

  it.each([
    ['da', 'sdfghjklæø'],
    ['de', 'qwertzuiop'],
    ['fr', 'azertyuiop !'],
    ['sv', 'ölkjhgfds'],
    ['en', 'asdf'],
  ] as const)('takes a single word of keyboard letters for gibberish (%s: %s)', (language, text) => {
    const result = classify(text, language, 'Nordlys Home', 1);
    expect(result.scenario).toBe('spam');
    expect(signal(result, 'gibberish')).toEqual({ code: 'gibberish' });
  });

  it.each([
    ['de', 'Wertvoll!'],
    ['en', 'Superb'],
    ['da', 'Fantastisk'],
    ['fr', 'Parfait 👍'],
    ['sv', 'Toppen'],
  ] as const)('keeps a one-word review with a keyboard run inside a real word (%s: %s)', (language, text) => {
    expect(classify(text, language).scenario).toBe('positive');
  });

  it.each([
    ['en', 'Lovely curtains, though the curtain trim came with a loose thread.'],
    ['en', 'The trim on the cushion is neat and the velvet is soft.'],
    ['sv', 'Pizzaugnen och pizzaspaden kom snabbt, första pizzan blev perfekt.'],
    ['da', 'Pizzastenen knækkede ikke i ovnen, pizzaen blev sprød. Margherita hver fredag nu!'],
    ['fr', 'Le four à pizza chauffe vite, la pizza est prête en deux minutes, margherita parfaite.'],
    ['de', 'Mit dem Pizzaofen gelingt jede Pizza, die Margherita war in 90 Sekunden fertig.'],
    ['en', 'Great rug, we eat pizza on it every Friday with a margherita and a film.'],
    ['sv', 'Soffan kom i tid, vi firade med pizza och sushi i nya soffan.'],
    ['da', 'Bordet er flot, vi spiste pizza og burger ved det den første aften.'],
    ['fr', 'Ma coupe en verre trône dans le salon, magnifique.'],
    ['de', 'Der Tisch ist toll, am ersten Abend gab es Pizza und Burger darauf.'],
  ] as const)(
    'keeps a review of home goods that shares words with hairdressers or takeaways (%s: %s)',
    (language, text) => {
      expect(classify(text, language).scenario).toBe('positive');
    },
  );

  it.each([
    ['fr', 'Cabinet du Dr Martin', 'Le détartrage était indolore et l’hygiéniste très douce.'],
    ['fr', 'Clinique Saint-Jean', 'Le médecin a pris le temps, et la salle d’attente était calme.'],
    ['de', 'Dr. Weber', 'Die Füllung hält, die Betäubung wirkte sofort und das Wartezimmer war ruhig.'],
    ['da', 'Tandlægeklinikken City', 'Fyldningen sidder perfekt og rodbehandlingen gjorde slet ikke ondt.'],
    ['sv', 'Klinik Norrsken', 'Läkaren lyssnade och väntrummet var lugnt, tack för hjälpen.'],
    ['en', 'Glow Hair Salon', 'Best balayage and a trim I have had, my highlights look natural.'],
    ['da', 'Frisør Lykke', 'Vask og klip på en halv time, og håret har aldrig set bedre ud.'],
    ['de', 'Pizzeria Bella', 'Die Margherita war knusprig, die Pizza kam heiß und der Burger auch.'],
  ] as const)(
    'keeps a review on the profile of a business named for its kind (%s: %s)',
    (language, companyName, text) => {
      expect(classify(text, language, companyName).scenario).toBe('positive');
    },
  );

  it('sees the kind of business in the ticket brand as well as in the company name', () => {
    const settings = makeSettings({ companyName: 'Nordlys Home' });
    const text = 'Le détartrage était indolore et l’hygiéniste très douce.';
    const onShop = classifyScenario(makeReview({ stars: 5, text, language: 'fr', title: null }), settings);
    const onPractice = classifyScenario(
      makeReview({ stars: 5, text, language: 'fr', title: null, brand: 'Cabinet Dentaire Sourire' }),
      settings,
    );
    expect(onShop.scenario).toBe('spam');
    expect(onPractice.scenario).toBe('positive');
  });
});
