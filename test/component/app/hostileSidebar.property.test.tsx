import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { parseSettings } from '../../../src/domain/settings';
import { createFakeClient } from '../fakeClient';
import { verdict } from '../proofread/harness';

const SETTING_NAMES = [
  'reviewTags',
  'showOnOtherTickets',
  'companyName',
  'supportEmail',
  'supportPhone',
  'signature',
  'responseTargetNegativeHours',
  'responseTargetOtherHours',
  'phrasesToAvoid',
  'historyLimit',
  'templateNegative1',
  'templateNegative2',
  'templateNeutral3',
  'templatePositive4',
  'templatePositive5',
  'templateQuestion',
  'templateAnonymous',
  'templateFollowUp',
  'templateSpamNote',
  'customTemplates',
];
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

// Text an admin or a reviewer might write on a bad day: prototype names as placeholders, other
// tools' syntax, markup, language lines, and very long runs.
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...PROTOTYPE_NAMES).map((name) => `Hi [${name}], thanks! [Customer name] [Your Name]`),
  fc.constantFrom(...PROTOTYPE_NAMES).map((name) => `== en ==\n# [${name}] | negative\nDear [${name}],\n[Signature]`),
  fc.constantFrom(
    '{{customer_name}}',
    '%NAME%',
    '${x}',
    '<<x>>',
    '{name}',
    '<script>alert(1)</script>',
    '<a',
    '== ==',
    '# |',
  ),
  fc.constantFrom('x'.repeat(50_000), 'Ä'.repeat(20_000), `${'a@'.repeat(10_000)}b`, '<a'.repeat(10_000)),
);
const hostileValue = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ maxLength: 5 })),
);
const hostileSettings = fc.dictionary(fc.constantFrom(...SETTING_NAMES, ...PROTOTYPE_NAMES), hostileValue, {
  maxKeys: 8,
});
const hostileTicket = fc.record({
  subject: hostileText,
  description: hostileText,
  name: hostileText,
  tags: fc.array(fc.constantFrom(...PROTOTYPE_NAMES, 'rating_1', 'rating_5', 'rating_x'), { maxLength: 3 }),
});

describe('the whole sidebar under hostile settings and tickets', () => {
  it('still answers ticket.save and blocks an unproofread public reply', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await fc.assert(
        fc.asyncProperty(hostileSettings, hostileTicket, async (settings, ticket) => {
          // A review ticket whatever the review tags setting says.
          const tags = ['trustpilot', ...parseSettings(settings).reviewTags, ...ticket.tags];
          const client = createFakeClient({
            settings,
            values: {
              ticket: {
                id: 77,
                subject: ticket.subject,
                description: ticket.description,
                tags,
                requester: { id: 5, name: ticket.name, email: 'r@example.org', role: 'end-user', locale: 'en' },
                comments: [{ id: 1, value: ticket.description, author: { id: 5, role: 'end-user' } }],
              },
              currentUser: { id: 3, name: 'Erik Holm', email: 'erik@example.com', role: 'admin', locale: 'en' },
              'comment.text': '<p>Hi, thank you for the review!</p>',
              'comment.type': 'publicReply',
              'ticket.tags': tags,
            },
          });
          try {
            await act(async () => {
              render(<App createClient={() => client} initialScheme="light" browserLocale="en-US" />);
            });
            // Either the tools rendered (the header's scenario line is theirs) or the app showed its
            // crash message: the gate answers in both cases.
            await waitFor(
              () =>
                expect(
                  screen.queryByRole('combobox', { name: 'Scenario' }) ??
                    screen.queryByRole('heading', { name: /Something went wrong/ }),
                ).not.toBeNull(),
              { timeout: 8000 },
            );
            expect(client.subscribers('ticket.save')).toBe(1);
            const [answer] = client.trigger('ticket.save');
            const result = await verdict(answer);
            expect(result.allow).toBe(false);
          } finally {
            cleanup();
          }
        }),
        { numRuns: 12 },
      );
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  }, 240_000);
});
