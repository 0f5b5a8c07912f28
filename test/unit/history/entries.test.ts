import { describe, expect, it } from 'vitest';
import { channelOf } from '../../../src/domain/history/channels';
import { isReviewTicket, starsFromTags, toHistoryEntries } from '../../../src/domain/history/entries';
import { makeHistoryTicket } from '../../factories';

const options = { reviewTags: ['trustpilot', 'trustpilot-review'], excludeTicketId: 100 };

describe('toHistoryEntries', () => {
  it('maps reviews with their stars and other tickets with their channel, newest first', () => {
    const entries = toHistoryEntries(
      [
        makeHistoryTicket({
          id: 1,
          createdAt: new Date('2024-01-01'),
          tags: ['trustpilot', 'rating_5'],
          viaChannel: 'any_channel',
        }),
        makeHistoryTicket({
          id: 2,
          createdAt: new Date('2024-06-01'),
          status: 'open',
          viaChannel: 'email',
          subject: 'Refund?',
        }),
        makeHistoryTicket({ id: 3, createdAt: new Date('2024-03-01'), status: 'hold', viaChannel: 'chat' }),
      ],
      options,
    );
    expect(entries).toEqual([
      {
        kind: 'ticket',
        ticketId: 2,
        subject: 'Refund?',
        status: 'open',
        channel: 'email',
        createdAt: new Date('2024-06-01'),
        unresolved: true,
      },
      {
        kind: 'ticket',
        ticketId: 3,
        subject: 'Ticket 3',
        status: 'hold',
        channel: 'chat',
        createdAt: new Date('2024-03-01'),
        unresolved: true,
      },
      {
        kind: 'review',
        ticketId: 1,
        subject: 'Ticket 1',
        status: 'closed',
        channel: 'trustpilot',
        createdAt: new Date('2024-01-01'),
        unresolved: false,
        stars: 5,
      },
    ]);
  });

  it('leaves out the current ticket and keeps duplicates from shifted pages once', () => {
    const entries = toHistoryEntries(
      [makeHistoryTicket({ id: 100 }), makeHistoryTicket({ id: 7 }), makeHistoryTicket({ id: 7 })],
      options,
    );
    expect(entries.map((entry) => entry.ticketId)).toEqual([7]);
  });

  it('keeps everything when there is no current ticket id', () => {
    expect(toHistoryEntries([makeHistoryTicket({ id: 100 })], { ...options, excludeTicketId: null })).toHaveLength(1);
  });

  it('puts undated tickets last and orders equal dates by id', () => {
    const entries = toHistoryEntries(
      [makeHistoryTicket({ id: 4, createdAt: null }), makeHistoryTicket({ id: 5 }), makeHistoryTicket({ id: 6 })],
      options,
    );
    expect(entries.map((entry) => entry.ticketId)).toEqual([6, 5, 4]);
  });

  it('uses the configured review tags', () => {
    const [entry] = toHistoryEntries([makeHistoryTicket({ id: 9, tags: ['reviews_io', 'rating_3'] })], {
      reviewTags: ['Reviews_IO'],
      excludeTicketId: null,
    });
    expect(entry).toMatchObject({ kind: 'review', stars: 3 });
  });
});

describe('starsFromTags', () => {
  it.each([
    [['rating_4'], 4],
    [['trustpilot', 'RATING_1'], 1],
    [['rating_2', 'rating_2'], 2],
    [['rating_2', 'rating_5'], null],
    [['rating_6', 'rating_0', 'rating_'], null],
    [[], null],
  ])('%j → %s', (tags, stars) => {
    expect(starsFromTags(tags)).toBe(stars);
  });
});

describe('isReviewTicket', () => {
  it('matches any configured tag, ignoring case and blanks', () => {
    expect(isReviewTicket(['trustpilot-review'], ['trustpilot', 'trustpilot-review'])).toBe(true);
    expect(isReviewTicket(['order'], ['trustpilot', ' '])).toBe(false);
    expect(isReviewTicket([''], [''])).toBe(false);
  });
});

describe('channelOf', () => {
  it.each([
    ['email', 'email'],
    ['web', 'web'],
    ['help_center', 'web'],
    ['api', 'api'],
    ['chat', 'chat'],
    ['voice', 'voice'],
    ['phone_call_inbound', 'voice'],
    ['native_messaging', 'messaging'],
    ['sunshine_conversations_facebook_messenger', 'messaging'],
    ['twitter', 'social'],
    ['any_channel', 'integration'],
    ['rule', 'other'],
    ['', 'other'],
  ])('%s → %s', (via, channel) => {
    expect(channelOf(via)).toBe(channel);
  });
});
