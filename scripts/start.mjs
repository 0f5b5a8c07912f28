#!/usr/bin/env node
// `npm start`: builds the app, then serves dist/ with `zcli apps:server` (no prompts: every
// parameter has a value in dist/zcli.apps.config.json) and explains how to open it in Zendesk.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '4567';
const host = process.env.HOST ?? 'localhost';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// ZAF_OUT_DIR lets tests build and serve from a temporary folder instead of dist/.
const out = process.env.ZAF_OUT_DIR ?? 'dist';

const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log(`
Serving the app from ${out} on http://${host}:${port}
Open a ticket in your Zendesk Support account with ?zcli_apps=true at the end of the URL, e.g.
  https://<your-subdomain>.zendesk.com/agent/tickets/123?zcli_apps=true
The sidebar loads the app from this machine. Settings come from zendesk/zcli.apps.config.json.
Press Ctrl+C to stop.
`);

const zcli = fileURLToPath(new URL('../node_modules/.bin/zcli', import.meta.url));
const server = spawn(zcli, ['apps:server', out, '--port', port, '--bind', host], {
  cwd: root,
  // No stdin: zcli must never wait for an answer.
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
