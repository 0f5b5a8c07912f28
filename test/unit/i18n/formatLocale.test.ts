import { describe, expect, it } from 'vitest';
import { clockTime } from '../../../src/i18n/clockTime';
import { formatLocaleFor, resolveLocale } from '../../../src/i18n/locale';
import { durationText, relativeAge } from '../../../src/i18n/timeText';

const MAY_2 = new Date(2024, 4, 2, 14, 5);
const mediumDate = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(MAY_2);
const formatsFor = (tag: string) => formatLocaleFor(tag, resolveLocale(tag));

describe('formatLocaleFor', () => {
  it.each([
    ['en-GB', 'en', 'en-GB'],
    ['en-gb', 'en', 'en-GB'],
    ['EN_gb', 'en', 'en-GB'],
    ['en-US', 'en', 'en-US'],
    ['de-CH', 'de', 'de-CH'],
    ['fr-ca', 'fr', 'fr-CA'],
    ['sv-FI', 'sv', 'sv-FI'],
    ['en', 'en', 'en'],
  ] as const)('keeps the full tag %s when the strings are in its language (%s) → %s', (tag, ui, expected) => {
    expect(resolveLocale(tag)).toBe(ui);
    expect(formatLocaleFor(tag, ui)).toBe(expected);
  });

  it.each(['en-', 'en--GB', '!!', '12', 'x'.repeat(40), '', '   '])(
    'falls back to the UI locale for the invalid tag "%s"',
    (tag) => {
      expect(formatLocaleFor(tag, 'de')).toBe('de');
    },
  );

  it('falls back to the UI locale without a tag or with something else than a string', () => {
    expect(formatLocaleFor(null, 'sv')).toBe('sv');
    expect(formatLocaleFor(undefined, 'fr')).toBe('fr');
    expect(formatLocaleFor(42 as unknown as string, 'da')).toBe('da');
  });

  it('keeps the strings’ language with the agent’s region when the strings fell back to another language', () => {
    expect(formatLocaleFor('pt-BR', resolveLocale('pt-BR'))).toBe('en-BR');
    expect(formatLocaleFor('nb-NO', resolveLocale('nb-NO'))).toBe('da-NO');
    expect(formatLocaleFor('ja', resolveLocale('ja'))).toBe('en');
  });
});

describe('dates, times and numbers in the agent’s regional format', () => {
  it('writes day before month for en-GB and month before day for en-US, with English strings for both', () => {
    expect(resolveLocale('en-GB')).toBe('en');
    expect(mediumDate(formatsFor('en-GB'))).toBe('2 May 2024');
    expect(mediumDate(formatsFor('en-US'))).toBe('May 2, 2024');
  });

  it('groups thousands as de-CH does, and as de-DE does', () => {
    expect(new Intl.NumberFormat(formatsFor('de-CH')).format(1234567.5)).toMatch(/^1['’]234['’]567\.5$/);
    expect(new Intl.NumberFormat(formatsFor('de-DE')).format(1234567.5)).toBe('1.234.567,5');
  });

  it('shows the clock as the region does: 24 hours for en-GB, AM/PM for en-US', () => {
    expect(clockTime(MAY_2.getTime(), formatsFor('en-GB'))).toBe('14:05');
    expect(clockTime(MAY_2.getTime(), formatsFor('en-US'))).toMatch(/^02:05\s?PM$/u);
  });

  it('falls back instead of throwing for an unusable tag or moment', () => {
    expect(clockTime(MAY_2.getTime(), 'en-')).toMatch(/^02:05\s?PM$/u);
    expect(clockTime(Number.NaN, 'en-GB')).toBe('');
  });

  it('keeps ages and durations in the strings’ language for a regional tag', () => {
    const later = new Date(MAY_2.getTime() + 5 * 3_600_000);
    expect(relativeAge(MAY_2, later, formatsFor('en-GB'))).toBe('5 hours ago');
    expect(durationText(26, formatsFor('de-CH'))).toBe('26 Stunden');
  });
});
