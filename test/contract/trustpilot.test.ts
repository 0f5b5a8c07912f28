import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntoTemp } from './buildPackage';

// The optional Trustpilot connection as Zendesk reads it from the built package.

interface Manifest {
  domainWhitelist?: unknown;
  location?: { support?: { background?: { url?: unknown } } };
  parameters?: { name: string; type: string; secure?: boolean; default?: unknown }[];
}

let out = '';
let manifest: Manifest = {};
beforeAll(() => {
  out = buildIntoTemp('zaf-trustpilot-');
  manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
});
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the Trustpilot connection in the package', () => {
  it('lets requests reach only api.trustpilot.com, with the key as a secure text setting', () => {
    expect(manifest.domainWhitelist).toEqual(['api.trustpilot.com']);
    const key = manifest.parameters?.find((p) => p.name === 'trustpilotApiKey');
    expect(key).toEqual({ name: 'trustpilotApiKey', type: 'text', required: false, secure: true });
    expect(manifest.parameters?.find((p) => p.name === 'trustpilotEnabled')).toMatchObject({
      type: 'checkbox',
      default: false,
    });
  });

  it("has a background location whose page and scripts exist, loaded from relative URLs besides Zendesk's SDK", () => {
    const url = manifest.location?.support?.background?.url;
    expect(url).toBe('assets/background.html');
    const html = readFileSync(join(out, String(url)), 'utf8');
    const sdk = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
    const all = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    // Zendesk's SDK comes first, as a classic script, before the module that uses it.
    expect(all[0]).toBe(sdk);
    const sources = all.filter((source) => source !== sdk);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source, source).toMatch(/^\.\//);
      expect(existsSync(join(out, 'assets', source)), source).toBe(true);
    }
  });
});
