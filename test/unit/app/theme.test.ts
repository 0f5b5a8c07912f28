import { describe, expect, it } from 'vitest';
import { colorSchemeFromUrl, colorSchemeInUrl, makeTheme, parseColorScheme } from '../../../src/app/theme';

describe('colour scheme', () => {
  it('reads colorScheme from the iframe query or hash', () => {
    expect(colorSchemeFromUrl('?origin=x&colorScheme=dark', '')).toBe('dark');
    expect(colorSchemeFromUrl('?origin=x', '#app_guid=1&colorScheme=dark')).toBe('dark');
    expect(colorSchemeFromUrl('?colorScheme=light', '')).toBe('light');
  });

  it('defaults to light for a missing or unknown value', () => {
    expect(colorSchemeFromUrl('', '')).toBe('light');
    expect(colorSchemeFromUrl('?colorScheme=purple', '')).toBe('light');
  });

  it('accepts the change event as a string or an object', () => {
    expect(parseColorScheme('dark')).toBe('dark');
    expect(parseColorScheme({ colorScheme: 'light' })).toBe('light');
    expect(parseColorScheme({ colorScheme: 42 })).toBeNull();
    expect(parseColorScheme(undefined)).toBeNull();
  });

  it('sets Garden base colours', () => {
    expect(makeTheme('dark').colors.base).toBe('dark');
    expect(makeTheme('light').colors.base).toBe('light');
  });
});

describe('colorSchemeInUrl', () => {
  it('tells when the URL carries no colour scheme, so Zendesk is asked', () => {
    expect(colorSchemeInUrl('?origin=x&app_guid=1', '')).toBeNull();
    expect(colorSchemeInUrl('?colorScheme=purple', '')).toBeNull();
    expect(colorSchemeInUrl('', '#colorScheme=dark')).toBe('dark');
  });
});
