import { describe, expect, it } from 'vitest';
import type { HistorySummary } from '../../../src/domain/history/types';
import { summaryText } from '../../../src/features/history/summaryText';
import { translate, type MessageTree } from '../../../src/i18n/messages';
import da from '../../../translations/da.json';
import de from '../../../translations/de.json';
import en from '../../../translations/en.json';
import fr from '../../../translations/fr.json';
import sv from '../../../translations/sv.json';

const trees: Record<string, MessageTree> = { en: en.ui, sv: sv.ui, fr: fr.ui, da: da.ui, de: de.ui };
const text = (locale: string, summary: Partial<HistorySummary>) =>
  summaryText(
    {
      reviewNumber: 1,
      previousStars: null,
      currentStars: null,
      trend: null,
      unresolvedCount: 0,
      unresolvedChannel: null,
      partial: null,
      ...summary,
    },
    (key, params) => translate(trees[locale] ?? en.ui, key, params),
    locale,
  );

describe('summaryText', () => {
  it.each([
    [2, '2nd review'],
    [3, '3rd review'],
    [4, '4th review'],
    [11, '11th review'],
    [21, '21st review'],
  ])('writes English ordinals: %i → %s', (reviewNumber, expected) => {
    expect(text('en', { reviewNumber })).toBe(`${expected} · nothing else open`);
  });

  it.each([
    ['sv', 2, '2:a omdömet'],
    ['sv', 3, '3:e omdömet'],
    ['fr', 3, '3e avis'],
    ['da', 3, '3. anmeldelse'],
    ['de', 3, '3. Bewertung'],
  ])('writes %s ordinals: %i → %s', (locale, reviewNumber, expected) => {
    expect(text(locale, { reviewNumber }).startsWith(`${expected} · `)).toBe(true);
  });

  it('joins the review number, the rating change and what is open', () => {
    expect(
      text('en', {
        reviewNumber: 3,
        previousStars: 5,
        currentStars: 2,
        trend: 'down',
        unresolvedCount: 1,
        unresolvedChannel: 'email',
      }),
    ).toBe('3rd review · was 5★, now 2★ · 1 open ticket (e-mail)');
    expect(
      text('de', {
        reviewNumber: 2,
        previousStars: 4,
        currentStars: 4,
        trend: 'same',
        unresolvedCount: 2,
        unresolvedChannel: null,
      }),
    ).toBe('2. Bewertung · wieder 4★ · 2 offene Tickets');
  });

  it('leaves out the review number on a ticket that is not a review, and notes a partial history', () => {
    expect(text('en', { reviewNumber: null, partial: { loaded: 50, total: 120 } })).toBe(
      'nothing else open · based on the latest 50 of 120 tickets',
    );
    expect(text('fr', { reviewNumber: 1, partial: { loaded: 50, total: null } })).toBe(
      'Premier avis · rien d’autre en cours · d’après les 50 derniers tickets',
    );
  });
});
