import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntoTemp } from './buildPackage';

// Zendesk's package rules (see ZAF.md), checked on the built package the way the validator reads it.
const ALLOWED_PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'];
const LOCALE_FILE = /^[a-z]{2,3}(-\w{2,3})?\.json$/;

interface Parameter {
  name: unknown;
  type: unknown;
  required?: unknown;
  secure?: unknown;
  default?: unknown;
}
interface Manifest {
  name?: unknown;
  author?: { name?: unknown; email?: unknown; url?: unknown };
  defaultLocale?: unknown;
  private?: unknown;
  location?: { support?: { ticket_sidebar?: { url?: unknown; flexible?: unknown } } };
  version?: unknown;
  frameworkVersion?: unknown;
  parameters?: Parameter[];
}
type Tree = { [key: string]: unknown };

let out = '';
let manifest: Manifest = {};
const readJson = (path: string): Tree => JSON.parse(readFileSync(join(out, path), 'utf8')) as Tree;
const pngSize = (path: string): { width: number; height: number } => {
  const bytes = readFileSync(join(out, path));
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};
const at = (tree: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Tree)[key] : undefined), tree);

beforeAll(() => {
  out = buildIntoTemp('zaf-contract-');
  manifest = readJson('manifest.json');
});
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the built package', () => {
  it('has the files Zendesk requires', () => {
    for (const file of [
      'manifest.json',
      'assets/index.html',
      'assets/logo.png',
      'assets/logo-small.png',
      'assets/logo.svg',
      'translations/en.json',
      'zcli.apps.config.json',
    ]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
  });

  it('has logos of the required sizes', () => {
    expect(pngSize('assets/logo.png')).toEqual({ width: 320, height: 320 });
    expect(pngSize('assets/logo-small.png')).toEqual({ width: 128, height: 128 });
    expect(readFileSync(join(out, 'assets/logo.svg'), 'utf8')).toMatch(
      /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
  });

  it('has a manifest with the required keys and types', () => {
    expect(typeof manifest.name).toBe('string');
    expect(typeof manifest.author?.name).toBe('string');
    expect(manifest.author?.email).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(manifest.defaultLocale).toBe('en');
    expect(manifest.frameworkVersion).toBe('2.0');
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(typeof (manifest.private ?? true)).toBe('boolean');
  });

  it('puts the app in the ticket sidebar at a URL that exists in the package', () => {
    const sidebar = manifest.location?.support?.ticket_sidebar;
    expect(sidebar).toEqual({ url: 'assets/index.html', flexible: true });
    expect(existsSync(join(out, String(sidebar?.url)))).toBe(true);
  });

  it("loads its scripts from relative URLs that exist, besides Zendesk's SDK", () => {
    const html = readFileSync(join(out, 'assets/index.html'), 'utf8');
    const sdk = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
    const all = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(all[0]).toBe(sdk);
    const sources = all.filter((source) => source !== sdk);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source, source).toMatch(/^\.\//);
      expect(existsSync(join(out, 'assets', source)), source).toBe(true);
    }
  });

  it("holds the template manager's modal page: the sidebar's page, marked to load the manager's own chunk", () => {
    // Opened with instances.create({location: 'modal', url: 'assets/manager.html'}): it must be in the package.
    const manager = readFileSync(join(out, 'assets/manager.html'), 'utf8');
    const sidebar = readFileSync(join(out, 'assets/index.html'), 'utf8');
    const scripts = (html: string) => [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(manager).toContain('<html lang="en" data-page="manager">');
    expect(sidebar).not.toContain('data-page="manager"');
    // The same start-up scripts (Zendesk's SDK first), so the sidebar's start-up is not split for it.
    expect(scripts(manager)).toEqual(scripts(sidebar));
    const entry = scripts(sidebar).find((source) => /^\.\/index-[\w-]+\.js$/.test(source)) ?? '';
    const code = readFileSync(join(out, 'assets', entry), 'utf8');
    const chunk = /["'`]\.\/(manager-[\w-]+\.js)["'`]/.exec(code)?.[1] ?? '';
    expect(chunk).not.toBe('');
    expect(existsSync(join(out, 'assets', chunk)), chunk).toBe(true);
  });

  it('declares only parameters Zendesk accepts', () => {
    const parameters = manifest.parameters ?? [];
    expect(parameters.length).toBeGreaterThan(0);
    const names = parameters.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const parameter of parameters) {
      expect(typeof parameter.name).toBe('string');
      expect(parameter.name).not.toBe('name');
      expect(ALLOWED_PARAMETER_TYPES).toContain(parameter.type);
      if ('required' in parameter) expect(typeof parameter.required).toBe('boolean');
      if ('secure' in parameter) expect(typeof parameter.secure).toBe('boolean');
      if (parameter.type === 'hidden') expect(parameter.required).not.toBe(true);
    }
  });

  it('has the default locale file with the app block and a label for every parameter', () => {
    const defaults = readJson(`translations/${String(manifest.defaultLocale)}.json`);
    for (const key of ['name', 'short_description', 'long_description', 'installation_instructions']) {
      expect(typeof at(defaults, `app.${key}`), key).toBe('string');
    }
    for (const { name } of manifest.parameters ?? []) {
      expect(typeof at(defaults, `app.parameters.${String(name)}.label`), String(name)).toBe('string');
    }
  });

  it('names its locale files as Zendesk expects, for every supported language', () => {
    const files = readdirSync(join(out, 'translations'));
    expect(files.sort()).toEqual(['da.json', 'de.json', 'en.json', 'fr.json', 'sv.json']);
    for (const file of files) expect(file).toMatch(LOCALE_FILE);
  });

  it('ships a zcli config with a value for every parameter, so the local server never prompts', () => {
    const config = readJson('zcli.apps.config.json') as { parameters?: Tree };
    for (const { name } of manifest.parameters ?? []) {
      expect(Object.keys(config.parameters ?? {}), String(name)).toContain(name);
    }
  });
});
