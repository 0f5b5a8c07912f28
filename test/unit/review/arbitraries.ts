import fc from 'fast-check';
import { normalizeTicket } from '../../../src/domain/ticket';
import type { TicketSnapshot } from '../../../src/domain/types';

/** Pieces that make descriptions nasty: markup, entities, ratings, emoji, other scripts. */
const FRAGMENTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<p>',
  '</p>',
  '<br>',
  '<b',
  '<!--',
  '-->',
  '&lt;',
  '&#0;',
  '&#x1F600;',
  '&amp;',
  'Rating: 4/5',
  '★★★★☆',
  '⭐️',
  '4 stars',
  '3 étoiles',
  '5 Sterne',
  '2/5',
  '?',
  '¿',
  '!!!',
  'SCAM',
  'never again',
  'order #123456',
  'https://www.trustpilot.com/reviews/1',
  'javascript:alert(1)',
  'www.spam.example',
  '\n',
  '\n\n',
  '\r\n',
  '\u0000',
  '\u200B',
  '\uD800',
  '👍🏽',
  '👨‍👩‍👧',
  'مرحبا',
  'Привет',
  '你好',
  'ąęłś',
  'Ærø',
  ' ',
];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 40 })
    .map((parts) => parts.join('')),
);

const tag = fc.oneof(
  fc.constantFrom(
    'trustpilot',
    'trustpilot-review',
    'rating_1',
    'rating_2',
    'rating_3',
    'rating_4',
    'rating_5',
    'rating_9',
    'trustpilot_negative',
    'trustpilot_positive',
  ),
  fc.string({ maxLength: 20 }),
);

const user = fc.oneof(
  fc.constant(null),
  fc.anything(),
  fc.record({
    id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
    name: fc.oneof(text, fc.constantFrom('Anonymous Trustpilot reviewer', 'Mr', '', 'a@b.c')),
    email: fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('anonymous@gorgias.com', 'noreply@trustpilot.com', '@', ''),
    ),
    role: fc.constantFrom('end-user', 'agent', 'admin', 'robot', 42),
    locale: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('sv-SE', 'nb', 'fr', 'xx-YY')),
  }),
);

const date = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 30 }),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer(),
);

/** Raw `client.get('ticket')` values, from plausible to absurd, as the app receives them. */
export const rawTicket = fc.oneof(
  { weight: 1, arbitrary: fc.anything() },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        id: fc.oneof(fc.integer(), fc.string()),
        subject: fc.oneof(text, fc.constantFrom('New Trustpilot review', 'Nouvel avis Trustpilot: Top')),
        description: text,
        tags: fc.oneof(fc.array(tag, { maxLength: 8 }), fc.anything()),
        createdAt: date,
        requester: user,
        comments: fc.oneof(
          fc.array(fc.record({ id: fc.integer(), value: text, author: user }, { requiredKeys: [] }), { maxLength: 4 }),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    ),
  },
);

/** Tickets as the domain receives them. */
export const ticketSnapshot: fc.Arbitrary<TicketSnapshot> = rawTicket.map(normalizeTicket);
