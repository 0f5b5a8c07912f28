import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../../../src/domain/types';
import { englishMessages, loadMessages } from '../../../src/i18n/messages';
import { CORE_NAMESPACES } from '../../../scripts/vitePlugins';

const uiOf = (locale: string): Record<string, unknown> =>
  (
    JSON.parse(readFileSync(new URL(`../../../translations/${locale}.json`, import.meta.url), 'utf8')) as {
      ui: Record<string, unknown>;
    }
  ).ui;

describe('loadMessages', () => {
  it.each(UI_LOCALES)('splits %s into the card strings and the tools strings, losing none', async (locale) => {
    const core = await loadMessages(locale, 'core');
    const tools = await loadMessages(locale, 'tools');
    expect(Object.keys(core).sort()).toEqual(CORE_NAMESPACES.filter((key) => key in uiOf(locale)).sort());
    expect({ ...core, ...tools }).toEqual(uiOf(locale));
  });

  it('bundles the English card strings as the fallback', async () => {
    expect(englishMessages).toEqual(await loadMessages('en', 'core'));
    expect(englishMessages).toHaveProperty('review.noTitle', 'No title');
    expect(englishMessages).not.toHaveProperty('proofread');
  });
});
