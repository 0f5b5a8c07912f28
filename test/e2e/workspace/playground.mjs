#!/usr/bin/env node
// `npm run playground`: builds the app into dist/ and opens it in the agent workspace imitation,
// so anyone can try it without a Zendesk account. Options: --port N (default 4580), --no-build,
// --screenshot FILE [--fixture NAME] [--scheme dark] (save a picture of the workspace and exit).

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
const screenshot = args.includes('--screenshot') ? args[args.indexOf('--screenshot') + 1] : null;
const workspace = await startWorkspace({
  distDir,
  hostPort: screenshot ? 0 : port,
  appPort: screenshot ? 0 : port + 1,
});
if (screenshot) {
  const { takeScreenshot } = await import('./screenshot.mjs');
  const fixture = args.includes('--fixture') ? args[args.indexOf('--fixture') + 1] : 'negative-en';
  const scheme = args.includes('--scheme') ? args[args.indexOf('--scheme') + 1] : 'light';
  try {
    const draft =
      'Hi Sarah,\n\nThank you for telling us, and I am truly sorry your dining set never arrived.\n\nKind regards,\nAlex';
    await takeScreenshot(workspace, { file: screenshot, fixture, scheme, draft });
    console.log(`Saved ${screenshot}`);
  } finally {
    await workspace.close();
  }
  process.exit(0);
}
console.log(`
Agent workspace imitation: ${workspace.url}
  The app is served from ${workspace.appOrigin} (another origin, as in Zendesk).
  Pick a ticket at the top; write in the reply editor and press Submit to run the ticket.save hook.
  URL options: ?fixture=<name>&scheme=dark&role=admin&width=350&fault=search:429&editor=plain
  Trustpilot API imitation: ?trustpilot=normal|edited|deleted|replied|reply-after|never|different|
    unauthorized|rate-limited|slow (also in the toolbar), trustpilotReplyDelay=<ms>, trustpilotRetryAfter=<s>
Press Ctrl+C to stop.`);

const stop = () => {
  workspace.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
