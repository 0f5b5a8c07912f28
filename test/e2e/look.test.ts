import { afterAll, beforeAll, it } from 'vitest';
import { openFixture, startSession, type E2eSession } from './support/session';
import { fixtureFacts, waitForSidebar } from './support/sidebar';
import { screenshotSidebar } from './support/screenshots';
import { SAMPLE_REPLIES, waitForTools } from './support/heights';
import { waitForQuiet } from './support/session';

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});
const LOOK = (process.env.LOOK ?? 'negative-en').split(',');
it('looks', async () => {
  for (const spec of LOOK) {
    const [fixture, draft, scheme] = spec.split(':');
    const ticket = await openFixture(session, fixture ?? 'negative-en', { width: 320, scheme: scheme === 'dark' ? 'dark' : 'light', role: 'agent' });
    await waitForSidebar(ticket, fixture ?? '');
    await waitForTools(ticket, fixtureFacts(fixture ?? '').locale);
    if (draft === 'draft') {
      await ticket.page.getByLabel('Reply editor').fill(SAMPLE_REPLIES[fixtureFacts(fixture ?? '').locale] ?? '');
      await waitForQuiet(ticket.page);
    }
    console.log(spec, ticket.errors.join('\n').slice(0, 3000));
    console.log(
      await ticket.frame.evaluate(() => {
        const out: string[] = [];
        const walk = (el: Element, depth: number) => {
          const r = el.getBoundingClientRect();
          out.push(`${'  '.repeat(depth)}${el.tagName.toLowerCase()}${el.getAttribute('role') ? '[' + el.getAttribute('role') + ']' : ''} y=${Math.round(r.top)} h=${Math.round(r.height)} ${(el.textContent ?? '').slice(0, 30)}`);
          if (depth < 7) for (const c of Array.from(el.children)) walk(c, depth + 1);
        };
        walk(document.querySelector('main')!, 0);
        return out.join('\n');
      }),
    );
    await screenshotSidebar(ticket.page, `/tmp/look-${spec.replace(/:/g, '-')}.png`);
    await ticket.close();
  }
}, 120_000);
