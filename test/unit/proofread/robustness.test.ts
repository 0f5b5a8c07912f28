import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../src/domain/proofread/checkReply';
import { toPublishedText } from '../../../src/domain/proofread/publishedText';
import { decideSend } from '../../../src/domain/proofread/sendDecision';
import { stampFor } from '../../../src/domain/proofread/stamp';
import { makeCheckContext, makeReview, makeSettings } from '../../factories';
import { LATE_DELIVERY, NORDIC_HOME, CONTEXT } from './fixtures';

// Text made of the pieces that trip parsers: tags, entities, brackets, digits, '@', odd spaces.
const tricky = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<p>',
        '</p>',
        '<br>',
        '<div>',
        '&nbsp;',
        '&amp;',
        '&#x1F600;',
        '&#0;',
        '[',
        ']',
        '@',
        '#',
        '+46 ',
        '0',
        '\u0001',
        '\u00a0',
        '\n',
      ),
      fc.constantFrom('Hi Anna,', 'order 48213', 'Storgatan 12', 'the the', 'VERY', 'Kind regards,', 'a@b.se'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('proofreading on arbitrary input', () => {
  it('never throws while normalising and checking', () => {
    fc.assert(
      fc.property(tricky, (html) => {
        const text = toPublishedText(html);
        const result = checkReply(text, makeCheckContext(CONTEXT));
        for (const issue of [...result.blocking, ...result.warnings]) {
          for (const span of issue.spans) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(span.end).toBeGreaterThan(span.start);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('allows a proofread reply exactly when no blocking check fails', () => {
    fc.assert(
      fc.property(tricky, (html) => {
        const text = toPublishedText(html);
        const context = makeCheckContext({
          ...CONTEXT,
          review: makeReview(LATE_DELIVERY),
          settings: makeSettings(NORDIC_HOME),
        });
        const decision = decideSend({
          ...context,
          isReview: true,
          draft: { text: html, type: 'publicReply' },
          stamp: stampFor(text),
          recommendation: 'publicReply',
        });
        const blocked = text.length > 0 && checkReply(text, context, { blockingOnly: true }).blocking.length > 0;
        expect(decision.allow).toBe(!blocked);
      }),
      { numRuns: 400 },
    );
  });
});
