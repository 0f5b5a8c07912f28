import en from '../../translations/en.json';
import type { UiLocale } from '../domain/types';

/** A nested dictionary of UI strings, as under the `ui` key of `translations/<locale>.json`. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export const englishMessages: MessageTree = en.ui;

const loaders = import.meta.glob<MessageTree>(['../../translations/*.json', '!../../translations/en.json'], {
  import: 'ui',
});

/** Loads a locale's UI strings (English is bundled; the others are small lazy chunks). */
export async function loadMessages(locale: UiLocale): Promise<MessageTree> {
  if (locale === 'en') return englishMessages;
  const load = loaders[`../../translations/${locale}.json`];
  return load ? load() : englishMessages;
}

/** Looks up a dotted key in a tree; `undefined` when absent or not a string. */
export function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type MessageParams = Record<string, string | number>;

/** Replaces `{name}` with params; unknown names stay visible rather than vanishing. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Translates with fallback to English, then to the key itself; never throws. */
export function translate(tree: MessageTree, key: string, params?: MessageParams): string {
  const message = lookup(tree, key) ?? lookup(englishMessages, key) ?? key;
  return interpolate(message, params);
}
