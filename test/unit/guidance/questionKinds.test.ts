import { describe, expect, it } from 'vitest';
import type { GuidanceReason } from '../../../src/domain/guidance/types';
import { findQuestions } from '../../../src/domain/language/detect/questions';
import { guideReview as guide } from './guideReview';

const questionEvidence = (reasons: GuidanceReason[]) => reasons.find((r) => r.code === 'question')?.evidence;

describe('questions written without a question mark', () => {
  it.each([
    ['en', 'Beautiful rug, I was wondering whether it would work on underfloor heating'],
    ['en', "I'd like to know if the velvet armchair comes in rust as well"],
    ['en', 'Could you let me know when the ceramic vases are back'],
    ['sv', 'undrar hur man bäst tvättar linnegardinerna utan att de krymper'],
    ['sv', 'Hej, skulle vilja veta om bordet finns i ek också'],
    ['da', 'jeg vil gerne vide om sofaen kan leveres med andre ben'],
    ['da', 'Jeg tænkte på om I laver tæpperne i større størrelser'],
    ['fr', 'je me demande si les housses passent au sèche-linge'],
    ['fr', 'Pouvez-vous me dire si la lampe Ilda fonctionne avec des ampoules LED'],
    ['de', 'ich frage mich, ob die Kissenhüllen bei 60 Grad gewaschen werden können'],
    ['de', 'Könnt ihr mir sagen, ob der Sessel auch in Senfgelb kommt'],
  ] as const)('takes an indirect question for a question, with the sentence as evidence (%s: %s)', (language, text) => {
    const { scenario, guidance } = guide(4, text, language);
    expect(scenario).toBe('question');
    expect(questionEvidence(guidance.reasons)).toEqual([text]);
  });

  it.each([
    ['en', 'when will the linen duvet covers be back in stock'],
    ['en', 'how much does delivery to the Shetland islands cost'],
    ['sv', 'när kommer den gröna pläden tillbaka i lager'],
    ['sv', 'vad kostar frakten till Gotland'],
    ['da', 'hvornår får I puderne i rust igen'],
    ['da', 'hvad koster levering til Bornholm'],
    ['fr', 'à quand le retour du tapis berbère en 200x300'],
    ['fr', 'combien coûte la livraison en Corse'],
    ['de', 'wann gibt es die Leinenvorhänge wieder in Weiß'],
    ['de', 'was kostet der Versand nach Südtirol'],
  ] as const)('takes a question word with its verb for a question (%s: %s)', (language, text) => {
    const { scenario, guidance } = guide(5, text, language);
    expect(scenario).toBe('question');
    expect(questionEvidence(guidance.reasons)).toEqual([text]);
  });

  it.each([
    ['sv', 'levererar ni till Gotland också, vill beställa en fåtölj'],
    ['sv', 'Har ni presentkort'],
    ['da', 'sælger I også gavekort'],
    ['da', 'Leverer I til Sydslesvig'],
    ['fr', 'proposez-vous le montage à domicile'],
    ['fr', 'Existe-t-il une version plus grande du miroir'],
    ['de', 'habt ihr die Vase auch in Grün'],
    ['de', 'Liefern Sie auch nach Liechtenstein'],
  ] as const)('takes a verb-first question to "you" for a question (%s: %s)', (language, text) => {
    const { scenario } = guide(4, text, language);
    expect(scenario).toBe('question');
  });

  it.each([
    ['en', 'When the parcel came I unpacked it straight away, lovely colours.'],
    ['en', 'Does the job and looks smart in the hall.'],
    ['en', 'Where do I start. Gorgeous cushions, great throws, lovely lamps.'],
    ['sv', 'När soffan kom bar chauffören in den, väldigt trevligt.'],
    ['sv', 'Hoppas ni fortsätter så här, fin kvalitet.'],
    ['sv', 'När ni skickade den kom den på två dagar.'],
    ['da', 'Når jeg bestiller her kommer det altid hurtigt.'],
    ['da', 'Da pakken kom var alt pænt pakket ind.'],
    ['da', 'Passer i størrelsen og ser flot ud.'],
    ['fr', "Quand j'ai ouvert le carton, tout était parfaitement emballé."],
    ['fr', 'Faites-vous plaisir, les plaids sont superbes.'],
    ['de', 'Wenn ich hier bestelle, kommt alles schnell an.'],
    ['de', 'Als das Paket kam, war alles gut verpackt.'],
    ['de', 'Habe die Decke verschenkt. Gefällt ihr sehr.'],
    ['de', 'Wann immer ich hier bestelle, bin ich zufrieden.'],
  ] as const)('does not take a statement that only opens like a question for one (%s: %s)', (language, text) => {
    const { scenario, guidance } = guide(5, text, language);
    expect(scenario).toBe('positive');
    expect(questionEvidence(guidance.reasons)).toBeUndefined();
    expect(findQuestions(text, [language, 'en']).direct).toEqual([]);
  });
});

describe('rhetorical praise that looks back at the reviewer’s life', () => {
  it.each([
    ['en', 'Where have you been all my life? The bedding is heavenly.'],
    ['en', 'But where have you been all these years?? Love every lamp.'],
    ['sv', 'Var har ni varit hela mitt liv? Sängkläderna är underbara.'],
    ['da', 'Hvor har I været hele mit liv? Lamperne er smukke.'],
    ['fr', 'Mais où étiez-vous pendant tout ce temps ?? Les coussins sont sublimes.'],
    ['de', 'Wo wart ihr nur mein ganzes Leben? Die Kissen sind herrlich.'],
    ['de', 'Aber wo wart ihr die ganze Zeit? Tolle Bettwäsche.'],
  ] as const)('leaves it out of the questions in praise (%s: %s)', (language, text) => {
    const { scenario, guidance } = guide(5, text, language);
    expect(scenario).toBe('positive');
    expect(questionEvidence(guidance.reasons)).toBeUndefined();
  });

  it('keeps a question about the business’s own years in praise', () => {
    const { scenario } = guide(5, 'How long have you been making these rugs? They are wonderful.', 'en');
    expect(scenario).toBe('question');
  });
});

describe('a very dissatisfied reviewer’s question without a mark', () => {
  it.each([
    ['en', 'Total scam, never again. when will you answer my emails about the shipping fee'],
    ['sv', 'Värdelös service, aldrig mer. när tänker ni svara på mina mejl om fraktavgiften'],
    ['da', 'Elendig kundeservice, aldrig igen. hvornår svarer I på mine mails om fragtgebyret'],
    ['fr', 'Arnaque, plus jamais. je voudrais savoir quand vous répondrez à mes mails sur les frais de port'],
    ['de', 'Abzocke, nie wieder. wann beantwortet ihr endlich meine Mails zu den Versandkosten'],
  ] as const)('stays negative and shows the question (%s)', (language, text) => {
    const { scenario, guidance } = guide(1, text, language);
    expect(scenario).toBe('negative');
    expect(guidance.recommendation).toBe('publicThenPrivate');
    expect(questionEvidence(guidance.reasons)).toEqual([text.slice(text.indexOf('. ') + 2)]);
  });
});

describe('a question in a sarcastic complaint', () => {
  it('asks when its question word comes last ("vous comptez me rembourser quand ?")', () => {
    const text =
      'Bravo, quatrième colis perdu. Alors question simple : vous comptez me renvoyer le plaid quand, exactement ?';
    const found = findQuestions(text, ['fr', 'en'], { sarcasticComplaint: true });
    expect(found.direct).toEqual(['Alors question simple : vous comptez me renvoyer le plaid quand, exactement ?']);
  });

  it('does not ask in a sarcastic yes/no question ("Vous emballez avec les pieds ?")', () => {
    const found = findQuestions('Bravo, quatrième colis cassé. Vous emballez avec les pieds ?', ['fr', 'en'], {
      sarcasticComplaint: true,
    });
    expect(found.direct).toEqual([]);
  });
});

describe('a how-to question with a doubled mark in a 1–2★ review', () => {
  it.each([
    ['en', 'how do i reset the timer on the lamp?? the manual says nothing'],
    ['sv', 'hur stänger man av timern på lampan?? manualen säger ingenting'],
    ['da', 'hvordan nulstiller man timeren på lampen?? manualen siger intet'],
    ['fr', 'comment on règle la minuterie de la lampe ?? la notice ne sert à rien'],
    ['de', 'wie stelle ich den timer der lampe ein?? die anleitung hilft nicht'],
  ] as const)('is a question when the reviewer is not very dissatisfied (%s)', (language, text) => {
    const { scenario, guidance } = guide(1, text, language);
    expect(scenario).toBe('question');
    expect(questionEvidence(guidance.reasons)).toEqual([text.slice(0, text.indexOf('??') + 2)]);
  });

  it.each([
    ['sv', 'hur stänger man av timern?? bedrägeri, aldrig mer'],
    ['de', 'wie stelle ich den timer ein?? Abzocke, nie wieder'],
  ] as const)('stays negative when the reviewer is very dissatisfied (%s)', (language, text) => {
    const { scenario, guidance } = guide(1, text, language);
    expect(scenario).toBe('negative');
    expect(questionEvidence(guidance.reasons)).toEqual([text.slice(0, text.indexOf('??') + 2)]);
  });

  it.each([
    ['en', 'How much I paid for this lamp is embarrassing, it broke in a week.'],
    ['sv', 'Hur man än vrider på lampan blinkar den.'],
    ['de', 'Wie ich schon sagte, die Lampe flackert.'],
  ] as const)('does not take a statement with the same first words for one (%s: %s)', (language, text) => {
    expect(findQuestions(text, [language, 'en']).direct).toEqual([]);
  });
});

describe('a 2★ complaint that ends in a real question', () => {
  it.each([
    ['en', 'The bench wobbles on a flat floor. What should I tighten?'],
    ['sv', 'Bänken vinglar på plant golv. Vilken skruv ska jag dra åt?'],
    ['da', 'Bænken vipper på et plant gulv. Hvad gør jeg ved det?'],
    ['fr', "Le banc est bancal sur un sol plat. Qu'est-ce que je dois resserrer ?"],
    ['de', 'Die Bank wackelt auf ebenem Boden. Welche Schraube muss ich nachziehen?'],
  ] as const)('is a question with the question as evidence (%s)', (language, text) => {
    const { scenario, guidance } = guide(2, text, language);
    expect(scenario).toBe('question');
    expect(questionEvidence(guidance.reasons)).toEqual([text.slice(text.indexOf('. ') + 2)]);
  });
});

describe('a statement to "you" ending in "or not"', () => {
  it.each([
    ['en', 'Pretty vases. you deliver to Jersey or not'],
    ['sv', 'Snygga vaser. ni levererar till Gotland eller ej'],
    ['sv', 'Snygga vaser. ni levererar till Gotland eller?'],
    ['da', 'Flotte vaser. I leverer til Grønland eller ej'],
    ['fr', 'Jolis vases. vous expédiez à la Réunion ou pas'],
    ['de', 'Schöne Vasen. Sie liefern nach Südtirol oder nicht'],
  ] as const)('is a yes/no question, with or without its mark (%s: %s)', (language, text) => {
    const { scenario, guidance } = guide(3, text, language);
    expect(scenario).toBe('question');
    expect(questionEvidence(guidance.reasons)).toEqual([text.slice(text.indexOf('. ') + 2)]);
  });

  it.each([
    ['en', "The vase is bold, I can't decide if I like it or not"],
    ['sv', 'Vasen är speciell, vet inte om jag gillar den eller inte'],
    ['da', 'Vasen er speciel, ved ikke om jeg kan lide den eller ej'],
    ['fr', "Le vase est original, je ne sais pas si je l'aime ou pas"],
    ['de', 'Die Vase ist speziell, weiß nicht, ob sie mir gefällt oder nicht'],
  ] as const)('is no question without "you" in its first words (%s: %s)', (language, text) => {
    const { scenario, guidance } = guide(3, text, language);
    expect(scenario).toBe('neutral');
    expect(questionEvidence(guidance.reasons)).toBeUndefined();
  });
});

describe('a reported answer with a doubled mark', () => {
  it.each([
    ['en', 'Your support told me that I should order the whole set again??'],
    ['sv', 'Er kundtjänst svarade att jag skulle beställa hela setet igen??'],
    ['da', 'Jeres kundeservice svarede at jeg skulle bestille hele sættet igen??'],
    ['fr', "Votre service client m'a répondu que je devais recommander tout le lot ??"],
    ['de', 'Euer Kundenservice antwortete, dass ich das ganze Set neu bestellen soll??'],
  ] as const)('is disbelief, no question, in a 1★ review (%s)', (language, text) => {
    expect(findQuestions(text, [language, 'en']).direct).toEqual([]);
    const { scenario, guidance } = guide(1, text, language);
    expect(scenario).toBe('negative');
    expect(questionEvidence(guidance.reasons)).toBeUndefined();
  });

  it.each([
    ['en', 'Your support told me that I should order again. When will you refund the first order?'],
    ['da', 'Jeres kundeservice sagde at jeg skulle bestille igen. Hvornår får jeg pengene for den første?'],
  ] as const)('leaves the question after it a question (%s)', (language, text) => {
    expect(findQuestions(text, [language, 'en']).direct).toEqual([text.slice(text.indexOf('. ') + 2)]);
  });
});

describe('an indignant "how can one be so …?"', () => {
  it.each([
    ['en', 'How can anyone be so careless with a glass lamp?'],
    ['sv', 'Hur kan man vara så slarvig med en glaslampa?'],
    ['da', 'Hvordan kan man være så sjusket med en glaslampe?'],
    ['fr', 'Comment peut-on être aussi négligent avec une lampe en verre ?'],
    ['de', 'Wie kann man nur so nachlässig mit einer Glaslampe umgehen?'],
  ] as const)('is rhetorical, no question (%s)', (language, text) => {
    expect(findQuestions(text, [language, 'en']).direct).toEqual([]);
    const { scenario } = guide(2, text, language);
    expect(scenario).toBe('negative');
  });
});
