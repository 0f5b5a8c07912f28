// Serves the agent workspace imitation (http://127.0.0.1:P) and the built app
// (http://localhost:Q) from two loopback origins on different sites, as Zendesk serves its agent
// interface and an app's iframe from different hosts. Both servers listen on 127.0.0.1 only.

import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const pageDir = join(here, 'page');
const fixturesDir = resolve(here, '..', 'fixtures');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A file inside `root`, or null when the URL path would leave it. */
function inside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = resolve(root, `.${decoded}`);
  return file.startsWith(root + sep) ? file : null;
}

async function sendFile(res, file) {
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    sendText(res, 404, 'Not found');
  }
}

function sendText(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function sendJson(res, value) {
  res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

/** The fixtures, `[{id, label, purpose}]`, in file-name order. */
export async function listFixtures() {
  const files = (await readdir(fixturesDir)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (name) => {
      const { label, purpose } = JSON.parse(await readFile(join(fixturesDir, name), 'utf8'));
      return { id: name.replace(/\.json$/, ''), label, purpose };
    }),
  );
}

function listen(server, port) {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen(server));
  });
}

const close = (server) =>
  new Promise((resolveClose) => {
    server.closeAllConnections();
    server.close(() => resolveClose());
  });

/**
 * Starts the workspace (host origin) and the app server (app origin) for a built package in
 * `distDir`. Resolves `{ url, hostOrigin, appOrigin, close }`; ports default to free ones.
 */
export async function startWorkspace({ distDir, hostPort = 0, appPort = 0 }) {
  const dist = resolve(distDir);
  const manifest = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8'));
  const appPath = manifest.location?.support?.ticket_sidebar?.url ?? 'assets/index.html';

  const appServer = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = req.method === 'GET' || req.method === 'HEAD' ? inside(dist, pathname) : null;
    if (!file) return sendText(res, 404, 'Not found');
    return sendFile(res, file);
  });
  await listen(appServer, appPort);
  // Another site, not only another port: Chromium then runs the app in its own renderer
  // process, as it does for Zendesk's app iframes. The server still listens on 127.0.0.1 only.
  const appOrigin = `http://localhost:${appServer.address().port}`;

  const hostServer = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    if (pathname === '/' || pathname === '/index.html') return sendFile(res, join(pageDir, 'index.html'));
    if (pathname === '/config.json')
      return sendJson(res, { appOrigin, appPath, manifest, fixtures: await listFixtures() });
    if (pathname.startsWith('/page/')) {
      const file = inside(pageDir, pathname.slice('/page'.length));
      return file ? sendFile(res, file) : sendText(res, 404, 'Not found');
    }
    if (pathname.startsWith('/fixtures/') && pathname.endsWith('.json')) {
      const file = inside(fixturesDir, pathname.slice('/fixtures'.length));
      return file ? sendFile(res, file) : sendText(res, 404, 'Not found');
    }
    if (pathname === '/favicon.ico') return sendText(res, 404, 'Not found');
    return sendText(res, 404, 'Not found');
  });
  await listen(hostServer, hostPort);
  const hostOrigin = `http://127.0.0.1:${hostServer.address().port}`;

  return {
    url: `${hostOrigin}/`,
    hostOrigin,
    appOrigin,
    close: () => Promise.all([close(hostServer), close(appServer)]).then(() => undefined),
  };
}
