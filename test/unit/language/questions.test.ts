import { describe, expect, it } from 'vitest';
import { findQuestions } from '../../../src/domain/language/detect/questions';
import type { ReviewLanguage } from '../../../src/domain/types';

describe('findQuestions openers', () => {
  it.each([
    ['de', 'Kann man die Ersatzteile auch einzeln nachbestellen?'],
    ['de', 'Kann ich die Lieferadresse noch ändern?'],
    ['de', 'Könnt ihr mir das Datum bestätigen?'],
    ['de', 'Können Sie mir das Datum bestätigen?'],
    ['de', 'Wird es die Jacke bald wieder in Größe M geben?'],
    ['de', 'Gibt es die Jacke auch in Blau?'],
    ['sv', 'Kan man beställa fler reservdelar?'],
    ['sv', 'Går det att byta storlek i efterhand?'],
    ['da', 'Kan man bestille flere reservedele?'],
    ['da', 'Er det muligt at bytte størrelse bagefter?'],
    ['fr', 'Peut-on commander des pièces détachées ?'],
    ['fr', 'Est-il possible de changer la taille après coup ?'],
    ['en', 'Can I order spare parts separately?'],
    ['en', 'Is it possible to change the size afterwards?'],
  ] as const)('takes a %s question opening "%s" for a direct question', (language: ReviewLanguage, sentence) => {
    expect(findQuestions(sentence, [language])).toEqual({ direct: [sentence], other: [] });
  });

  it.each([
    ['de', 'Kann ich euch nur empfehlen'],
    ['sv', 'Kan man bara rekommendera till er'],
    ['da', 'Kan man kun anbefale jer'],
    ['en', 'Can I just say you are brilliant'],
  ] as const)(
    'does not take a %s statement opening with a modal verb for a question: "%s"',
    (language: ReviewLanguage, sentence) => {
      expect(findQuestions(sentence, [language])).toEqual({ direct: [], other: [] });
    },
  );

  it('still takes an addressed request without a question mark for a question', () => {
    expect(findQuestions('Könnt ihr mir sagen, wann die Ware kommt', ['de']).direct).toEqual([
      'Könnt ihr mir sagen, wann die Ware kommt',
    ]);
  });
});

describe('findQuestions by the shape of the question', () => {
  it.each([
    ['en', 'Why did nobody tell me about this shop years ago?'],
    ['sv', 'Hur har jag kunnat missa er så länge?'],
    ['sv', 'Fina priser och vem gillar inte fri frakt?'],
    ['fr', 'Comment ai-je pu vivre sans vos coussins ?'],
    ['de', 'Wer braucht da noch andere Läden?'],
    ['da', 'Hvordan har jeg kunnet leve uden jer så længe?'],
  ] as const)('leaves out a rhetorical %s question in praise: "%s"', (language: ReviewLanguage, sentence) => {
    expect(findQuestions(sentence, [language, 'en'], { praise: true })).toEqual({ direct: [], other: [] });
  });

  it.each([
    ['en', 'How do I clean the linen cover?'],
    ['en', 'Who do I contact about assembly?'],
    ['sv', 'Varför finns inte soffan i grönt?'],
    ['de', 'Wie lange hält die Farbe?'],
  ] as const)('keeps a %s question in praise that asks for an answer: "%s"', (language: ReviewLanguage, sentence) => {
    const { direct, other } = findQuestions(sentence, [language, 'en'], { praise: true });
    expect([...direct, ...other]).toEqual([sentence]);
  });

  it('in a sarcastic complaint keeps only questions that ask for something', () => {
    const text = 'Great, the third broken lamp. Do you let the courier play football? When will I get a new one?';
    expect(findQuestions(text, ['en'], { sarcasticComplaint: true }).direct).toEqual(['When will I get a new one?']);
    expect(findQuestions(text, ['en']).direct).toEqual([
      'Do you let the courier play football?',
      'When will I get a new one?',
    ]);
  });
});

describe('findQuestions: "could it be better" in praise', () => {
  it.each([
    ['en', 'Could it be any better?'],
    ['sv', 'Kan det bli bättre?'],
    ['fr', 'Peut-on rêver mieux ?'],
    ['de', 'Geht es noch besser?'],
  ] as const)('leaves out %s "%s"', (language: ReviewLanguage, sentence) => {
    expect(findQuestions(sentence, [language, 'en'], { praise: true })).toEqual({ direct: [], other: [] });
  });

  it('keeps a request that mentions "better"', () => {
    const sentence = 'Do you have a better reading lamp than this one?';
    expect(findQuestions(sentence, ['en'], { praise: true }).direct).toEqual([sentence]);
  });
});
