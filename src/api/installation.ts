import type { ZafClient, ZafRequestFailure } from '../zaf/types';
import { retryAfterMs } from './request';

/** What saving the installation's settings came to; the function resolves with this and never rejects. */
export type SaveSettingsResult =
  | { status: 'saved' }
  /** Only Zendesk admins may change an app's settings. */
  | { status: 'forbidden' }
  /** Under `zcli apps:server` there is no installation in Zendesk to save to. */
  | { status: 'local' }
  | { status: 'rateLimited'; retryAfterSeconds: number }
  | { status: 'failed'; httpStatus: number };

/**
 * Zendesk gives a numeric installation id; `zcli apps:server` gives a UUID, for which the settings
 * API has nothing to update.
 */
export function isLocalInstallation(installationId: number | string): boolean {
  if (typeof installationId === 'number') return !Number.isSafeInteger(installationId) || installationId <= 0;
  return !/^\d+$/.test(installationId.trim());
}

/** The request that stores settings on an installation. */
export const installationSettingsRequest = (installationId: number | string, settings: Record<string, unknown>) => ({
  url: `/api/v2/apps/installations/${encodeURIComponent(String(installationId).trim())}.json`,
  type: 'PUT' as const,
  contentType: 'application/json',
  data: JSON.stringify({ settings }),
  dataType: 'json' as const,
});

const statusOf = (reason: unknown): number => {
  const status = reason !== null && typeof reason === 'object' ? (reason as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : 0;
};

/** Saves settings with `PUT /api/v2/apps/installations/{id}.json`. */
export async function saveInstallationSettings(
  client: ZafClient,
  installationId: number | string,
  settings: Record<string, unknown>,
): Promise<SaveSettingsResult> {
  if (isLocalInstallation(installationId)) return { status: 'local' };
  try {
    await client.request(installationSettingsRequest(installationId, settings));
    return { status: 'saved' };
  } catch (reason) {
    const httpStatus = statusOf(reason);
    if (httpStatus === 401 || httpStatus === 403) return { status: 'forbidden' };
    if (httpStatus === 429) {
      return { status: 'rateLimited', retryAfterSeconds: Math.ceil(retryAfterMs(reason as ZafRequestFailure) / 1000) };
    }
    return { status: 'failed', httpStatus };
  }
}
