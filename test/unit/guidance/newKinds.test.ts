import { describe, expect, it } from 'vitest';
import type { GuidanceReason } from '../../../src/domain/guidance/types';
import { guideReview as guide } from './guideReview';

const reason = (reasons: GuidanceReason[], code: GuidanceReason['code']) => reasons.find((r) => r.code === code);
const codes = (reasons: GuidanceReason[]) => reasons.map((r) => r.code);

describe('kinds of evidence the rules know in every language', () => {
  it.each([
    ['en', 'Lovely rug. Order 55318 if you need it.', '55318'],
    ['sv', 'Fin matta. Ordernummer 55318 om ni behöver det.', '55318'],
    ['da', 'Flot tæppe. Ordre 55318 hvis I skal bruge det.', '55318'],
    ['fr', 'Joli tapis. Commande 55318 si besoin.', '55318'],
    ['de', 'Schöner Teppich. Bestellung 55318, falls nötig.', '55318'],
  ] as const)('takes an order number after its word for personal data (%s)', (language, text, number) => {
    const { guidance } = guide(3, text, language);
    expect(reason(guidance.reasons, 'personalData')).toMatchObject({ private: true, details: ['order'] });
    expect(reason(guidance.reasons, 'personalData')?.evidence).toContain(number);
  });

  it.each([
    ['en', 'Nice rug. I ordered it in 2024 and it still looks new.'],
    ['de', 'Toller Teppich. Meine Bestellung 2024 war schnell da, er sieht noch aus wie neu.'],
  ] as const)('does not take a year after the word for a number (%s)', (language, text) => {
    const { guidance } = guide(3, text, language);
    expect(codes(guidance.reasons)).not.toContain('personalData');
  });

  it.each([
    ['en', 'Sturdy shelf, but only received 3 of the 5 brackets.', 'only received 3 of'],
    ['sv', 'Stabil hylla, men fick bara tre konsoler av fem.', 'fick bara tre konsoler av'],
    ['da', 'Solid reol, men der manglede to beslag.', 'manglede'],
    ['fr', 'Étagère solide, mais il manquait deux équerres.', 'manquait'],
    ['de', 'Stabiles Regal, aber es fehlten zwei Winkel.', 'fehlten'],
  ] as const)('takes missing parts for a matter that needs the order (%s)', (language, text, evidence) => {
    const { guidance } = guide(3, text, language);
    expect(guidance.recommendation).toBe('publicThenPrivate');
    expect(reason(guidance.reasons, 'personalData')?.evidence).toContain(evidence);
  });

  it.each([
    ['en', 'Nice throw, but it had a hole in the hem.'],
    ['sv', 'Fin pläd, men den hade ett hål i fållen.'],
    ['da', 'Fint plaid, men der var hul i kanten.'],
    ['fr', "Joli plaid, mais il y avait un trou dans l'ourlet."],
    ['de', 'Schöne Decke, aber sie hatte ein Loch am Saum.'],
  ] as const)('takes damage on arrival in a 3★ review for personal data (%s)', (language, text) => {
    const { guidance } = guide(3, text, language);
    expect(codes(guidance.reasons)).toContain('personalData');
  });

  it.each([
    ['en', 'Do you sell replacement glass for the lamp? I broke it myself, my own fault.'],
    ['sv', 'Säljer ni nytt glas till lampan? Det gick sönder när jag städade, mitt eget fel.'],
    ['da', 'Sælger I nyt glas til lampen? Det gik i stykker, min egen skyld.'],
    ['fr', "Vendez-vous un verre de rechange pour la lampe ? Je l'ai fait tomber, il est cassé."],
    ['de', 'Verkaufen Sie Ersatzglas für die Lampe? Es ist kaputt, selbst schuld.'],
  ] as const)('needs no order for a spare part after damage the reviewer caused (%s)', (language, text) => {
    const { scenario, guidance } = guide(4, text, language);
    expect(scenario).toBe('question');
    expect(codes(guidance.reasons)).not.toContain('personalData');
  });

  it.each([
    ['en', "I can't get into my account after the new password rule.", 'can t get into my account'],
    ['sv', 'Jag kan inte komma in på mitt konto längre.', 'komma in på mitt konto'],
    ['da', 'Jeg kan ikke komme ind på min konto mere.', 'komme ind på min konto'],
    ['fr', "Impossible d'accéder à mon compte depuis hier.", 'accéder à mon compte'],
    ['de', 'Ich habe keinen Zugang zu meinem Konto mehr.', 'zugang zu meinem konto'],
  ] as const)('takes account access for personal data (%s)', (language, text, evidence) => {
    const { guidance } = guide(2, text, language);
    expect(reason(guidance.reasons, 'personalData')).toMatchObject({ details: ['account'] });
    expect(reason(guidance.reasons, 'personalData')?.evidence).toContain(evidence);
  });

  it.each([
    ['en', 'Two problems: the sofa cushions sag and the legs wobble. Otherwise fine.', 'two problems'],
    ['sv', 'Flera problem: kuddarna sjunker ihop och benen vickar.', 'flera problem'],
    ['da', 'Flere problemer: hynderne synker sammen og benene vipper.', 'flere problemer'],
    ['fr', 'Plusieurs problèmes : les coussins s’affaissent et les pieds bougent.', 'plusieurs problèmes'],
    ['de', 'Mehrere Probleme: die Kissen sacken ein und die Beine wackeln.', 'mehrere probleme'],
  ] as const)(
    'takes several announced problems for a complex matter, not advertising (%s)',
    (language, text, evidence) => {
      const { scenario, guidance } = guide(2, text, language);
      expect(scenario).toBe('negative');
      expect(reason(guidance.reasons, 'complexMatter')).toMatchObject({ details: ['severalProblems'] });
      expect(reason(guidance.reasons, 'complexMatter')?.evidence).toContain(evidence);
    },
  );

  it('does not take a complaint about a discount code box for advertising', () => {
    const { scenario } = guide(
      2,
      'The discount code field on the checkout page gave an error, and the delivery came a day late.',
      'en',
    );
    expect(scenario).toBe('negative');
  });

  it.each([
    ['en', 'Why did nobody tell me about you sooner? Best sheets ever.'],
    ['sv', 'Varför har ingen tipsat mig om er? Bästa lakanen någonsin.'],
    ['da', 'Hvorfor har ingen fortalt mig om jer? De bedste lagner.'],
    ['fr', 'Pourquoi personne ne m’a parlé de vous ? Les meilleurs draps.'],
    ['de', 'Warum hat mir niemand früher von euch erzählt? Die besten Laken.'],
  ] as const)('leaves out a rhetorical "why did nobody tell me" in praise (%s)', (language, text) => {
    expect(guide(5, text, language).scenario).toBe('positive');
  });

  it.each([
    ['sv', 'Jag har handlat här flera gånger men nu kom soffan trasig.'],
    ['en', 'I have ordered here several times but this time the sofa arrived broken.'],
  ] as const)('does not read buying again and again as repeated failures (%s)', (language, text) => {
    const { guidance } = guide(2, text, language);
    expect(codes(guidance.reasons)).not.toContain('strongDissatisfaction');
    expect(codes(guidance.reasons)).toContain('personalData');
  });

  it('reads "problemlos" as no problem in praise', () => {
    const { guidance } = guide(5, 'Danke für die schnelle Erstattung, alles lief problemlos.', 'de');
    expect(guidance.recommendation).toBe('publicReply');
  });

  it.each([
    ['test 1 2 3', 'en'],
    ['Test testing', 'en'],
    ['hjkdfs qwrtpl', 'sv'],
  ] as const)('takes a placeholder or letter soup for spam: %s', (text, language) => {
    const { scenario, signals } = guide(1, text, language);
    expect(scenario).toBe('spam');
    expect(signals.map((s) => s.code)).toContain('gibberish');
  });

  it('keeps a short real review that is not letter soup', () => {
    expect(guide(1, 'Never again', 'en').scenario).toBe('negative');
  });

  it('keeps a review about a clinic when the company is that clinic', () => {
    const text = 'The hygienist was gentle and the filling took ten minutes.';
    expect(guide(5, text, 'en', 'Smile Dental').scenario).toBe('positive');
    expect(guide(5, text, 'en', 'Nordlys Home').scenario).toBe('spam');
  });

  it('recognises a Danish review of a dentist sent to a home shop', () => {
    const { scenario } = guide(1, 'Tandlægen glemte bedøvelsen og plomben knækkede.', 'da');
    expect(scenario).toBe('spam');
  });
});
