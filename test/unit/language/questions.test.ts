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
