import { describe, expect, it } from 'vitest';
import { buildTemplateCatalog } from '../../../src/domain/templates/catalog';
import { languagesOf, templatesForReview } from '../../../src/domain/templates/selectTemplates';

const { templates } = buildTemplateCatalog({
  customTemplates: '# Delivery | negative\nSorry.\n# Generic\nHello.\n# Flag | spam\nFlagged.',
});
const slotsFor = (...args: Parameters<typeof templatesForReview>) =>
  templatesForReview(...args)
    .filter((t) => t.language === 'en')
    .map((t) => (t.title ? `${t.slot}:${t.title}` : t.slot));

describe('templatesForReview', () => {
  it('offers the exact star rating first for a negative review', () => {
    expect(slotsFor(templates, { scenario: 'negative', stars: 2, anonymous: false })).toEqual([
      'templateNegative2',
      'customTemplates:Delivery',
      'templateNegative1',
      'templateFollowUp',
      'customTemplates:Generic',
      'templateAnonymous',
    ]);
  });

  it('puts the anonymous template first for an anonymous reviewer', () => {
    expect(slotsFor(templates, { scenario: 'positive', stars: 5, anonymous: true })[0]).toBe('templateAnonymous');
    expect(slotsFor(templates, { scenario: 'positive', stars: 5, anonymous: true })).toContain('templatePositive5');
  });

  it('offers only internal notes for spam', () => {
    const spam = templatesForReview(templates, { scenario: 'spam', stars: 1, anonymous: false });
    expect(spam.filter((t) => t.language === 'en').map((t) => t.slot)).toEqual(['templateSpamNote', 'customTemplates']);
    expect(spam.every((t) => t.type === 'internalNote')).toBe(true);
  });

  it('offers the question template first for a question', () => {
    expect(slotsFor(templates, { scenario: 'question', stars: 4, anonymous: false })[0]).toBe('templateQuestion');
  });

  it('lists the languages that have templates', () => {
    expect(languagesOf(templatesForReview(templates, { scenario: 'neutral', stars: 3, anonymous: false }))).toEqual([
      'en',
      'sv',
      'fr',
      'da',
      'de',
    ]);
  });
});
