import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appHeight, headerHeight, SAMPLE_REPLIES, topOf, waitForTools, writeReply } from './support/heights';
import { openFixture, startSession, type E2eSession } from './support/session';
import { fixtureFacts, waitForSidebar } from './support/sidebar';
import { uiText } from './support/strings';

// The sidebar at its real width (320 px) must keep what the agent needs next in view: the whole
// sidebar with no draft, and "Mark as proofread" once a public reply is in the editor.

const REVIEWS = [
  'negative-en',
  'negative-da',
  'neutral-sv',
  'positive-fr',
  'question-de',
  'spam-en',
  'already-answered-en',
  'anonymous-en',
  'long-review-en',
  'long-history-en',
  'no-title-en',
  'html-description-en',
];
const NO_DRAFT_MAX = 900;
const HEADER_MAX = 260;
const MARK_TOP_MAX = 700;

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('the sidebar at 320 px', () => {
  it.each(REVIEWS)('%s: at most 900 px with no draft, the header at most 260 px', async (fixture) => {
    const ticket = await openFixture(session, fixture, { width: 320 });
    try {
      await waitForSidebar(ticket, fixture);
      await waitForTools(ticket, fixtureFacts(fixture).locale);
      const height = await appHeight(ticket);
      const header = await headerHeight(ticket, uiText('review.heading', {}, fixtureFacts(fixture).locale));
      console.log(`height ${fixture} no draft: ${height}px, header ${header}px`);
      expect(height).toBeLessThanOrEqual(NO_DRAFT_MAX);
      expect(header).toBeLessThanOrEqual(HEADER_MAX);
    } finally {
      await ticket.close();
    }
  });

  it.each(REVIEWS.filter((fixture) => !['spam-en', 'already-answered-en'].includes(fixture)))(
    '%s: "Mark as proofread" starts within the first 700 px with a public reply',
    async (fixture) => {
      const ticket = await openFixture(session, fixture, { width: 320 });
      try {
        await waitForSidebar(ticket, fixture);
        const { locale } = fixtureFacts(fixture);
        await writeReply(ticket.page, ticket, SAMPLE_REPLIES[locale] ?? '');
        const top = await topOf(ticket, 'button', uiText('proofread.markButton', {}, locale));
        console.log(`mark top ${fixture}: ${top}px`);
        expect(top).toBeLessThanOrEqual(MARK_TOP_MAX);
      } finally {
        await ticket.close();
      }
    },
  );
});
