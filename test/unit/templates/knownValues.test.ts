import { describe, expect, it } from 'vitest';
import { knownValuesFor } from '../../../src/domain/templates/knownValues';
import { makeReview, makeSettings } from '../../factories';
import type { Review } from '../../../src/domain/review/types';
import type { AppSettings } from '../../../src/domain/settings';

/** The open review: Maria Jensen's one star for a late delivery. */
const LATE_DELIVERY: Partial<Review> = {
  title: 'Late delivery',
  text: 'My parcel arrived two weeks late.',
  stars: 1,
  reviewer: { name: 'Maria Jensen', firstName: 'Maria', anonymous: false, id: 7, email: '', locale: 'en-US' },
  createdAt: new Date('2024-05-02T10:00:00Z'),
};

/** A company with its contact details filled in, as templates show them. */
const NORDLYS_HOME: Partial<AppSettings> = {
  companyName: 'Nordlys Home',
  supportEmail: 'help@nordlys.example',
  supportPhone: '+46 8 123 45 67',
};

const agent = { name: 'Jonas Berg' };

describe('knownValuesFor', () => {
  it("fills the reviewer's first name, the agent, the company and contacts, the reference", () => {
    const values = knownValuesFor({
      review: makeReview({ ...LATE_DELIVERY, reference: 'NH-4711' }),
      settings: makeSettings(NORDLYS_HOME),
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
    const values = knownValuesFor({
      review: makeReview(LATE_DELIVERY, { anonymous: true, name: '', firstName: '' }),
      settings: makeSettings(NORDLYS_HOME),
      agent,
      language: 'en',
    });
    expect(values.anonymousReviewer).toBe(true);
    expect(values.known.customerName).toBe('');
  });

  it('uses the first word of the name when no first name was found', () => {
    const values = knownValuesFor({
      review: makeReview(LATE_DELIVERY, { firstName: '', name: 'Kim  Larsen' }),
      settings: makeSettings(NORDLYS_HOME),
      agent,
      language: 'en',
    });
    expect(values.known.customerName).toBe('Kim');
  });

  it('fills the signature setting with the agent and company', () => {
    const values = knownValuesFor({
      review: makeReview(LATE_DELIVERY),
      settings: makeSettings({
        ...NORDLYS_HOME,
        signature: '[Your first name], Customer Care at [Company name] [Signature]',
      }),
      agent,
      language: 'en',
    });
    expect(values.known.signature).toBe('Jonas, Customer Care at Nordlys Home [Signature]');
  });

  it('uses whichever contact is configured for [email/phone], and nothing when none is', () => {
    const onlyPhone = knownValuesFor({
      review: makeReview(LATE_DELIVERY),
      settings: makeSettings({ ...NORDLYS_HOME, supportEmail: '' }),
      agent,
      language: 'de',
    });
    expect(onlyPhone.known.supportContact).toBe('+46 8 123 45 67');
    const none = knownValuesFor({
      review: makeReview(LATE_DELIVERY),
      settings: makeSettings({ ...NORDLYS_HOME, supportEmail: '', supportPhone: '' }),
      agent: null,
      language: 'de',
    });
    expect(none.known.supportContact).toBe('');
    expect(none.known.agentName).toBe('');
  });
});
