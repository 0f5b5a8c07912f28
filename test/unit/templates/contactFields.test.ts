import { describe, expect, it } from 'vitest';
import { fillTemplate, openFields } from '../../../src/domain/templates/fillTemplate';
import { typedContactFields } from '../../../src/domain/templates/contactFields';

const BODY = 'Hi [Customer name], please write to [our email] or call [our phone] about [specific problem].';
const fields = openFields(
  fillTemplate(BODY, { known: { customerName: 'Anna' }, anonymousReviewer: false, fields: {} }).open,
);

describe('typedContactFields', () => {
  it('returns what was typed into the contact fields only, trimmed, blank ones left out', () => {
    expect(
      typedContactFields(fields, {
        'our email': '  help@shop.example ',
        'our phone': '   ',
        'specific problem': 'help@elsewhere.example',
      }),
    ).toEqual(['help@shop.example']);
  });

  it('reads the combined contact field, and never an inherited entry or malformed input', () => {
    const combined = openFields(
      fillTemplate('Reach us at [email/phone].', { known: {}, anonymousReviewer: false, fields: {} }).open,
    );
    expect(typedContactFields(combined, { 'email/phone': 'help@shop.example or 08-123 45 67' })).toEqual([
      'help@shop.example or 08-123 45 67',
    ]);
    expect(typedContactFields(fields, Object.create({ 'our email': 'x@y.example' }) as Record<string, string>)).toEqual(
      [],
    );
    expect(typedContactFields(null as unknown as [], {})).toEqual([]);
  });
});
