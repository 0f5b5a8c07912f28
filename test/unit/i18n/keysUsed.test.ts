import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Reads the source the way the translator sees it: every string literal that names a UI key
 * (`'history.title'`) and every template literal that builds one from a fixed prefix
 * (`` `history.channel.${channel}` `` uses everything under `history.channel.`).
 */
const srcDir = new URL('../../../src/', import.meta.url).pathname;
const translationsDir = new URL('../../../translations/', import.meta.url).pathname;

type Tree = { [key: string]: string | Tree };

const leavesOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leavesOf(value, `${prefix}${key}.`),
  );

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

interface KeyUse {
  /** Key-shaped literals where the code hands a string on (to the translator, a prop, a return). */
  literals: Map<string, string>;
  /** Key-shaped literals that are compared or named as constants: host names, event names. */
  others: Set<string>;
  prefixes: Map<string, string>;
}

/** A literal compared with something (`host === 'trustpilot.com'`) or kept as a named constant is no key. */
const isNamedOrCompared = (node: ts.Node): boolean =>
  ts.isBinaryExpression(node.parent) || ts.isVariableDeclaration(node.parent);

function collectKeyUse(namespaces: ReadonlySet<string>, topLeaves: ReadonlySet<string>): KeyUse {
  const literals = new Map<string, string>();
  const others = new Set<string>();
  const prefixes = new Map<string, string>();
  const looksLikeKey = (text: string): boolean =>
    /^[A-Za-z][\w-]*(\.[\w-]+)*$/.test(text) &&
    namespaces.has(text.split('.')[0] ?? '') &&
    (text.includes('.') || topLeaves.has(text));
  // src/zaf names SDK paths and events ('app.registered'), never UI strings.
  for (const file of sourceFiles(srcDir).filter((path) => !path.startsWith(join(srcDir, 'zaf')))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node): string =>
      `${file.slice(srcDir.length)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (looksLikeKey(node.text)) {
          if (isNamedOrCompared(node)) others.add(node.text);
          else literals.set(node.text, where(node));
        }
      } else if (ts.isTemplateExpression(node)) {
        const head = node.head.text;
        if (head.endsWith('.') && looksLikeKey(`${head}x`)) prefixes.set(head, where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, others, prefixes };
}

const locales = readdirSync(translationsDir).filter((name) => name.endsWith('.json'));
const uiOf = (file: string): Tree => (JSON.parse(readFileSync(join(translationsDir, file), 'utf8')) as { ui: Tree }).ui;
const english = uiOf('en.json');
const use = collectKeyUse(
  new Set(Object.keys(english)),
  new Set(Object.keys(english).filter((key) => typeof english[key] === 'string')),
);
/** Plural keys are looked up as `<key>.<category>` (see pluralText). */
const PLURAL = /\.(zero|one|two|few|many|other)$/;

describe('translation keys used in the code', () => {
  it('finds the keys the code passes to the translator', () => {
    expect(use.literals.size).toBeGreaterThan(100);
    expect(use.literals.has('history.title')).toBe(true);
    expect(use.prefixes.has('history.channel.')).toBe(true);
  });

  it.each(locales)('%s has every key the code names', (file) => {
    const leaves = new Set(leavesOf(uiOf(file)));
    const branchesOf = (leaf: string): string[] => {
      const parts = leaf.split('.');
      return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
    };
    const branches = new Set([...leaves].flatMap(branchesOf));
    const missing = [...use.literals]
      .filter(
        ([key]) =>
          !leaves.has(key) &&
          !(branches.has(key) && [...leaves].some((leaf) => PLURAL.test(leaf) && leaf.startsWith(`${key}.`))),
      )
      .map(([key, at]) => `${key} (${at})`);
    const missingPrefixes = [...use.prefixes]
      .filter(([prefix]) => ![...leaves].some((leaf) => leaf.startsWith(prefix)))
      .map(([prefix, at]) => `${prefix}* (${at})`);
    expect([...missing, ...missingPrefixes]).toEqual([]);
  });

  it('has no English key that nothing uses', () => {
    const unused = leavesOf(english).filter((leaf) => {
      if (use.literals.has(leaf) || use.others.has(leaf)) return false;
      if ([...use.prefixes.keys()].some((prefix) => leaf.startsWith(prefix))) return false;
      return !(PLURAL.test(leaf) && use.literals.has(leaf.replace(PLURAL, '')));
    });
    expect(unused).toEqual([]);
  });
});
