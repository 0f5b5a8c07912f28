import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGuidance } from '../../../src/domain/guidance/buildGuidance';
import { parseReview } from '../../../src/domain/review/parseReview';
import type { Review } from '../../../src/domain/review/types';
import { classifyScenario } from '../../../src/domain/scenario/classifyScenario';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { BestPractices, GuidanceReasons } from '../../../src/features/guidance/GuidancePanel';
import { ReviewCard } from '../../../src/features/review/ReviewCard';
import { ReviewDetails } from '../../../src/features/review/ReviewDetails';
import { ScenarioSignals, ScenarioSwitcher } from '../../../src/features/review/ScenarioSwitcher';
import { ticketSnapshot } from '../../unit/review/arbitraries';
import { renderWithProviders } from '../helpers';
import { makeReview } from '../../factories';

/** Five hours after `makeReview`'s default `createdAt`. */
const NOW = new Date('2025-05-01T13:00:00Z');

/** The card, its details, the switcher with its signals and the guidance for one review, all opened. */
function Views({ review }: { review: Review }) {
  const detected = classifyScenario(review);
  const guidance = buildGuidance(review, detected.scenario, DEFAULT_SETTINGS, NOW);
  return (
    <>
      <ReviewCard review={review} now={NOW} />
      <ReviewDetails review={review} />
      <ScenarioSwitcher detected={detected} value={detected.scenario} onChange={() => undefined} />
      <ScenarioSignals detected={detected} />
      <GuidanceReasons guidance={guidance} showResponseTime />
      <BestPractices guidance={guidance} />
    </>
  );
}

const tagsIn = (root: Element): Set<string> =>
  new Set([...root.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));

/** Every element the views can create themselves, collected from a review that uses every feature. */
async function ownElements(): Promise<Set<string>> {
  const review = makeReview({
    alreadyAnswered: true,
    edited: true,
    starsConflict: true,
    starsFromText: 4,
    reference: 'AB-1',
    reviewUrl: 'https://www.trustpilot.com/reviews/1',
    text: `${'Long text. '.repeat(100)}\n\nWhere is my order? Total scam.`,
    reviewer: { name: '', firstName: '', anonymous: true, id: null, email: '', locale: '' },
  });
  const { container } = await renderWithProviders(<Views review={review} />);
  const tags = tagsIn(container);
  cleanup();
  return tags;
}

function expectNoMarkupFromReview(root: Element, allowed: Set<string>): void {
  for (const element of root.querySelectorAll('*')) {
    expect(allowed, `<${element.tagName.toLowerCase()}> came from the review`).toContain(element.tagName.toLowerCase());
    for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on'), attribute).toBe(false);
  }
  for (const link of root.querySelectorAll('a'))
    expect(link.getAttribute('href')).toMatch(/^https?:\/\/([a-z0-9-]+\.)*trustpilot\.com\//);
}

/**
 * Each run renders the whole card, switcher and guidance in jsdom: 150 renders take seconds, and
 * several times longer on a busy 2-core machine, so these tests get their own time limit.
 */
const PROPERTY_TIMEOUT_MS = 180_000;

describe('the review views on generated tickets', () => {
  it(
    'render any ticket without throwing and create no element from its text',
    async () => {
      const allowed = await ownElements();
      await fc.assert(
        fc.asyncProperty(ticketSnapshot, async (ticket) => {
          const { container } = await renderWithProviders(<Views review={parseReview(ticket, DEFAULT_SETTINGS)} />);
          expectNoMarkupFromReview(container, allowed);
          cleanup();
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'show markup written into any field of a review as text',
    async () => {
      const allowed = await ownElements();
      const markup = fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        '<script>alert(1)</script>',
        '<a href="javascript:alert(1)">x</a>',
        '<svg onload=alert(1)>',
        '<iframe src="https://evil.example">',
        '<b>bold</b>',
        '<style>*{display:none}</style>',
      );
      const field = fc
        .tuple(fc.string({ maxLength: 20 }), markup, fc.string({ maxLength: 20 }))
        .map((parts) => parts.join(''));
      await fc.assert(
        fc.asyncProperty(field, field, field, field, async (title, text, name, reference) => {
          const review = makeReview({
            title,
            text,
            reference,
            reviewer: { name, firstName: name, anonymous: false, id: 1, email: '', locale: '' },
            reviewUrl: 'javascript:alert(1)',
          });
          const { container } = await renderWithProviders(<Views review={review} />);
          expectNoMarkupFromReview(container, allowed);
          expect(container.textContent).toContain(title.trim());
          cleanup();
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
