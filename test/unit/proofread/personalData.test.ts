import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../src/domain/proofread/personalData';
import { VOCABULARY } from '../../../src/domain/proofread/vocabulary';
import { makeReview, makeSettings } from '../../factories';
import { LATE_DELIVERY, NORDIC_HOME } from './fixtures';

const found = (text: string, settings = makeSettings(NORDIC_HOME), review = makeReview(LATE_DELIVERY)) =>
  findPersonalData(text, review, settings, VOCABULARY).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('personal data in a public reply', () => {
  it("allows the company's support e-mail from the settings, in any case", () => {
    expect(found('Write to Help@NordicHome.example or help@nordichome.example.')).toEqual([]);
  });

  it('flags any other address, even at the company domain', () => {
    expect(found('Write to maja@nordichome.example.')).toEqual([['email', 'maja@nordichome.example']]);
  });

  it('flags every address when no support e-mail is configured', () => {
    expect(found('Write to help@nordichome.example.', makeSettings({ ...NORDIC_HOME, supportEmail: '' }))).toEqual([
      ['email', 'help@nordichome.example'],
    ]);
  });

  it("allows the company's phone with or without country code and trunk zero", () => {
    expect(found('Call +46 8 123 456 78, 08-123 456 78 or 0046812345678.')).toEqual([]);
  });

  it('flags a phone number that only ends like the company’s', () => {
    expect(found('Call 070 812 345 678.')).toEqual([['phone', '070 812 345 678']]);
  });

  it('does not take dates, times, amounts or years for numbers to hide', () => {
    expect(found('Since 2024-05-12 at 10:30 we refunded 1 250 000 kr, €1 999 999 and 12.05.2024 in 2023.')).toEqual([]);
  });

  it('flags "#" numbers and long digit runs as order numbers', () => {
    expect(found('Your case #4821 and parcel 3859201745 and code TP-4821734.')).toEqual([
      ['orderNumber', '#4821'],
      ['orderNumber', '3859201745'],
      ['orderNumber', 'TP-4821734'],
    ]);
  });

  it('flags order keywords followed by a number in each language', () => {
    expect(found('Order no. 4821, Beställning: 7733, commande n° 9912, ordre nr. 5561, Rechnungsnummer 8834.')).toEqual(
      [
        ['orderNumber', '4821'],
        ['orderNumber', '7733'],
        ['orderNumber', '9912'],
        ['orderNumber', '5561'],
        ['orderNumber', '8834'],
      ],
    );
  });

  it('leaves short numbers after an order keyword alone', () => {
    expect(found('Orders over 500 kr ship free; your order of 3 chairs is on its way.')).toEqual([]);
  });

  it("flags the review's reference number wherever it appears, once", () => {
    const review = makeReview({ ...LATE_DELIVERY, reference: '5881-2290' });
    expect(found('About order 5881-2290 (5881-2290).', makeSettings(NORDIC_HOME), review)).toEqual([
      ['reviewReference', '5881-2290'],
      ['reviewReference', '5881-2290'],
    ]);
  });

  it('flags street addresses in every supported language', () => {
    expect(
      found('12 Baker Street; Storgatan 12 B; 5 bis rue de la Paix; Nørregade 7; Hauptstraße 12a; Berliner Allee 3.'),
    ).toEqual([
      ['address', '12 Baker Street'],
      ['address', 'Storgatan 12 B'],
      ['address', '5 bis rue de la Paix'],
      ['address', 'Nørregade 7'],
      ['address', 'Hauptstraße 12a'],
      ['address', 'Berliner Allee 3'],
    ]);
  });

  it('reports overlapping findings once, in text order', () => {
    expect(found('Mail anna@example.org about order 48213, phone 070-123 45 67.')).toEqual([
      ['email', 'anna@example.org'],
      ['orderNumber', '48213'],
      ['phone', '070-123 45 67'],
    ]);
  });
});

describe('contact details the agent confirmed as the company’s own', () => {
  const noSettings = makeSettings({ ...NORDIC_HOME, supportEmail: '', supportPhone: '' });
  const confirmedFound = (text: string, confirmed: readonly string[]) =>
    findPersonalData(text, makeReview(LATE_DELIVERY), noSettings, VOCABULARY, confirmed).map((hit) => [
      hit.kind,
      text.slice(hit.start, hit.end),
    ]);

  it('allows a confirmed address and still flags any other', () => {
    expect(
      confirmedFound('Write to help@nordichome.example, not anna@example.org.', ['help@nordichome.example']),
    ).toEqual([['email', 'anna@example.org']]);
  });

  it('allows the confirmed address in any case, and only whole', () => {
    expect(
      confirmedFound('Write to HELP@NordicHome.example or xhelp@nordichome.example.', [' Help@nordichome.EXAMPLE ']),
    ).toEqual([['email', 'xhelp@nordichome.example']]);
  });

  it('allows a confirmed phone number however it is written, and still flags any other', () => {
    expect(
      confirmedFound('Call 08-123 456 78, +46 8 123 456 78 or 0046812345678, not 070-123 45 67.', ['08 12345678']),
    ).toEqual([['phone', '070-123 45 67']]);
  });

  it('never lets a confirmation lift an order number, a street address or the review reference', () => {
    const review = makeReview({ ...LATE_DELIVERY, reference: '5881-2290' });
    const text = 'Order no. 4821, parcel 3859201745, Storgatan 12 B, case 5881-2290.';
    const confirmed = ['4821', '3859201745', 'Storgatan 12 B', '5881-2290'];
    expect(findPersonalData(text, review, noSettings, VOCABULARY, confirmed).map((hit) => hit.kind)).toEqual([
      'orderNumber',
      'orderNumber',
      'address',
      'reviewReference',
    ]);
  });

  it('does not take a confirmed phone number for an e-mail address or the other way round', () => {
    expect(confirmedFound('Mail 0812345678@example.org or call 08-123 456 78.', ['0812345678@example.org'])).toEqual([
      ['phone', '08-123 456 78'],
    ]);
  });
});
