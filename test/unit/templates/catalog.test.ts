import { describe, expect, it } from 'vitest';
import { buildTemplateCatalog } from '../../../src/domain/templates/catalog';
import { validateTemplateSettings } from '../../../src/domain/templates/validateSettings';

describe('validateTemplateSettings', () => {
  it('is ok for empty settings', () => {
    const validation = validateTemplateSettings({});
    expect(validation.ok).toBe(true);
    expect(validation.problems).toEqual([]);
    expect(validation.invalidSettings).toEqual([]);
  });

  it('collects problems of every setting, in setting then line order', () => {
    const validation = validateTemplateSettings({
      customTemplates: '# X | nope\nx',
      templateNegative1: 'ok\n[broken\n== zz ==\n',
    });
    expect(validation.ok).toBe(false);
    expect(validation.problems.map((p) => [p.setting, p.line, p.code])).toEqual([
      ['templateNegative1', 2, 'unclosedBracket'],
      ['templateNegative1', 3, 'unknownLanguage'],
      ['customTemplates', 1, 'unknownScenario'],
    ]);
    expect(validation.invalidSettings).toEqual(['templateNegative1', 'customTemplates']);
  });

  it('never throws on values of the wrong type', () => {
    expect(validateTemplateSettings({ templateNegative1: 5, customTemplates: { a: 1 } }).ok).toBe(true);
    expect(validateTemplateSettings(null as unknown as Record<string, never>).ok).toBe(true);
  });
});

describe('buildTemplateCatalog', () => {
  it('offers every built-in template in all five languages when nothing is set', () => {
    const { templates } = buildTemplateCatalog({});
    expect(templates).toHaveLength(9 * 5);
    expect(templates.every((t) => t.source === 'builtIn')).toBe(true);
    expect(templates.find((t) => t.slot === 'templateSpamNote')?.type).toBe('internalNote');
  });

  it('replaces a slot only in the languages the setting writes', () => {
    const { templates } = buildTemplateCatalog({ templateNegative1: '== sv ==\nHej [Kundens namn], förlåt!' });
    const slot = templates.filter((t) => t.slot === 'templateNegative1');
    expect(slot.map((t) => [t.language, t.source])).toEqual([
      ['en', 'builtIn'],
      ['fr', 'builtIn'],
      ['da', 'builtIn'],
      ['de', 'builtIn'],
      ['sv', 'settings'],
    ]);
    expect(slot.find((t) => t.language === 'sv')?.body).toBe('Hej [Kundens namn], förlåt!');
  });

  it('falls back to the built-in template when the slot setting has a problem', () => {
    const { templates, validation } = buildTemplateCatalog({ templateNegative1: 'Hi [Customer name' });
    const en = templates.filter((t) => t.slot === 'templateNegative1' && t.language === 'en');
    expect(en).toHaveLength(1);
    expect(en[0]?.source).toBe('builtIn');
    expect(validation.invalidSettings).toEqual(['templateNegative1']);
  });

  it('adds valid custom templates and skips invalid ones', () => {
    const { templates } = buildTemplateCatalog({
      customTemplates: '# Good | positive\nThanks [Customer name]!\n# Bad | positive\nThanks {name}',
    });
    const custom = templates.filter((t) => t.slot === 'customTemplates');
    expect(custom.map((t) => [t.title, t.scenario, t.language])).toEqual([['Good', 'positive', 'en']]);
  });

  it('allows templates in other review languages', () => {
    const { templates } = buildTemplateCatalog({ templatePositive5: '== nl ==\nBedankt [Customer name]!' });
    expect(templates.some((t) => t.language === 'nl' && t.slot === 'templatePositive5')).toBe(true);
  });
});
