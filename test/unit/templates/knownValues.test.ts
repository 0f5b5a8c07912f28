import { describe, expect, it } from 'vitest';
import { knownValuesFor } from '../../../src/domain/templates/knownValues';
import { makeReview, makeSettings } from './fixtures';

const agent = { name: 'Jonas Berg' };

describe('knownValuesFor', () => {
  it("fills the reviewer's first name, the agent, the company and contacts, the reference", () => {
    const values = knownValuesFor({
      review: makeReview({ reference: 'NH-4711' }),
      settings: makeSettings(),
      agent,
      language: 'sv',
    });
    expect(values).toEqual({
      known: {
        customerName: 'Maria',
        agentName: 'Jonas Berg',
        agentFirstName: 'Jonas',
        signature: 'Jonas Berg',
        companyName: 'Nordlys Home',
        supportEmail: 'help@nordlys.example',
        supportPhone: '+46 8 123 45 67',
        supportContact: 'help@nordlys.example eller +46 8 123 45 67',
        reference: 'NH-4711',
      },
      anonymousReviewer: false,
      fields: {},
    });
  });

  it('marks an anonymous reviewer and gives no name', () => {
    const values = knownValuesFor({ review: makeReview({}, { anonymous: true, name: '', firstName: '' }), settings: makeSettings(), agent, language: 'en' });
    expect(values.anonymousReviewer).toBe(true);
    expect(values.known.customerName).toBe('');
  });

  it('uses the first word of the name when no first name was found', () => {
    const values = knownValuesFor({ review: makeReview({}, { firstName: '', name: 'Kim  Larsen' }), settings: makeSettings(), agent, language: 'en' });
    expect(values.known.customerName).toBe('Kim');
  });

  it('fills the signature setting with the agent and company', () => {
    const values = knownValuesFor({
      review: makeReview(),
      settings: makeSettings({ signature: '[Your first name], Customer Care at [Company name] [Signature]' }),
      agent,
      language: 'en',
    });
    expect(values.known.signature).toBe('Jonas, Customer Care at Nordlys Home [Signature]');
  });

  it('uses whichever contact is configured for [email/phone], and nothing when none is', () => {
    const onlyPhone = knownValuesFor({ review: makeReview(), settings: makeSettings({ supportEmail: '' }), agent, language: 'de' });
    expect(onlyPhone.known.supportContact).toBe('+46 8 123 45 67');
    const none = knownValuesFor({ review: makeReview(), settings: makeSettings({ supportEmail: '', supportPhone: '' }), agent: null, language: 'de' });
    expect(none.known.supportContact).toBe('');
    expect(none.known.agentName).toBe('');
  });
});
