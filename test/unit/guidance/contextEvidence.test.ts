import { describe, expect, it } from 'vitest';
import { buildGuidance } from '../../../src/domain/guidance/buildGuidance';
import type { GuidanceReason } from '../../../src/domain/guidance/types';
import { detectLanguage } from '../../../src/domain/language/detectLanguage';
import { findLinks } from '../../../src/domain/language/links';
import { classifyScenario } from '../../../src/domain/scenario/classifyScenario';
import { normalizeTicket } from '../../../src/domain/ticket';
import type { ReviewLanguage, Stars } from '../../../src/domain/types';
import { makeReview, makeSettings } from '../../factories';

const NOW = new Date('2025-05-01T12:00:00Z');
const SETTINGS = makeSettings({ companyName: 'Nordlys Home' });

function guide(
  stars: Stars,
  text: string,
  language: ReviewLanguage = 'en',
  extra: Parameters<typeof makeReview>[0] = {},
) {
  const review = makeReview({ stars, text, language, ...extra });
  const { scenario, signals } = classifyScenario(review, SETTINGS);
  return { scenario, signals, guidance: buildGuidance(review, scenario, SETTINGS, NOW) };
}
const reasonOf = (reasons: GuidanceReason[], code: GuidanceReason['code']) => reasons.find((r) => r.code === code);

describe('a private follow-up needs evidence in context', () => {
  it.each([
    ['en', 'I order here every month, never a problem.'],
    ['en', 'Nice trainers, but order half a size up.'],
    ['sv', 'Långsamt, men det kom fram till slut. Paketet var helt.'],
    ['da', 'Langsomt, men pakken kom frem. Mit abonnement fortsætter.'],
    ['fr', 'Lent, mais le colis est arrivé. Je commande souvent sur le site.'],
    ['de', 'Langsam, aber das Paket kam an. Die App und mein Konto funktionieren.'],
  ] as const)('a noun or the verb "order" alone is no reason (%s: %s)', (language, text) => {
    const { guidance } = guide(2, text, language);
    expect(guidance.recommendation).toBe('publicReply');
    expect(guidance.reasons.map((r) => r.code)).toEqual(['generalFeedback']);
  });

  it('names the request that needs the order, and the order number written out', () => {
    const { guidance } = guide(1, 'The vase arrived shattered. Order 48213377, I want a replacement.');
    expect(reasonOf(guidance.reasons, 'personalData')).toMatchObject({
      private: true,
      details: ['order'],
      evidence: ['shattered', 'replacement', '48213377'],
    });
  });

  it('takes a refund as payment details looked up through the order', () => {
    const { guidance } = guide(2, 'Wo bleibt meine Rückerstattung?', 'de');
    expect(reasonOf(guidance.reasons, 'personalData')).toMatchObject({
      details: ['order', 'payment'],
      evidence: ['rückerstattung'],
    });
  });

  it('sees an error code as a technical matter, with the code as evidence', () => {
    const { guidance } = guide(2, 'Checkout fails with Error 502 every time.');
    expect(reasonOf(guidance.reasons, 'complexMatter')).toMatchObject({
      details: ['technical'],
      evidence: expect.arrayContaining(['Error 502']) as unknown,
    });
  });

  it('sees sarcasm and repeated failures as strong dissatisfaction, showing the words', () => {
    const { scenario, guidance } = guide(1, 'Great, third broken parcel in a row. Do you even pack these things?');
    expect(scenario).toBe('negative');
    const strong = reasonOf(guidance.reasons, 'strongDissatisfaction');
    expect(strong?.details).toEqual(['repeatedFailures', 'sarcasm']);
    expect(strong?.evidence).toEqual(['in a row', 'Great, third broken parcel in a row.']);
    expect(reasonOf(guidance.reasons, 'question')).toBeUndefined();
  });

  it('does not read loyalty in praise as repeated failures', () => {
    expect(guide(5, 'Third order this year and every time it just works.').guidance.recommendation).toBe('publicReply');
  });
});

describe('questions', () => {
  it('sees a German modal question as a question', () => {
    const { scenario, guidance } = guide(
      2,
      'Der Tisch kam mit einer Delle an. Muss ich ihn selbst zurückschicken?',
      'de',
    );
    expect(scenario).toBe('question');
    expect(reasonOf(guidance.reasons, 'question')?.evidence).toEqual(['Muss ich ihn selbst zurückschicken?']);
    expect(guidance.recommendation).toBe('publicThenPrivate');
  });

  it.each([
    ['fr', 'Pourquoi je ne vous ai pas découverts plus tôt ? Des draps magnifiques.'],
    ['en', 'What more could you want? Quality and speed.'],
    ['de', 'Wie schafft ihr es, so schnell zu sein? Toll!'],
  ] as const)('leaves out a rhetorical question in praise (%s)', (language, text) => {
    const { scenario, guidance } = guide(5, text, language);
    expect(scenario).toBe('positive');
    expect(guidance.reasons.map((r) => r.code)).toEqual(['positiveFeedback']);
  });

  it('reads a Danish question to the business written with "I"', () => {
    expect(guide(4, 'Elsker tæppet! Sælger I det også i 200 x 300?', 'da').scenario).toBe('question');
  });

  it('reads a French question by inversion', () => {
    expect(guide(4, "J'adore le tapis ! Existe-t-il aussi en 200 x 300 ?", 'fr').scenario).toBe('question');
  });
});

describe('spam and reviews about another business', () => {
  it('finds short links and domains written without a scheme, not e-mail domains', () => {
    expect(
      findLinks('Click bit.ly/3xQp9Zz or visit cheap-furniture.shop today, mail anna@example.com, e.g. 3.5'),
    ).toEqual(['bit.ly/3xQp9Zz', 'cheap-furniture.shop']);
  });

  it('takes a bare short link for spam and names it', () => {
    const { scenario, signals } = guide(5, 'Amazing deals bit.ly/3xQp9Zz', 'en', { links: ['bit.ly/3xQp9Zz'] });
    expect(scenario).toBe('spam');
    expect(signals[0]).toEqual({ code: 'promotionalLink', evidence: 'bit.ly' });
  });

  it('sees German sales phrases as advertising', () => {
    const { scenario, guidance } = guide(5, 'Jetzt bestellen! Kostenloser Versand und Rabatt nur heute.', 'de');
    expect(scenario).toBe('spam');
    expect(guidance.reasons[0]).toMatchObject({
      code: 'spam',
      details: ['promotion'],
      evidence: ['jetzt bestellen', 'rabatt', 'kostenloser versand', 'nur heute'],
    });
  });

  it('leaves a genuine review that mentions free shipping alone', () => {
    expect(guide(5, 'Who doesn’t love free shipping? Great towels.').scenario).toBe('positive');
  });

  it("does not take the business's own site for a foreign link", () => {
    expect(
      guide(5, 'Ordered on nordlyshome.se, arrived in two days.', 'en', { links: ['nordlyshome.se'] }).scenario,
    ).toBe('positive');
  });

  it('recognises a review meant for a dentist when the company name is known', () => {
    const text = 'Best dentist ever, the filling did not hurt at all.';
    const { scenario, signals } = guide(5, text);
    expect(scenario).toBe('spam');
    expect(signals[0]).toEqual({ code: 'otherBusiness', evidence: 'dentist, filling' });
    // Without a company name or brand nothing is inferred…
    const unknown = makeReview({ stars: 5, text });
    expect(classifyScenario(unknown, { companyName: '' }).scenario).toBe('positive');
    // …and a dental clinic's own review is about it.
    const clinic = makeReview({ stars: 5, text, brand: 'Smile Dental' });
    expect(classifyScenario(clinic, { companyName: '' }).scenario).toBe('positive');
  });

  it("uses the ticket's brand, and a review naming the business is about it", () => {
    const review = makeReview({
      stars: 1,
      text: 'The garage charged me for new brakes and the car still squeaks.',
      brand: 'Nordlys Home',
    });
    expect(classifyScenario(review).scenario).toBe('spam');
    const named = makeReview({
      stars: 1,
      text: 'Nordlys Home sent a lamp for my salon, the car park was full.',
      brand: 'Nordlys Home',
    });
    expect(classifyScenario(named).scenario).toBe('negative');
  });

  it("reads the brand's name from the ticket", () => {
    expect(normalizeTicket({ brand: { id: 1, name: ' Nordlys Home ' } }).brand).toBe('Nordlys Home');
    expect(normalizeTicket({}).brand).toBeUndefined();
  });
});

describe('Danish and Swedish', () => {
  it.each([
    ['Min pakke er aldrig kommet frem, og sporingen står stille.', 'da'],
    ['Min ordre kom uden skruerne til hylden.', 'da'],
    ['Mitt paket har aldrig kommit fram och spårningen står still.', 'sv'],
    ['Jag är väldigt nöjd med köpet.', 'sv'],
  ] as const)('tells %s apart', (text, language) => {
    expect(detectLanguage(text, 'en')).toEqual({ language, detected: true });
  });
});

describe('evidence read in its context', () => {
  it('needs no private follow-up for praise about a problem already solved, in every language', () => {
    for (const [language, text] of [
      ['en', 'Had an issue with a damaged lamp but they sent a replacement within days. Great!'],
      ['sv', 'Lampan kom skadad men de skickade en ny direkt. Toppen!'],
      ['da', 'Lampen var beskadiget, men de sendte en ny med det samme. Super!'],
      ['fr', "Lampe abîmée, mais le service client m'en a renvoyé une tout de suite. Top !"],
      ['de', 'Die Lampe war beschädigt, aber sie haben sofort Ersatz geschickt. Top!'],
    ] as const) {
      const { guidance } = guide(5, text, language);
      expect(guidance.recommendation, text).toBe('publicReply');
    }
    // Still open: the praise does not hide it.
    const open = guide(4, 'Nice lamp, but unfortunately it arrived damaged.').guidance;
    expect(reasonOf(open.reasons, 'personalData')?.evidence).toEqual(['arrived damaged', 'damaged']);
  });

  it('finds a request with words in between and shows the words as written', () => {
    const { guidance } = guide(1, 'ABZOCKE! 600 € bezahlt, nie etwas bekommen.', 'de');
    expect(reasonOf(guidance.reasons, 'personalData')?.evidence).toContain('nie etwas bekommen');
    const invoice = guide(2, 'Fourth time I write about the same wrong invoice.').guidance;
    expect(reasonOf(invoice.reasons, 'personalData')?.evidence).toContain('wrong invoice');
  });

  it('takes thanks for a problem in a complaint for sarcasm, and thanks for help for thanks', () => {
    const sarcastic = guide(1, 'Thanks a lot for the cracked mirror, again.').guidance;
    expect(reasonOf(sarcastic.reasons, 'strongDissatisfaction')?.evidence).toEqual([
      'Thanks a lot for the cracked mirror',
    ]);
    const polite = guide(2, 'Thanks for the quick reply, but the mirror is still cracked.').guidance;
    expect(reasonOf(polite.reasons, 'strongDissatisfaction')).toBeUndefined();
  });

  it('leaves out rhetorical questions in praise and in sarcasm, keeps the ones that ask', () => {
    expect(guide(5, 'Wo wart ihr nur mein ganzes Leben? Traumhafte Kissen.', 'de').scenario).toBe('positive');
    expect(guide(5, 'Comment ai-je pu vivre sans vos coussins ? Magnifiques.', 'fr').scenario).toBe('positive');
    expect(guide(4, 'Gibt es den Esstisch auch in 220 cm Länge?', 'de').scenario).toBe('question');
    const sarcasm = guide(1, 'Super, schon die dritte Vase in Scherben. Packt ihr die Kartons mit dem Hammer?', 'de');
    expect(reasonOf(sarcasm.guidance.reasons, 'question')).toBeUndefined();
    const asks = guide(1, 'Great, the third broken vase in a row. When will I get my money back?');
    expect(reasonOf(asks.guidance.reasons, 'question')?.evidence).toEqual(['When will I get my money back?']);
  });

  it('recognises a review of another kind of business by its words, unless it names the company', () => {
    expect(guide(1, 'Dyrlægen var stresset, og min hund fik ikke den rigtige vaccine.', 'da').scenario).toBe('spam');
    // "Home" of "Nordlys Home" is a common word: it does not name the company.
    expect(guide(5, 'The dentist was gentle, the filling did not hurt and I went home happy.').scenario).toBe('spam');
    expect(
      guide(5, 'The dentist at Nordlys? No, the sofa from Nordlys is what I meant, and the filling is soft.').scenario,
    ).not.toBe('spam');
    expect(guide(5, 'Bought a mirror for my hair salon from Nordlys Home, the clients love it.').scenario).toBe(
      'positive',
    );
  });
});
