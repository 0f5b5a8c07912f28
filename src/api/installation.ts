import type { Requester } from '../zaf/port';
import { apiRequest, classifyFailure, responseOf } from './request';

/** What saving the installation's settings came to; the function resolves with this and never rejects. */
export type SaveSettingsResult =
  | { status: 'saved' }
  /** Only Zendesk admins may change an app's settings. */
  | { status: 'forbidden' }
  /** Under `zcli apps:server` there is no installation in Zendesk to save to. */
  | { status: 'local' }
  | { status: 'rateLimited'; retryAfterSeconds: number; retryAt: number }
  | { status: 'failed'; httpStatus: number }
  /**
   * Another admin changed some of the same settings since this sidebar loaded them; nothing was
   * saved. `current` holds the installation's values now, by setting name.
   */
  | { status: 'conflict'; names: string[]; current: Record<string, unknown> };

/**
 * Zendesk gives a numeric installation id; `zcli apps:server` gives a UUID, for which the settings
 * API has nothing to update.
 */
export function isLocalInstallation(installationId: number | string): boolean {
  if (typeof installationId === 'number') return !Number.isSafeInteger(installationId) || installationId <= 0;
  return !/^\d+$/.test(installationId.trim());
}

const installationPath = (installationId: number | string): string =>
  `/api/v2/apps/installations/${encodeURIComponent(String(installationId).trim())}.json`;

/** The request that reads an installation (its settings as they are now). */
const installationReadRequest = (installationId: number | string) =>
  apiRequest({ url: installationPath(installationId), type: 'GET' });

/** The request that stores settings on an installation: only the settings given. */
const installationSettingsRequest = (installationId: number | string, settings: Record<string, unknown>) =>
  apiRequest({
    url: installationPath(installationId),
    type: 'PUT',
    contentType: 'application/json',
    data: JSON.stringify({ settings }),
  });

/** An unset setting and an empty one mean the same to the app. */
const same = (a: unknown, b: unknown): boolean => (a ?? '') === (b ?? '');

/** The settings in `changes` whose value in Zendesk is no longer the one this sidebar loaded. */
function changedElsewhere(
  changes: Record<string, unknown>,
  loaded: Record<string, unknown>,
  current: Record<string, unknown>,
): string[] {
  return Object.keys(changes).filter(
    (name) => !same(current[name], loaded[name]) && !same(current[name], changes[name]),
  );
}

type Outcome<T> = { ok: true; value: T } | { ok: false; result: SaveSettingsResult };

async function send(
  client: Requester,
  options: ReturnType<typeof apiRequest>,
  now: () => number,
): Promise<Outcome<unknown>> {
  let failure;
  try {
    const { status, body, response } = responseOf(await client.request(options));
    if (status >= 200 && status < 300) return { ok: true, value: body };
    failure = classifyFailure(response, now());
  } catch (reason) {
    failure = classifyFailure(reason, now());
  }
  switch (failure.kind) {
    case 'forbidden':
      return { ok: false, result: { status: 'forbidden' } };
    case 'rateLimited': {
      const retryAt = failure.retryAt ?? now();
      return {
        ok: false,
        result: { status: 'rateLimited', retryAt, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now()) / 1000)) },
      };
    }
    case 'server':
    case 'other':
      return { ok: false, result: { status: 'failed', httpStatus: failure.status } };
    default:
      return { ok: false, result: { status: 'failed', httpStatus: 0 } };
  }
}

/** The settings of an installation record (Zendesk answers the record itself; a wrapped one is read too). */
const settingsOf = (body: unknown): Record<string, unknown> | null => {
  const record = body !== null && typeof body === 'object' && 'installation' in body ? body.installation : body;
  const settings =
    record !== null && typeof record === 'object' ? (record as { settings?: unknown }).settings : undefined;
  return settings !== null && typeof settings === 'object' && !Array.isArray(settings)
    ? (settings as Record<string, unknown>)
    : null;
};

export interface SaveSettingsOptions {
  /** Save even where another admin changed the same settings since they were loaded. */
  overwrite?: boolean;
  now?: () => number;
}

/**
 * Saves the settings the admin changed (`changes`, and nothing else) with
 * `PUT /api/v2/apps/installations/{id}.json`, after reading the installation: when another admin
 * changed one of the same settings since this sidebar loaded it (`loaded`), nothing is sent and
 * the result says which, unless `overwrite` is set.
 */
export async function saveInstallationSettings(
  client: Requester,
  installationId: number | string,
  changes: Record<string, unknown>,
  loaded: Record<string, unknown>,
  { overwrite = false, now = Date.now }: SaveSettingsOptions = {},
): Promise<SaveSettingsResult> {
  if (isLocalInstallation(installationId)) return { status: 'local' };
  if (!overwrite) {
    const read = await send(client, installationReadRequest(installationId), now);
    if (!read.ok) return read.result;
    const current = settingsOf(read.value);
    if (current === null) return { status: 'failed', httpStatus: 0 };
    const names = changedElsewhere(changes, loaded, current);
    if (names.length > 0) {
      return { status: 'conflict', names, current: Object.fromEntries(names.map((name) => [name, current[name]])) };
    }
  }
  const written = await send(client, installationSettingsRequest(installationId, changes), now);
  return written.ok ? { status: 'saved' } : written.result;
}
