import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillTemplate, findPlaceholders, openFields } from '../../../src/domain/templates/fillTemplate';
import type { PlaceholderValues } from '../../../src/domain/templates/types';

const values = (overrides: Partial<PlaceholderValues> = {}): PlaceholderValues => ({
  known: { customerName: 'Maria', agentName: 'Jonas Berg', supportEmail: 'help@nordlys.example' },
  anonymousReviewer: false,
  fields: {},
  ...overrides,
});

describe('fillTemplate', () => {
  it('fills known placeholders and leaves the others open with their spans', () => {
    const { text, open } = fillTemplate('Hi [Customer name], sorry about [specific problem]. [Your Name]', values());
    expect(text).toBe('Hi Maria, sorry about [specific problem]. Jonas Berg');
    expect(open).toEqual([{ start: 22, end: 40, label: 'specific problem', key: 'specific problem', known: null }]);
    expect(text.slice(22, 40)).toBe('[specific problem]');
  });

  it('uses what the agent typed, for every occurrence of the same label', () => {
    const body = '[Specific problem] … again [specific  problem] and [area]';
    const { text, open } = fillTemplate(body, values({ fields: { 'specific problem': 'the late parcel' } }));
    expect(text).toBe('the late parcel … again the late parcel and [area]');
    expect(open.map((o) => o.label)).toEqual(['area']);
  });

  it('lets a typed value override a known one, and ignores blank typed values', () => {
    expect(fillTemplate('[Customer name]', values({ fields: { 'customer name': 'Mia' } })).text).toBe('Mia');
    expect(fillTemplate('[Customer name]', values({ fields: { 'customer name': '   ' } })).text).toBe('Maria');
  });

  it('keeps a known placeholder open when its value is missing, marked as known', () => {
    const { text, open } = fillTemplate('Write to [our phone].', values());
    expect(text).toBe('Write to [our phone].');
    expect(open).toEqual([{ start: 9, end: 20, label: 'our phone', key: 'our phone', known: 'supportPhone' }]);
  });

  it('reports the open spans shifted by the values filled before them', () => {
    const long = 'x'.repeat(5000);
    const { text, open } = fillTemplate(
      '[Customer name] [a] [Customer name] [b]',
      values({ known: { customerName: long } }),
    );
    expect(open.map((o) => text.slice(o.start, o.end))).toEqual(['[a]', '[b]']);
  });

  describe('anonymous reviewer', () => {
    const anonymous = values({ known: {}, anonymousReviewer: true });

    it('drops the name from the greeting instead of leaving a hole', () => {
      expect(fillTemplate('Hi [Customer name],\n\nThanks', anonymous).text).toBe('Hi,\n\nThanks');
      expect(fillTemplate('Hej [Kundens namn],', anonymous).text).toBe('Hej,');
      expect(fillTemplate('Bonjour [Prénom du client],', anonymous).text).toBe('Bonjour,');
      expect(fillTemplate('Hallo [Kundenname],', anonymous).text).toBe('Hallo,');
      expect(fillTemplate('Hej [Kundens navn],', anonymous).text).toBe('Hej,');
    });

    it('drops the comma before a name inside a sentence', () => {
      expect(fillTemplate('Thank you for your honest feedback, [Customer name].', anonymous).text).toBe(
        'Thank you for your honest feedback.',
      );
    });

    it('drops the comma after a name that starts a line, and capitalises what follows', () => {
      expect(fillTemplate('Intro\n[Customer name], thank you!', anonymous).text).toBe('Intro\nThank you!');
    });

    it('turns a salutation that needs a name into a neutral greeting', () => {
      expect(fillTemplate('Dear [Customer name],', anonymous).text).toBe('Hello,');
      expect(fillTemplate('Kära [Kundens namn],', anonymous).text).toBe('Hej,');
      expect(fillTemplate('Kære [Kundens navn],', anonymous).text).toBe('Hej,');
      expect(fillTemplate('Chère [Prénom du client],', anonymous).text).toBe('Bonjour,');
      expect(fillTemplate('Liebe [Kundenname],', anonymous).text).toBe('Hallo,');
      expect(fillTemplate('  dear [Customer name],', anonymous).text).toBe('  hello,');
    });

    it('reports no open placeholder for the dropped name', () => {
      expect(fillTemplate('Hi [Customer name], [x]', anonymous).open.map((o) => o.label)).toEqual(['x']);
    });

    it('leaves the name open when the reviewer is not anonymous but the name is unknown', () => {
      const { text, open } = fillTemplate('Hi [Customer name],', values({ known: {} }));
      expect(text).toBe('Hi [Customer name],');
      expect(open[0]?.known).toBe('customerName');
    });
  });

  it('inserts values verbatim, without reading brackets in them as placeholders', () => {
    const { text, open } = fillTemplate('Hi [Customer name], [x]', values({ known: { customerName: 'Anna [admin]' } }));
    expect(text).toBe('Hi Anna [admin], [x]');
    expect(open).toEqual([{ start: 17, end: 20, label: 'x', key: 'x', known: null }]);
  });

  it('keeps odd brackets as they are', () => {
    expect(fillTemplate('Hi [[Customer name]] ] [ [Your Name', values()).text).toBe('Hi [Maria] ] [ [Your Name');
  });

  it('fills a very long value without losing text', () => {
    const value = 'ü'.repeat(200_000);
    const { text, open } = fillTemplate('a [Customer name] b [c]', values({ known: { customerName: value } }));
    expect(text.length).toBe(200_000 + 8);
    expect(text.endsWith(' b [c]')).toBe(true);
    expect(open[0]?.start).toBe(200_000 + 5);
  });

  it('never throws and always reports spans that point at the placeholder text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('[', ']', 'a', ' ', ',', '\n', 'Customer name', 'x') }),
        fc.boolean(),
        (body, anonymous) => {
          const { text, open } = fillTemplate(
            body,
            values({ anonymousReviewer: anonymous, known: { agentName: 'Jo' } }),
          );
          for (const placeholder of open) {
            expect(text.slice(placeholder.start, placeholder.end)).toMatch(/^\[[^[\]]+\]$/);
          }
          expect(findPlaceholders(text).length).toBeGreaterThanOrEqual(open.length);
        },
      ),
    );
  });

  it('returns an empty result for a non-string body', () => {
    expect(fillTemplate(null as unknown as string, values())).toEqual({ text: '', open: [] });
  });
});

describe('openFields', () => {
  it('keeps one field per label, in order of first appearance', () => {
    const { open } = fillTemplate('[b] [a] [B] [c]', values());
    expect(openFields(open).map((o) => o.label)).toEqual(['b', 'a', 'c']);
  });
});
