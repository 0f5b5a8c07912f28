import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_DATA } from '../../../src/domain/proofread/languageData';
import { BLOCKING_CODES, WARNING_CODES } from '../../../src/domain/proofread/types';
import { compileVocabulary } from '../../../src/domain/proofread/vocabulary';
import { UI_LOCALES } from '../../../src/domain/types';
import { lookup, type MessageTree } from '../../../src/i18n/messages';

const uiOf = (locale: string): MessageTree =>
  (
    JSON.parse(readFileSync(new URL(`../../../translations/${locale}.json`, import.meta.url), 'utf8')) as {
      ui: MessageTree;
    }
  ).ui;

describe.each(UI_LOCALES)('check data for %s', (locale) => {
  const data = CHECK_DATA[locale];

  it('has every word list the checks need', () => {
    for (const [name, list] of Object.entries(data)) {
      if (name !== 'allowedRepeats') expect(list.length, name).toBeGreaterThan(0);
    }
  });

  it('compiles on its own', () => {
    const vocabulary = compileVocabulary([locale]);
    expect(vocabulary.thanks?.test(data.thanks[0]?.replace('*', '') ?? '')).toBe(true);
    expect(vocabulary.greeting?.test(`${data.greetings[0] ?? ''} Anna`)).toBe(true);
  });

  it('has a message for every check and every gate reason', () => {
    const ui = uiOf(locale);
    const missing = [
      ...[...BLOCKING_CODES, ...WARNING_CODES].map((code) => `proofread.checks.${code}`),
      ...[
        'notProofread',
        'stale',
        'problems',
        'spam',
        'secondReply',
        'unreadable',
        'checkFailed',
        'loading',
        'appFailed',
        'crashNotice',
      ].map((key) => `gate.${key}`),
    ].filter((key) => lookup(ui, key) === undefined);
    expect(missing).toEqual([]);
  });
});
