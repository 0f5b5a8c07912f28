import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_SETTING_NAMES } from '../../../src/domain/settings';
import type { TemplateProblemCode } from '../../../src/domain/templates/problems';
import { REVIEW_LANGUAGES, UI_LOCALES } from '../../../src/domain/types';

type Tree = { [key: string]: string | Tree };
const read = (path: string): Tree =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as Tree;
const at = (tree: Tree, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );

const PROBLEM_CODES: TemplateProblemCode[] = [
  'unknownLanguage',
  'badLanguageLine',
  'missingTitle',
  'unknownScenario',
  'unknownType',
  'textBeforeTitle',
  'emptyTemplate',
  'unclosedBracket',
  'unopenedBracket',
  'nestedBracket',
  'emptyPlaceholder',
  'longPlaceholder',
  'unknownSyntax',
];
const manifest = read('zendesk/manifest.json') as unknown as { parameters: { name: string }[] };
const english = read('translations/en.json');

describe.each(UI_LOCALES)('translations/%s.json', (locale) => {
  const file = read(`translations/${locale}.json`);

  it('has every template and template-manager string English has, and no empty one', () => {
    for (const section of ['ui.templates', 'ui.settings']) {
      const expected = leaves(at(english, section) as Tree).sort();
      expect(leaves(at(file, section) as Tree).sort()).toEqual(expected);
      for (const key of expected) expect(String(at(file, `${section}.${key}`)).trim()).not.toBe('');
    }
  });

  it('names every slot, language and problem the code can show', () => {
    for (const name of TEMPLATE_SETTING_NAMES) expect(typeof at(file, `ui.templates.slots.${name}`)).toBe('string');
    for (const language of REVIEW_LANGUAGES)
      expect(typeof at(file, `ui.templates.languages.${language}`)).toBe('string');
    for (const code of PROBLEM_CODES) expect(at(file, `ui.settings.problems.${code}`)).toMatch(/\{detail\}|^[^{}]*$/);
  });

  it('labels and explains every app parameter', () => {
    for (const { name } of manifest.parameters) {
      expect(String(at(file, `app.parameters.${name}.label`)).trim()).not.toBe('');
      expect(String(at(file, `app.parameters.${name}.helpText`)).trim()).not.toBe('');
    }
  });
});

describe.each(UI_LOCALES.filter((locale) => locale !== 'en'))('translations/%s.json parameters', (locale) => {
  it('are written in the language, not copied from English', () => {
    const file = read(`translations/${locale}.json`);
    for (const { name } of manifest.parameters) {
      expect(at(file, `app.parameters.${name}.helpText`)).not.toBe(at(english, `app.parameters.${name}.helpText`));
    }
  });
});
