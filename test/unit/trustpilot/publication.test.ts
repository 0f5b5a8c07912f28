import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_SCHEDULE_MS, outcomeTag, publicationStatus } from '../../../src/domain/trustpilot/publication';
import { makeTrustpilotReview } from '../../factories';

const SENT = 'Hi Sarah,\n\nSorry about the parcel.\n\nKind regards,\nAlex';
const reviewWith = (text: string | null) =>
  ({
    kind: 'review',
    review: makeTrustpilotReview({
      companyReply: text === null ? null : { text, createdAt: new Date('2026-01-01T14:03:00Z') },
    }),
  }) as const;

describe('publicationStatus', () => {
  it('waits for the next scheduled look while Trustpilot shows no reply', () => {
    expect(FOLLOW_UP_SCHEDULE_MS).toEqual([30_000, 60_000, 120_000, 300_000, 600_000]);
    expect(publicationStatus(SENT, 1_000, 0, reviewWith(null))).toEqual({ kind: 'waiting', nextCheckAt: 61_000 });
    expect(publicationStatus(SENT, 1_000, 3, { kind: 'failed' })).toEqual({ kind: 'waiting', nextCheckAt: 601_000 });
  });

  it('is published when the reply matches once formatting is set aside', () => {
    const status = publicationStatus(
      SENT,
      0,
      0,
      reviewWith('<p>Hi Sarah,</p><p>Sorry about the parcel.</p><p>Kind regards,<br>Alex</p>'),
    );
    expect(status).toEqual({ kind: 'published', at: new Date('2026-01-01T14:03:00Z') });
    expect(outcomeTag(status)).toBe('trustpilot_reply_published');
  });

  it('reports a different reply with its text', () => {
    const status = publicationStatus(SENT, 0, 1, reviewWith('Thanks for your feedback!'));
    expect(status).toEqual({ kind: 'different', text: 'Thanks for your feedback!' });
    expect(outcomeTag(status)).toBe('trustpilot_reply_missing');
  });

  it('is missing after the last look, or unverified when the last look failed', () => {
    expect(publicationStatus(SENT, 0, 4, reviewWith(null))).toEqual({ kind: 'missing' });
    expect(outcomeTag({ kind: 'missing' })).toBe('trustpilot_reply_missing');
    expect(publicationStatus(SENT, 0, 4, { kind: 'failed' })).toEqual({ kind: 'unverified' });
    expect(outcomeTag({ kind: 'unverified' })).toBeNull();
    expect(publicationStatus(SENT, 0, 2, { kind: 'gone' })).toEqual({ kind: 'reviewGone' });
  });
});
