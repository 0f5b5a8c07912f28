import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../translations/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../../../zendesk/manifest.json', import.meta.url), 'utf8')) as {
  parameters: { name: string }[];
};

type Tree = { [key: string]: string | Tree };
const read = (file: string): Tree => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Tree;

const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

const valueAt = (tree: Tree, key: string): string | Tree | undefined =>
  key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);

const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
const english = read('en.json');
const englishKeys = keysOf(english);

describe('translation files', () => {
  it('exist for en, sv, fr, da and de', () => {
    expect(files.sort()).toEqual(expect.arrayContaining(['da.json', 'de.json', 'en.json', 'fr.json', 'sv.json']));
  });

  it.each(files.filter((file) => file !== 'en.json'))('%s has every key en.json has', (file) => {
    const keys = new Set(keysOf(read(file)));
    expect(englishKeys.filter((key) => !keys.has(key))).toEqual([]);
  });

  it.each(files)('%s has no empty strings', (file) => {
    const tree = read(file);
    expect(keysOf(tree).filter((key) => String(valueAt(tree, key)).trim() === '')).toEqual([]);
  });

  it.each(files.filter((file) => file !== 'en.json'))('%s keeps the {parameters} of the English strings', (file) => {
    const tree = read(file);
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = englishKeys.filter((key) => {
      const value = valueAt(tree, key);
      const source = valueAt(english, key);
      return typeof value === 'string' && typeof source === 'string' && params(value).join() !== params(source).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('has a label and a help text for every manifest parameter in every locale', () => {
    for (const file of files) {
      const tree = read(file);
      for (const { name } of manifest.parameters) {
        expect(typeof valueAt(tree, `app.parameters.${name}.label`), `${file} ${name}.label`).toBe('string');
        expect(typeof valueAt(tree, `app.parameters.${name}.helpText`), `${file} ${name}.helpText`).toBe('string');
      }
    }
  });
});
