// Measurements in Chromium against the agent workspace imitation: the review card's first paint,
// protocol round trips before it, the ticket.save hook through the real SDK, the history list.

import { serveZafSdk } from '../../e2e/workspace/zafSdk.mjs';

/**
 * Runs in every frame before its scripts: in the app's frame, notes when the review's title is
 * first in the document (the render that put it there has committed, its effects have not run)
 * and when a frame containing it has been painted (rAF, then a task).
 */
function cardProbe({ title }) {
  if (!/[?&]app_guid=/.test(window.location.search)) return;
  const painted = (insertedEpoch) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__cardPaint = {
          sinceNavigation: performance.now(),
          epoch: performance.timeOrigin + performance.now(),
          insertedEpoch,
        };
      };
      channel.port2.postMessage(null);
    });
  const observer = new MutationObserver(() => {
    if (document.body?.textContent?.includes(title)) {
      observer.disconnect();
      painted(performance.timeOrigin + performance.now());
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Opens the workspace on a fixture in a fresh context; resolves the page and the app frame. */
export async function openWorkspace(browser, workspace, query, { title } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await serveZafSdk(context);
  if (title) await context.addInitScript(cardProbe, { title });
  const page = await context.newPage();
  const url = new URL(workspace.url);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  await page.goto(url.toString());
  await page.waitForFunction(() => 'workspace' in window);
  const frame = await (await page.waitForSelector('#app')).contentFrame();
  return { context, page, frame };
}

const waitForCard = async (frame) => {
  await frame.waitForURL(/app_guid=/, { timeout: 10_000 });
  await frame.waitForFunction(() => window.__cardPaint, null, { timeout: 20_000 });
  return frame.evaluate(() => window.__cardPaint);
};

/** One cold load of a fixture: card paint time, protocol calls before it, files loaded before it. */
export async function measureCardLoad(browser, workspace, { fixture, title, appOrigin }) {
  const { context, page, frame } = await openWorkspace(browser, workspace, { fixture, restDelay: '30' }, { title });
  try {
    const paint = await waitForCard(frame);
    const navigatedAt = await page.evaluate(() => window.workspace.navigatedAt);
    const calls = await page.evaluate(() =>
      window.workspace.log
        .filter((entry) => entry.direction === 'app→host')
        .map((entry) => ({ at: entry.at, request: entry.data?.request ?? null, key: entry.data?.key ?? null })),
    );
    // Calls the card could have waited for: sent before the render that showed it.
    const before = calls.filter((call) => call.at <= paint.insertedEpoch);
    const files = await frame.evaluate(
      ({ origin, paintAt }) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.startsWith(origin) && entry.startTime <= paintAt)
          .map((entry) => new URL(entry.name).pathname.split('/').pop()),
      { origin: appOrigin, paintAt: paint.sinceNavigation },
    );
    return {
      sinceNavigation: paint.sinceNavigation,
      sinceSrcSet: paint.epoch - navigatedAt,
      gets: before.filter((call) => call.request === 'get').length,
      calls: before.filter((call) => call.request !== null || /^request:\d+$/.test(call.key ?? '')).length,
      files,
    };
  } finally {
    await context.close();
  }
}

/** `count` ticket.save hooks, one after the other, timed by the workspace from post to reply. */
export async function measureHook(browser, workspace, { fixture, title, count, draft }) {
  const { context, page, frame } = await openWorkspace(browser, workspace, { fixture }, { title });
  try {
    await waitForCard(frame);
    await page.waitForTimeout(500);
    const subscribed = await page.evaluate(() => (window.workspace.state().subscriptions['ticket.save'] ?? 0) > 0);
    if (!subscribed) return { subscribed: false };
    const run = (n) =>
      page.evaluate(async (times) => {
        const samples = [];
        let blocked = 0;
        for (let i = 0; i < times; i += 1) {
          const outcome = await window.workspace.runHook('ticket.save');
          samples.push(outcome.ms);
          if (outcome.blocked) blocked += 1;
        }
        return { samples, blocked };
      }, n);
    await page.fill('#comment', draft);
    await run(20);
    const publicReply = await run(count);
    await page.check('#type-internal');
    await run(20);
    const internalNote = await run(count);
    return { subscribed: true, publicReply, internalNote };
  } finally {
    await context.close();
  }
}

const LARGE = 1_000_000;
const fillTo = (unit, length = LARGE) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/**
 * The save hook when both texts are as large and as hostile as they get: the review (the ticket's
 * first comment) is 1 MB of 100,000-character words with an e-mail-like tail, the reply 1 MB of a
 * realistic sentence full of numbers, addresses and placeholders. The app is given time to render
 * both before the hooks are timed.
 */
export async function measureLargeHook(browser, workspace, { count }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.route('**/fixtures/negative-en.json', async (route) => {
    const response = await route.fetch();
    const fixture = await response.json();
    const [first, ...rest] = fixture.comments;
    const review = `★☆☆☆☆ 1/5\n\nParcel lost\n\n${fillTo(`${'x'.repeat(100_000)} `, LARGE - 40)}@example`;
    await route.fulfill({ response, json: { ...fixture, comments: [{ ...first, body: review }, ...rest] } });
  });
  const page = await context.newPage();
  try {
    const url = new URL(workspace.url);
    url.searchParams.set('fixture', 'negative-en');
    await page.goto(url.toString());
    await page.waitForFunction(() => 'workspace' in window);
    await page.evaluate(() => window.workspace.ready);
    const frame = await (await page.waitForSelector('#app')).contentFrame();
    await frame.waitForSelector('h2', { timeout: 60_000 });
    const reply = fillTo(
      'Hi Anna, thank you for the review of order 48213! Call +46 70 123 45 67 or write to anna@example.org. IBAN DE89 3704 0044 0532 0130 00 [Customer name] {{name}} <b>ok</b> ',
    );
    await page.evaluate((text) => {
      const area = document.getElementById('comment');
      area.value = text;
      area.dispatchEvent(new Event('input'));
    }, reply);
    // Let the sidebar take in the text before timing the hooks.
    await page.waitForTimeout(5000);
    return await page.evaluate(async (times) => {
      const samples = [];
      let blocked = 0;
      for (let i = 0; i < times + 5; i += 1) {
        const outcome = await window.workspace.runHook('ticket.save');
        if (i >= 5) samples.push(outcome.ms);
        if (i >= 5 && outcome.blocked) blocked += 1;
      }
      return { samples, blocked };
    }, count);
  } finally {
    await context.close();
  }
}

/**
 * Loads a 250-ticket history and reveals it ("Show all", then "Load more" until every ticket is
 * listed). Times the last step: from the click to the full list painted, and the whole sequence.
 */
export async function measureHistory(browser, workspace, { records, strings, total }) {
  // The limit counts the ticket being viewed too, so leave room above the history's size.
  const query = { fixture: 'long-history-en', hold: '1', restDelay: '0', 'setting.historyLimit': String(total + 50) };
  const { context, page, frame } = await openWorkspace(browser, workspace, query);
  try {
    await page.evaluate((list) => {
      if (list) window.workspace.setHistory(list);
      window.workspace.start();
    }, records);
    await frame.waitForURL(/app_guid=/, { timeout: 10_000 });
    const list = frame.getByRole('list', { name: strings.listLabel });
    try {
      // The list is shown on demand: open "Other tickets (N)" first, as an agent would.
      const toggle = frame.getByRole('button', { name: new RegExp(`^${strings.listToggle}`) });
      await toggle.waitFor({ timeout: 10_000 });
      await toggle.click();
      await list.waitFor({ timeout: 10_000 });
    } catch {
      return { status: 'missing', reason: 'no history list in the sidebar' };
    }
    const clickAndPaint = (label) =>
      frame.evaluate(
        ({ label, listLabel }) =>
          new Promise((resolve, reject) => {
            const button = [...document.querySelectorAll('button')].find((b) =>
              b.textContent?.trim().startsWith(label),
            );
            if (!button) {
              reject(new Error(`no button "${label}"`));
              return;
            }
            const rows = () => document.querySelector(`ul[aria-label="${listLabel}"]`)?.children.length ?? 0;
            const before = rows();
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (rows() <= before) return;
              observer.disconnect();
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => resolve({ ms: performance.now() - start, rows: rows() });
                channel.port2.postMessage(null);
              });
            });
            observer.observe(document.body, { childList: true, subtree: true });
            button.click();
          }),
        { label, listLabel: strings.listLabel },
      );
    const steps = [await clickAndPaint(strings.showAll)];
    while ((steps.at(-1)?.rows ?? 0) < total && steps.length < 20) {
      const more = frame.getByRole('button', { name: strings.loadMore });
      try {
        await more.waitFor({ timeout: 5_000 });
      } catch {
        break;
      }
      steps.push(await clickAndPaint(strings.loadMore));
    }
    const last = steps.at(-1);
    return {
      status: 'ok',
      rows: last?.rows ?? 0,
      lastMs: last?.ms ?? Number.NaN,
      totalMs: steps.reduce((sum, step) => sum + step.ms, 0),
      steps: steps.length,
    };
  } finally {
    await context.close();
  }
}

/** The app's height in CSS pixels once its tools show, and the top of one of its buttons. */
const appHeight = (frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 0));

/**
 * The sidebar at 320 px on one fixture: its height with an empty editor, then, with `reply` typed
 * into the editor as a public reply, where "Mark as proofread" starts (both in CSS pixels from
 * the app's top).
 */
export async function measureHeights(browser, workspace, { fixture, reply, strings }) {
  const { context, page, frame } = await openWorkspace(browser, workspace, { fixture, width: '320', restDelay: '0' });
  try {
    await frame.waitForURL(/app_guid=/, { timeout: 10_000 });
    await frame.getByLabel(strings.scenario).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(400);
    const noDraft = await appHeight(frame);
    const header = await frame
      .getByRole('region', { name: strings.header })
      .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    if (reply === null) return { noDraft, header, markTop: null };
    await page.getByLabel('Reply editor').fill(reply);
    const mark = frame.getByRole('button', { name: strings.markButton });
    await mark.waitFor({ timeout: 10_000 });
    const markTop = Math.round(await mark.evaluate((element) => element.getBoundingClientRect().top));
    return { noDraft, header, markTop };
  } finally {
    await context.close();
  }
}
