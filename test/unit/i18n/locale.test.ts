import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../src/i18n/locale';

describe('resolveLocale', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['sv', 'sv'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr-ca', 'fr'],
    ['de-CH', 'de'],
    ['da', 'da'],
    ['nb', 'da'],
    ['no', 'da'],
    ['pt-BR', 'en'],
    ['ja', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['SV_se', 'sv'],
  ])('%s → %s', (requested, expected) => {
    expect(resolveLocale(requested)).toBe(expected);
  });

  it('falls back to English when the language is not among the available ones', () => {
    expect(resolveLocale('sv-SE', ['en', 'de'])).toBe('en');
  });
});
