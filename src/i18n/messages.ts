import englishCore from 'virtual:ui-strings/en/core';
import type { UiLocale } from '../domain/types';

/** A nested dictionary of UI strings, as under the `ui` key of `translations/<locale>.json`. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Which strings: `core` for the shell and the review card, `tools` for everything below it. */
export type MessagePart = 'core' | 'tools';

/** English strings of the shell and the card, bundled: the fallback before anything has loaded. */
export const englishMessages: MessageTree = englishCore;

type Loader = () => Promise<{ default: MessageTree }>;

const loaders: Record<UiLocale, Record<MessagePart, Loader>> = {
  en: { core: () => import('virtual:ui-strings/en/core'), tools: () => import('virtual:ui-strings/en/tools') },
  sv: { core: () => import('virtual:ui-strings/sv/core'), tools: () => import('virtual:ui-strings/sv/tools') },
  fr: { core: () => import('virtual:ui-strings/fr/core'), tools: () => import('virtual:ui-strings/fr/tools') },
  da: { core: () => import('virtual:ui-strings/da/core'), tools: () => import('virtual:ui-strings/da/tools') },
  de: { core: () => import('virtual:ui-strings/de/core'), tools: () => import('virtual:ui-strings/de/tools') },
};

/** Loads one part of a locale's UI strings (each a small chunk; English core is bundled). */
export async function loadMessages(locale: UiLocale, part: MessagePart = 'core'): Promise<MessageTree> {
  if (locale === 'en' && part === 'core') return englishMessages;
  return (await loaders[locale][part]()).default;
}

/** Looks up a dotted key in a tree; `undefined` when absent or not a string. */
export function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    // Own entries only: a key part such as `constructor` must not reach Object.prototype.
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type MessageParams = Record<string, string | number>;

/** Replaces `{name}` with params; unknown names stay visible rather than vanishing. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Translates with fallback to English (or the given fallback), then to the key itself; never throws. */
export function translate(
  tree: MessageTree,
  key: string,
  params?: MessageParams,
  fallback: MessageTree = englishMessages,
): string {
  const message = lookup(tree, key) ?? lookup(fallback, key) ?? key;
  return interpolate(message, params);
}
