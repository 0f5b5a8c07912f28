import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../src/domain/templates/fillTemplate';
import { KNOWN_PLACEHOLDER_LABELS, knownPlaceholderFor } from '../../../src/domain/templates/knownPlaceholders';
import type { KnownPlaceholder } from '../../../src/domain/templates/types';
import { UI_LOCALES } from '../../../src/domain/types';

const ALL_KNOWN: Record<KnownPlaceholder, string> = {
  customerName: 'Maria',
  agentName: 'Jonas Berg',
  agentFirstName: 'Jonas',
  signature: 'Jonas, Nordlys Home',
  companyName: 'Nordlys Home',
  supportEmail: 'help@nordlys.example',
  supportPhone: '+46 8 123 45 67',
  supportContact: 'help@nordlys.example or +46 8 123 45 67',
  reference: 'NH-12345',
};

describe('known placeholders', () => {
  it.each(UI_LOCALES)('recognises and fills every known placeholder in %s wording', (locale) => {
    const labels = KNOWN_PLACEHOLDER_LABELS[locale];
    for (const [key, label] of Object.entries(labels) as [KnownPlaceholder, string][]) {
      expect(knownPlaceholderFor(label)).toBe(key);
      const filled = fillTemplate(`>[${label}]<`, { known: ALL_KNOWN, anonymousReviewer: false, fields: {} });
      expect(filled).toEqual({ text: `>${ALL_KNOWN[key]}<`, open: [] });
    }
  });

  it('matches the agent guide wordings', () => {
    expect(knownPlaceholderFor('Customer name')).toBe('customerName');
    expect(knownPlaceholderFor('insert customer name')).toBe('customerName');
    expect(knownPlaceholderFor('Your Name')).toBe('agentName');
    expect(knownPlaceholderFor('our email')).toBe('supportEmail');
    expect(knownPlaceholderFor('email/phone')).toBe('supportContact');
    expect(knownPlaceholderFor('Company name')).toBe('companyName');
  });

  it('ignores case, spacing, curly apostrophes and spaces around a slash', () => {
    expect(knownPlaceholderFor('  CUSTOMER   NAME ')).toBe('customerName');
    expect(knownPlaceholderFor('customer’s name')).toBe('customerName');
    expect(knownPlaceholderFor('Nom de l’entreprise')).toBe('companyName');
    expect(knownPlaceholderFor('e-post / telefon')).toBe('supportContact');
    expect(knownPlaceholderFor('Indsæt kundens navn')).toBe('customerName');
  });

  it('leaves free placeholders free', () => {
    expect(knownPlaceholderFor('specific problem')).toBeNull();
    expect(knownPlaceholderFor('mention positive point')).toBeNull();
    expect(knownPlaceholderFor('produkt/funktion')).toBeNull();
  });
});
