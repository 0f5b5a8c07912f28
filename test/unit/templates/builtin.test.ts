import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEXTS } from '../../../src/domain/templates/builtin';
import { fillTemplate, findPlaceholders } from '../../../src/domain/templates/fillTemplate';
import { KNOWN_PLACEHOLDER_LABELS, knownPlaceholderFor } from '../../../src/domain/templates/knownPlaceholders';
import { checkPlaceholderSyntax } from '../../../src/domain/templates/placeholderSyntax';
import { BUILT_IN_SLOTS } from '../../../src/domain/templates/slots';
import { UI_LOCALES } from '../../../src/domain/types';

describe('built-in templates', () => {
  it.each(UI_LOCALES)('exist for every slot in %s, with clean placeholder syntax', (locale) => {
    for (const slot of BUILT_IN_SLOTS) {
      const body = BUILT_IN_TEXTS[locale][slot];
      expect(body.trim().length).toBeGreaterThan(20);
      for (const line of body.split('\n')) expect(checkPlaceholderSyntax(line)).toEqual([]);
    }
  });

  it.each(UI_LOCALES)('are signed by a person, never by the company, in %s', (locale) => {
    const signature = KNOWN_PLACEHOLDER_LABELS[locale].signature;
    for (const slot of BUILT_IN_SLOTS.filter((s) => s !== 'templateSpamNote')) {
      const body = BUILT_IN_TEXTS[locale][slot];
      expect(body.endsWith(`\n[${signature}]`)).toBe(true);
      expect(body).not.toContain(`[${KNOWN_PLACEHOLDER_LABELS[locale].companyName}]`);
    }
  });

  it.each(UI_LOCALES)('use the %s wording for known placeholders, so they fill in', (locale) => {
    for (const slot of BUILT_IN_SLOTS) {
      const known = findPlaceholders(BUILT_IN_TEXTS[locale][slot])
        .map((span) => span.label)
        .filter((label) => knownPlaceholderFor(label) !== null);
      const labels = Object.values(KNOWN_PLACEHOLDER_LABELS[locale]);
      for (const label of known) expect(labels).toContain(label);
    }
  });

  it('greet named reviewers, and the anonymous template never asks for a name', () => {
    for (const locale of UI_LOCALES) {
      expect(BUILT_IN_TEXTS[locale].templateNegative1).toContain(`[${KNOWN_PLACEHOLDER_LABELS[locale].customerName}]`);
      expect(
        findPlaceholders(BUILT_IN_TEXTS[locale].templateAnonymous).some(
          (s) => knownPlaceholderFor(s.label) === 'customerName',
        ),
      ).toBe(false);
    }
  });

  it("the spam note is the guide's internal note", () => {
    expect(BUILT_IN_TEXTS.en.templateSpamNote).toBe('The review is spam and has been flagged on Trustpilot.');
    for (const locale of UI_LOCALES) expect(findPlaceholders(BUILT_IN_TEXTS[locale].templateSpamNote)).toEqual([]);
  });

  it('drop the greeting name cleanly for an anonymous reviewer in every language', () => {
    for (const locale of UI_LOCALES) {
      const { text } = fillTemplate(BUILT_IN_TEXTS[locale].templatePositive5, {
        known: {},
        anonymousReviewer: true,
        fields: {},
      });
      const greeting = text.split('\n')[0] ?? '';
      expect(greeting).toMatch(/^\p{L}+,$/u);
    }
  });
});
