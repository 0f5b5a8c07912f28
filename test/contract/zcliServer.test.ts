import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './buildPackage';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

let child: ChildProcess | undefined;
let out = '';
let base = '';
let output = '';

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'zaf-start-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // `npm start` exactly as a developer runs it, with no terminal to answer prompts.
  child = spawn('node', ['scripts/start.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ZAF_OUT_DIR: out },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`zcli did not start:\n${output}`)), 120_000);
    const check = setInterval(() => {
      if (/Apps server is running/.test(output)) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child?.once('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
});

afterAll(() => {
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already stopped
    }
  }
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('npm start (zcli apps:server)', () => {
  it('prints how to open the app in Zendesk', () => {
    expect(output).toContain('?zcli_apps=true');
  });

  it('serves /app.json listing the app and every setting', async () => {
    const response = await fetch(`${base}/app.json`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      apps: {
        name: string;
        id: string;
        framework_version: string;
        locations: { support: { ticket_sidebar: { url: string } } };
      }[];
      installations: { app_id: string; settings: Record<string, unknown>[] }[];
    };
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'zendesk/manifest.json'), 'utf8')) as {
      name: string;
      parameters: { name: string }[];
    };
    expect(body.apps).toHaveLength(1);
    expect(body.apps[0]?.name).toBe(manifest.name);
    expect(body.apps[0]?.framework_version).toBe('2.0');
    expect(body.apps[0]?.locations.support.ticket_sidebar.url).toBe('assets/index.html');
    const settingNames = (body.installations[0]?.settings ?? []).flatMap((entry) => Object.keys(entry));
    for (const { name } of manifest.parameters) expect(settingNames).toContain(name);
  });

  it('serves the app page and its script under /<app_id>/assets/', async () => {
    const appJson = (await (await fetch(`${base}/app.json`)).json()) as { installations: { app_id: string }[] };
    const appId = appJson.installations[0]?.app_id ?? '';
    const page = await fetch(`${base}/${appId}/assets/index.html`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root"></div>');
    const script = /src="\.\/([^"]+\.js)"/.exec(html)?.[1] ?? '';
    const js = await fetch(`${base}/${appId}/assets/${script}`);
    expect(js.status).toBe(200);
  });

  it("serves the template manager's modal page beside the sidebar's", async () => {
    const appJson = (await (await fetch(`${base}/app.json`)).json()) as { installations: { app_id: string }[] };
    const appId = appJson.installations[0]?.app_id ?? '';
    const page = await fetch(`${base}/${appId}/assets/manager.html`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-page="manager"');
    const script = /src="\.\/([^"]+\.js)"/.exec(html)?.[1] ?? '';
    const js = await fetch(`${base}/${appId}/assets/${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });
});
