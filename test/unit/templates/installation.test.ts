import { describe, expect, it } from 'vitest';
import { isLocalInstallation, saveInstallationSettings } from '../../../src/api/installation';
import { createFakeClient } from '../../component/fakeClient';

describe('isLocalInstallation', () => {
  it('tells a zcli UUID from a Zendesk installation id', () => {
    expect(isLocalInstallation(4242)).toBe(false);
    expect(isLocalInstallation('4242')).toBe(false);
    expect(isLocalInstallation('0b1c6a2e-8f4e-4b5e-9a3c-3f1d2e4c5b6a')).toBe(true);
    expect(isLocalInstallation(0)).toBe(true);
    expect(isLocalInstallation('')).toBe(true);
  });
});

describe('saveInstallationSettings', () => {
  it('PUTs the settings as JSON to the installation', async () => {
    const client = createFakeClient({ request: () => ({ installation: {} }) });
    await expect(saveInstallationSettings(client, 4242, { companyName: 'Nordlys' })).resolves.toEqual({ status: 'saved' });
    expect(client.callsOf('request')).toEqual([
      [
        {
          url: '/api/v2/apps/installations/4242.json',
          type: 'PUT',
          contentType: 'application/json',
          data: '{"settings":{"companyName":"Nordlys"}}',
          dataType: 'json',
        },
      ],
    ]);
  });

  it('does not call Zendesk for a local installation', async () => {
    const client = createFakeClient();
    await expect(saveInstallationSettings(client, 'a-uuid', {})).resolves.toEqual({ status: 'local' });
    expect(client.callsOf('request')).toEqual([]);
  });

  it.each([
    [{ status: 403 }, { status: 'forbidden' }],
    [{ status: 401 }, { status: 'forbidden' }],
    [{ status: 429, headers: { 'Retry-After': '7' } }, { status: 'rateLimited', retryAfterSeconds: 7 }],
    [{ status: 500 }, { status: 'failed', httpStatus: 500 }],
    [new Error('offline'), { status: 'failed', httpStatus: 0 }],
  ])('resolves a failure %j as %j', async (failure, expected) => {
    const client = createFakeClient({
      request: () => {
        throw failure;
      },
    });
    await expect(saveInstallationSettings(client, 1, {})).resolves.toEqual(expected);
  });
});
