import type { Review } from '../../../src/domain/review/types';
import type { AppSettings } from '../../../src/domain/settings';
import { makeUser } from '../../factories';

/** The open review in the template tests: Maria Jensen's one star for a late delivery. */
export const LATE_DELIVERY: Partial<Review> = {
  title: 'Late delivery',
  text: 'My parcel arrived two weeks late.',
  stars: 1,
  reviewer: { name: 'Maria Jensen', firstName: 'Maria', anonymous: false, id: 7, email: '', locale: 'en-US' },
  createdAt: new Date('2024-05-02T10:00:00Z'),
};

/** A company with its contact details filled in, as templates show them. */
export const NORDLYS_HOME: Partial<AppSettings> = {
  companyName: 'Nordlys Home',
  supportEmail: 'help@nordlys.example',
  supportPhone: '+46 8 123 45 67',
};

/** The agent writing the reply, and an admin who manages the templates. */
export const agent = makeUser({
  id: 5,
  name: 'Jonas Berg',
  email: 'jonas@nordlys.example',
  role: 'agent',
  locale: 'en-US',
});
export const admin = makeUser({
  id: 6,
  name: 'Ida Holm',
  email: 'jonas@nordlys.example',
  role: 'admin',
  locale: 'en-US',
});
