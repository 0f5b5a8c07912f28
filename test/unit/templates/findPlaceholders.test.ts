import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../../src/domain/templates/fillTemplate';

describe('findPlaceholders', () => {
  it('finds each [label] with its span and trimmed label', () => {
    const text = 'Hi [Customer name], about [ specific problem ].';
    expect(findPlaceholders(text)).toEqual([
      { start: 3, end: 18, label: 'Customer name' },
      { start: 26, end: 46, label: 'specific problem' },
    ]);
    expect(text.slice(3, 18)).toBe('[Customer name]');
  });

  it('takes the innermost bracket pair when brackets are nested', () => {
    const text = 'Hi [[Customer name]]!';
    expect(findPlaceholders(text)).toEqual([{ start: 4, end: 19, label: 'Customer name' }]);
  });

  it('finds the inner placeholder when a label contains a [', () => {
    expect(findPlaceholders('[Customer [first] name]')).toEqual([{ start: 10, end: 17, label: 'first' }]);
  });

  it('ignores unclosed and unopened brackets', () => {
    expect(findPlaceholders('Hi [Customer name, thanks] and ] then [')).toEqual([
      { start: 3, end: 26, label: 'Customer name, thanks' },
    ]);
    expect(findPlaceholders('Hi [Customer name, thanks')).toEqual([]);
  });

  it('does not span lines, and needs a letter in the label', () => {
    expect(findPlaceholders('[specific\nproblem]')).toEqual([]);
    expect(findPlaceholders('see note [1] and [ ] and []')).toEqual([]);
    expect(findPlaceholders('[produkt/funktion] [Prénom du client] [Företagsnamn]').map((s) => s.label)).toEqual([
      'produkt/funktion',
      'Prénom du client',
      'Företagsnamn',
    ]);
  });

  it('ignores bracketed text longer than a placeholder label can be', () => {
    expect(findPlaceholders(`[${'a'.repeat(100)}]`)).toHaveLength(1);
    expect(findPlaceholders(`[${'a'.repeat(101)}]`)).toEqual([]);
  });

  it('returns nothing for non-strings instead of throwing', () => {
    expect(findPlaceholders(undefined as unknown as string)).toEqual([]);
    expect(findPlaceholders(42 as unknown as string)).toEqual([]);
  });

  it('handles a very long text with many brackets', () => {
    const text = '[x'.repeat(50_000) + '[end]';
    expect(findPlaceholders(text)).toEqual([{ start: 100_000, end: 100_005, label: 'end' }]);
  });
});
