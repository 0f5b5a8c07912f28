import { DEFAULT_THEME, type IGardenTheme } from '@zendeskgarden/react-theming';

export type ColorScheme = 'light' | 'dark';

/** Garden's theme in Zendesk's light or dark colour scheme. */
export function makeTheme(scheme: ColorScheme): IGardenTheme {
  return { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } };
}

/** Reads a colour scheme value Zendesk sends (URL parameter or change event); anything else → null. */
export function parseColorScheme(value: unknown): ColorScheme | null {
  const raw =
    typeof value === 'string'
      ? value
      : value !== null && typeof value === 'object' && 'colorScheme' in value
        ? value.colorScheme
        : null;
  return raw === 'dark' || raw === 'light' ? raw : null;
}

/**
 * The colour scheme Zendesk put in the iframe URL (`?colorScheme=dark` or in the hash), readable
 * before the SDK starts; null when the URL has none (then `client.get('colorScheme')` tells).
 */
export function colorSchemeInUrl(search: string, hash: string): ColorScheme | null {
  const fromQuery = new URLSearchParams(search).get('colorScheme');
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('colorScheme');
  return parseColorScheme(fromQuery) ?? parseColorScheme(fromHash);
}

/** The colour scheme from the iframe URL, light when it has none. */
export function colorSchemeFromUrl(search: string, hash: string): ColorScheme {
  return colorSchemeInUrl(search, hash) ?? 'light';
}

/** The path Zendesk answers the agent's colour scheme on. */
export const COLOR_SCHEME_PATH = 'colorScheme';
