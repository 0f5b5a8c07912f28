import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEXTS } from '../../../src/domain/templates/builtin';
import { builtInSettingText, formatTemplateSetting } from '../../../src/domain/templates/formatSetting';
import { parseTemplateSetting } from '../../../src/domain/templates/settingsFormat';
import { BUILT_IN_SLOTS } from '../../../src/domain/templates/slots';
import { UI_LOCALES } from '../../../src/domain/types';

describe('formatTemplateSetting', () => {
  it.each(BUILT_IN_SLOTS)('writes the built-in %s so that it reads back unchanged', (slot) => {
    const parsed = parseTemplateSetting(slot, builtInSettingText(slot));
    expect(parsed.problems).toEqual([]);
    expect(parsed.templates.map((t) => [t.language, t.body])).toEqual(
      UI_LOCALES.map((locale) => [locale, BUILT_IN_TEXTS[locale][slot]]),
    );
  });

  it('writes titles as "# Title" lines, grouped by language', () => {
    expect(
      formatTemplateSetting([
        { language: 'en', title: 'Short', body: 'Thanks!' },
        { language: 'sv', title: null, body: 'Tack!' },
        { language: 'en', title: 'Long', body: 'Thank you so much!' },
      ]),
    ).toBe('== en ==\n# Short\nThanks!\n\n# Long\nThank you so much!\n\n== sv ==\nTack!');
  });
});
