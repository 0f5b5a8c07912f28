import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [key: string]: string | Tree };

const trees = new Map<string, Tree>();

/** The app's real UI string for a dotted key in a locale (`{name}` filled from params). */
export function uiText(key: string, params: Record<string, string | number> = {}, locale = 'en'): string {
  let tree = trees.get(locale);
  if (!tree) {
    const file = join(import.meta.dirname, '..', '..', '..', 'translations', `${locale}.json`);
    tree = (JSON.parse(readFileSync(file, 'utf8')) as { ui: Tree }).ui;
    trees.set(locale, tree);
  }
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no UI string ${locale}:${key}`);
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
