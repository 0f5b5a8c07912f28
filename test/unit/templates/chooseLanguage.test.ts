import { describe, expect, it } from 'vitest';
import { chooseTemplateLanguage } from '../../../src/domain/templates/chooseLanguage';

describe('chooseTemplateLanguage', () => {
  const all = ['en', 'sv', 'fr', 'da', 'de'] as const;

  it("follows the review's language when a template exists in it", () => {
    expect(chooseTemplateLanguage({ available: all, reviewLanguage: 'da', agentLocale: 'sv-SE' })).toBe('da');
  });

  it("falls back to the agent's locale, then English", () => {
    expect(chooseTemplateLanguage({ available: all, reviewLanguage: 'nl', agentLocale: 'de-CH' })).toBe('de');
    expect(chooseTemplateLanguage({ available: all, reviewLanguage: 'nl', agentLocale: 'pt-BR' })).toBe('en');
    expect(chooseTemplateLanguage({ available: all, reviewLanguage: null, agentLocale: '' })).toBe('en');
  });

  it('maps Norwegian locales to Norwegian templates when there are some', () => {
    expect(chooseTemplateLanguage({ available: ['en', 'no'], reviewLanguage: 'fi', agentLocale: 'nb' })).toBe('no');
  });

  it('takes the first language with templates when neither is available, and null when none is', () => {
    expect(chooseTemplateLanguage({ available: ['sv', 'da'], reviewLanguage: 'fr', agentLocale: 'de' })).toBe('sv');
    expect(chooseTemplateLanguage({ available: [], reviewLanguage: 'fr', agentLocale: 'de' })).toBeNull();
  });

  it('copes with a locale of the wrong type', () => {
    expect(chooseTemplateLanguage({ available: all, reviewLanguage: null, agentLocale: 7 as unknown as string })).toBe(
      'en',
    );
  });
});
