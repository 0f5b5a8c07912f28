import type { CheckContext } from '../../../src/domain/proofread/types';
import type { Review } from '../../../src/domain/review/types';
import type { AppSettings } from '../../../src/domain/settings';
import { makeReview, makeSettings } from '../../factories';

/** The review the replies here answer: Anna Svensson's two stars for a late delivery. */
export const LATE_DELIVERY: Partial<Review> = {
  title: 'Late delivery',
  text: 'My parcel arrived two weeks late and nobody answered my e-mails.',
  stars: 2,
  starsFromText: 2,
  reviewer: {
    name: 'Anna Svensson',
    firstName: 'Anna',
    anonymous: false,
    id: 11,
    email: 'anna@example.org',
    locale: 'sv',
  },
  createdAt: new Date('2024-05-02T10:00:00Z'),
  tags: ['trustpilot', 'rating_2', 'trustpilot_negative'],
};
/** A company with its own contact details, which a reply may contain. */
export const NORDIC_HOME: Partial<AppSettings> = {
  companyName: 'Nordic Home',
  supportEmail: 'help@nordichome.example',
  supportPhone: '+46 8 123 456 78',
};
/** The checks' context for that review: a negative one, from that company. */
export const CONTEXT: Partial<CheckContext> = {
  scenario: 'negative',
  review: makeReview(LATE_DELIVERY),
  settings: makeSettings(NORDIC_HOME),
};
