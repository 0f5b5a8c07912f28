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
  const installationRecord = (settings: Record<string, unknown>) => ({
    status: 200,
    headers: {},
    responseJSON: { id: 4242, app_id: 7, settings: { name: 'Trustpilot', ...settings } },
  });

  it('reads the installation, then PUTs only the changed settings as JSON', async () => {
    const client = createFakeClient({ request: () => installationRecord({ companyName: 'Acme', signature: 'Team' }) });
    await expect(
      saveInstallationSettings(client, 4242, { companyName: 'Nordlys' }, { companyName: 'Acme', signature: 'Team' }),
    ).resolves.toEqual({ status: 'saved' });
    expect(client.callsOf('request')).toEqual([
      [
        {
          url: '/api/v2/apps/installations/4242.json',
          type: 'GET',
          dataType: 'json',
          httpCompleteResponse: true,
          autoRetry: false,
        },
      ],
      [
        {
          url: '/api/v2/apps/installations/4242.json',
          type: 'PUT',
          contentType: 'application/json',
          data: '{"settings":{"companyName":"Nordlys"}}',
          dataType: 'json',
          httpCompleteResponse: true,
          autoRetry: false,
        },
      ],
    ]);
  });

  it('saves nothing and names the setting when another admin changed it since it was loaded', async () => {
    const client = createFakeClient({
      request: () => installationRecord({ companyName: 'Acme Nordic', signature: 'Team' }),
    });
    await expect(
      saveInstallationSettings(
        client,
        4242,
        { companyName: 'Nordlys', signature: 'Team' },
        { companyName: 'Acme', signature: 'Old' },
      ),
    ).resolves.toEqual({ status: 'conflict', names: ['companyName'], current: { companyName: 'Acme Nordic' } });
    expect(client.callsOf('request').map(([options]) => (options as { type: string }).type)).toEqual(['GET']);
  });

  it('overwrites without reading when the admin chose to', async () => {
    const client = createFakeClient({ request: () => installationRecord({}) });
    await expect(
      saveInstallationSettings(client, 4242, { companyName: 'Nordlys' }, { companyName: 'Acme' }, { overwrite: true }),
    ).resolves.toEqual({ status: 'saved' });
    expect(client.callsOf('request').map(([options]) => (options as { type: string }).type)).toEqual(['PUT']);
  });

  it('does not call Zendesk for a local installation', async () => {
    const client = createFakeClient();
    await expect(saveInstallationSettings(client, 'a-uuid', {}, {})).resolves.toEqual({ status: 'local' });
    expect(client.callsOf('request')).toEqual([]);
  });

  it.each([
    [{ status: 403 }, { status: 'forbidden' }],
    [{ status: 401 }, { status: 'forbidden' }],
    [
      { status: 429, headers: { 'Retry-After': '7' } },
      { status: 'rateLimited', retryAfterSeconds: 7, retryAt: 7000 },
    ],
    [
      { status: 429, headers: { 'Retry-After': '93' } },
      { status: 'rateLimited', retryAfterSeconds: 93, retryAt: 93_000 },
    ],
    [{ status: 500 }, { status: 'failed', httpStatus: 500 }],
    [new Error('offline'), { status: 'failed', httpStatus: 0 }],
  ])('resolves a failure %j as %j', async (failure, expected) => {
    const client = createFakeClient({
      request: () => {
        throw failure;
      },
    });
    await expect(saveInstallationSettings(client, 1, {}, {}, { now: () => 0 })).resolves.toEqual(expected);
  });
});
