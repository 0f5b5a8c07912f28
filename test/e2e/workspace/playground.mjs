#!/usr/bin/env node
// `npm run playground`: builds the app into dist/ and opens it in the agent workspace imitation,
// so anyone can try it without a Zendesk account. Options: --port N (default 4580), --no-build.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp, root } from './build.mjs';
import { startWorkspace } from './server.mjs';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 4580));
const distDir = join(root, 'dist');

if (!args.includes('--no-build') || !existsSync(join(distDir, 'manifest.json'))) {
  console.log('Building the app into dist/ …');
  await buildApp(distDir);
}
const workspace = await startWorkspace({ distDir, hostPort: port });
console.log(`
Agent workspace imitation: ${workspace.url}
  The app is served from ${workspace.appOrigin} (another origin, as in Zendesk).
  Pick a ticket at the top; write in the reply editor and press Submit to run the ticket.save hook.
  URL options: ?fixture=<name>&scheme=dark&role=admin&width=350&fault=search:429&editor=plain
Press Ctrl+C to stop.`);

const stop = () => {
  workspace.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
