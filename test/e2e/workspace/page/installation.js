// The app's installation as Zendesk holds it: ids, and settings from the manifest's defaults,
// then what the fixture's admin set, then `?setting.<name>=value` from the page URL.

/** Parses `?setting.<name>=value` pairs with the manifest's parameter types. */
function settingParams(manifest, params) {
  const out = {};
  for (const [name, value] of params) {
    if (!name.startsWith('setting.')) continue;
    const key = name.slice('setting.'.length);
    const type = (manifest.parameters ?? []).find((p) => p.name === key)?.type;
    out[key] = type === 'number' ? Number(value) : type === 'checkbox' ? value === 'true' : value;
  }
  return out;
}

/** The installation record the workspace serves (metadata and the installations API). */
export function createInstallation(manifest, overrides, params) {
  const defaults = Object.fromEntries(
    (manifest.parameters ?? []).filter((p) => 'default' in p).map((p) => [p.name, p.default]),
  );
  return {
    id: 4207731,
    appId: 873105,
    name: manifest.name,
    version: manifest.version,
    createdAt: '2025-01-15T09:00:00Z',
    updatedAt: '2025-05-20T09:00:00Z',
    settings: { ...defaults, ...overrides, ...settingParams(manifest, params) },
  };
}
