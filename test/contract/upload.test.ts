import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureSizes } from '../bench/lib/sizes.mjs';
import { zafSdkScript } from '../e2e/workspace/zafSdk.mjs';
import { buildIntoTemp, repoRoot } from './buildPackage';
import { secretWarnings } from './secretScan';

/** JavaScript loaded before the review card shows, Zendesk's SDK included (gzip bytes). */
const STARTUP_BUDGET_GZIP = 105_000;

/** The entries of a ZIP archive, by name, read from its central directory. */
function readZip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThanOrEqual(0);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let index = 0; index < count; index += 1) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(dataStart, dataStart + size);
    entries.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

let out = '';
let zipFile = '';
let entries = new Map<string, Buffer>();

beforeAll(() => {
  out = buildIntoTemp('zaf-upload-');
  zipFile = join(out, 'upload.zip');
  execFileSync(process.execPath, [join(repoRoot, 'scripts/package-zip.mjs')], {
    cwd: repoRoot,
    env: { ...process.env, ZAF_OUT_DIR: out, ZAF_PACKAGE_FILE: zipFile },
    stdio: 'pipe',
  });
  entries = readZip(readFileSync(zipFile));
});
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the upload package (npm run package)', () => {
  it('holds the built app, its manifest and translations, and not the local zcli settings', () => {
    const names = [...entries.keys()];
    for (const file of [
      'manifest.json',
      'assets/index.html',
      'assets/manager.html',
      'assets/logo.png',
      'assets/logo-small.png',
      'translations/en.json',
    ]) {
      expect(names, file).toContain(file);
    }
    expect(names).not.toContain('zcli.apps.config.json');
    expect(names.filter((name) => name.endsWith('.zip'))).toEqual([]);
    expect(entries.get('manifest.json')?.toString('utf8')).toBe(readFileSync(join(out, 'manifest.json'), 'utf8'));
    for (const page of ['assets/index.html', 'assets/manager.html']) {
      const html = entries.get(page)?.toString('utf8') ?? '';
      for (const [, source] of html.matchAll(/(?:src|href)="\.\/([^"]+)"/g))
        expect(names, `${page}: ${source}`).toContain(`assets/${source}`);
    }
  });

  it("gives Zendesk's validator no reason to warn about possible passwords or secrets", () => {
    const warnings = [...entries]
      .filter(([name]) => !/\.(png|jpe?g|gif|ico|woff2?)$/.test(name))
      .flatMap(([name, data]) => secretWarnings(data.toString('utf8')).map((warning) => ({ file: name, ...warning })));
    expect(warnings).toEqual([]);
  });

  it(`loads at most ${STARTUP_BUDGET_GZIP / 1000} kB of gzip JavaScript before the card, SDK included`, async () => {
    const sizes = measureSizes(out);
    // Zendesk's own SDK build cannot be fetched here; its npm build (the same protocol) stands in.
    const sdk = gzipSync(await zafSdkScript()).length;
    const html = readFileSync(join(out, 'assets/index.html'), 'utf8');
    expect(html).toContain(
      '<script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>',
    );
    expect(sizes.startupJs.gzip).toBeGreaterThan(0);
    expect(sizes.startupJs.gzip + sdk).toBeLessThanOrEqual(STARTUP_BUDGET_GZIP);
  });
});
