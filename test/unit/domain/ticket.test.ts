import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTicket, normalizeUser } from '../../../src/domain/ticket';

describe('normalizeTicket', () => {
  it('reads the fields ZAF gives for a ticket', () => {
    const ticket = normalizeTicket({
      id: 1234,
      subject: 'Late delivery',
      description: '<p>Rating: 1/5</p>',
      tags: ['Trustpilot', 'rating_1'],
      status: 'open',
      createdAt: '2026-11-20T09:00:00Z',
      requester: { id: 77, name: 'Maria Lindqvist', email: 'maria@example.se', role: 'end-user', locale: 'sv-SE' },
      comments: [{ id: 1, value: '<p>Rating: 1/5</p>', author: { id: 77, name: 'Maria Lindqvist', role: 'end-user' } }],
      via: { channel: 'api' },
    });
    expect(ticket).toEqual({
      id: 1234,
      subject: 'Late delivery',
      description: '<p>Rating: 1/5</p>',
      tags: ['trustpilot', 'rating_1'],
      status: 'open',
      createdAt: '2026-11-20T09:00:00Z',
      requester: { id: 77, name: 'Maria Lindqvist', email: 'maria@example.se', role: 'end-user', locale: 'sv-SE' },
      comments: [
        {
          id: 1,
          value: '<p>Rating: 1/5</p>',
          author: { id: 77, name: 'Maria Lindqvist', email: '', role: 'end-user', locale: '' },
        },
      ],
      channel: 'api',
    });
  });

  it('turns missing or wrong-typed fields into empty values', () => {
    expect(normalizeTicket({ tags: [1, 'a', null], requester: 'x', comments: [null, 3] })).toEqual({
      id: null,
      subject: '',
      description: '',
      tags: ['a'],
      status: '',
      createdAt: null,
      requester: null,
      comments: [],
      channel: '',
    });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const ticket = normalizeTicket(value);
        expect(Array.isArray(ticket.tags)).toBe(true);
        expect(typeof ticket.description).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads unknown roles as unknown', () => {
    expect(normalizeUser({ role: 'owner' })?.role).toBe('unknown');
  });
});
