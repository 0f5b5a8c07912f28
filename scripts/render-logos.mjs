#!/usr/bin/env node
// Renders zendesk/assets/logo.svg into the PNG sizes Zendesk requires (320×320 and 128×128).
// Run after changing the SVG: node scripts/render-logos.mjs (needs Debian's chromium).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const assets = new URL('../zendesk/assets/', import.meta.url);
const svg = readFileSync(new URL('logo.svg', assets), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const [file, size] of [
    ['logo.png', 320],
    ['logo-small.png', 128],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const html = `<html><body style="margin:0;background:transparent">${svg.replace('width="320" height="320"', `width="${size}" height="${size}"`)}</body></html>`;
    await page.setContent(html);
    await page.screenshot({
      path: new URL(file, assets).pathname,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
  }
} finally {
  await browser.close();
}
