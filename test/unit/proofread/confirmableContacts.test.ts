import { describe, expect, it } from 'vitest';
import { confirmableContacts } from '../../../src/domain/proofread/confirmableContacts';
import { isConfirmedContact } from '../../../src/domain/proofread/contacts';
import { makeCheckContext, makeSettings } from '../../factories';
import { NORDIC_HOME, CONTEXT } from './fixtures';

describe('the contact details an agent may confirm', () => {
  it('lists each e-mail address and phone number once, in text order, as first written', () => {
    const text =
      'Mail Help@Shop.example or help@shop.example, call 070-123 45 67 or +46 70 123 45 67, order 48213, Storgatan 12.';
    expect(
      confirmableContacts(
        text,
        makeCheckContext({
          ...CONTEXT,
          settings: makeSettings({ ...NORDIC_HOME, supportEmail: '', supportPhone: '' }),
        }),
      ),
    ).toEqual([
      { kind: 'email', value: 'Help@Shop.example' },
      { kind: 'phone', value: '070-123 45 67' },
    ]);
  });

  it('keeps listing a confirmed value, so the confirmation can be taken back', () => {
    const context = makeCheckContext({ ...CONTEXT, confirmedContacts: ['anna@example.org'] });
    expect(confirmableContacts('Mail anna@example.org.', context)).toEqual([
      { kind: 'email', value: 'anna@example.org' },
    ]);
  });

  it('leaves out the support e-mail and phone from the settings', () => {
    expect(
      confirmableContacts('Mail help@nordichome.example or call 08-123 456 78.', makeCheckContext(CONTEXT)),
    ).toEqual([]);
  });
});

describe('isConfirmedContact', () => {
  it('confirms nothing from malformed input instead of throwing', () => {
    for (const confirmed of [null, 'help@shop.example', [42, null, { value: 'help@shop.example' }]]) {
      expect(isConfirmedContact('email', 'help@shop.example', confirmed as unknown as readonly string[])).toBe(false);
    }
  });
});
