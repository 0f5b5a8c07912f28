import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { buildApp } from '../workspace/build.mjs';
import { launchChromium } from '../workspace/chromium.mjs';
import { startWorkspace, type RunningWorkspace } from '../workspace/server.mjs';
import { serveZafSdk } from '../workspace/zafSdk.mjs';
import type { WorkspaceState } from './workspaceHandle';
import './workspaceHandle';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app built once for the e2e run by test/e2e/globalSetup.ts. */
    e2eDistDir?: string;
  }
}

/** A running workspace server and browser for one test file. */
export interface E2eSession {
  browser: Browser;
  workspace: RunningWorkspace;
  close(): Promise<void>;
}

/**
 * Uses the package in E2E_DIST_DIR, or the app built by the global setup, or builds one for this
 * file when it runs alone.
 */
export async function startSession(): Promise<E2eSession> {
  const shared = process.env.E2E_DIST_DIR ?? inject('e2eDistDir');
  const own = shared ? null : mkdtempSync(join(tmpdir(), 'trustpilot-e2e-'));
  const distDir = shared ?? (await buildApp(own ?? undefined));
  const workspace = await startWorkspace({ distDir });
  const browser = await launchChromium();
  return {
    browser,
    workspace,
    async close() {
      await browser.close();
      await workspace.close();
      if (own) rmSync(own, { recursive: true, force: true });
    },
  };
}

export interface OpenOptions {
  scheme?: 'light' | 'dark';
  role?: 'agent' | 'admin';
  width?: number;
  /** More workspace URL parameters (restDelay, fault, editor, hookTimeout). */
  params?: Record<string, string>;
  /** When true, loading the SDK from Zendesk's URL fails (the app must fall back to its own copy). */
  sdkUnreachable?: boolean;
}

/** A fixture ticket open in the workspace, with the app's iframe. */
export interface OpenTicket {
  page: Page;
  context: BrowserContext;
  /** Locators inside the app's iframe (getByRole, getByLabel, getByText). */
  app: FrameLocator;
  /** The app's frame itself, for evaluate and axe. */
  frame: Frame;
  /** Uncaught errors and console errors from the page and the app. */
  errors: string[];
  state(): Promise<WorkspaceState>;
  close(): Promise<void>;
}

/** Opens a fixture in a fresh browser context and waits until Zendesk registered the app. */
export async function openFixture(
  session: E2eSession,
  fixture: string,
  options: OpenOptions = {},
): Promise<OpenTicket> {
  const { scheme = 'light', role = 'agent', width = 320, params = {}, sdkUnreachable = false } = options;
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 1000 }, colorScheme: scheme });
  // Zendesk's SDK URL, answered with the test double (the browser has no network).
  await serveZafSdk(context, { fail: sdkUnreachable });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  const url = new URL(session.workspace.url);
  for (const [name, value] of Object.entries({ fixture, scheme, role, width: String(width), ...params })) {
    url.searchParams.set(name, value);
  }
  await page.goto(url.toString());
  await page.waitForFunction(() => 'workspace' in window);
  // With `hold=1` the app loads only when the test calls `workspace.start()`.
  if (params.hold !== '1') await page.evaluate(() => window.workspace.ready);
  // Attached, not visible: an app may hide itself before this point.
  const element = await page.waitForSelector('#app', { state: 'attached' });
  const frame = await element.contentFrame();
  if (!frame) throw new Error('the app iframe has no frame');
  return {
    page,
    context,
    app: page.frameLocator('#app'),
    frame,
    errors,
    state: () => page.evaluate(() => window.workspace.state()),
    close: () => context.close(),
  };
}

/** Waits until no protocol message has passed for `quietMs` (the app finished starting up). */
export async function waitForQuiet(page: Page, quietMs = 400, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let count = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = await page.evaluate(() => window.workspace.log.length);
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return;
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`the app kept talking to Zendesk for ${timeoutMs} ms`);
}
