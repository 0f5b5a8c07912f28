import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEMPLATE_SETTING_NAMES } from '../../../src/domain/settings';
import { buildTemplateCatalog } from '../../../src/domain/templates/catalog';
import {
  TemplateManagerLauncher,
  type TemplateManagerLauncherProps,
} from '../../../src/features/settings/TemplateManagerLauncher';
import type { TemplateTexts } from '../../../src/features/settings/useTemplateDrafts';
import type { ZafRequestOptions } from '../../../src/zaf/types';
import { makeReview, makeSettings } from '../../factories';

import { createFakeClient, renderWithProviders, type FakeClient } from '../helpers';
import { LATE_DELIVERY, NORDLYS_HOME, agent, admin } from '../templates/fixtures';

// The manager keeps unsaved texts in the browser: every test starts with none kept. Where the fake
// Zendesk opens no modal, the launcher says why in the console; that is kept out of the test output.
beforeEach(() => {
  localStorage.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

// As in the sidebar: the catalogue is built from the settings and handed down.
const Launcher = (props: Omit<TemplateManagerLauncherProps, 'catalog'>) => (
  <TemplateManagerLauncher {...props} catalog={buildTemplateCatalog(props.settings.templateTexts)} />
);

const rawSettings = {
  companyName: 'Nordlys Home',
  supportEmail: 'help@nordlys.example',
  supportPhone: '+46 8 123 45 67',
  reviewTags: 'trustpilot',
  ...Object.fromEntries(TEMPLATE_SETTING_NAMES.map((name) => [name, ''])),
};

const openManager = async (
  client: FakeClient,
  settings = makeSettings(NORDLYS_HOME),
  onSaved?: (texts: TemplateTexts) => void,
) => {
  const user = userEvent.setup();
  await renderWithProviders(
    <Launcher currentUser={admin} review={makeReview(LATE_DELIVERY)} settings={settings} onSaved={onSaved} />,
    { client },
  );
  await user.click(screen.getByRole('button', { name: 'Manage templates' }));
  await screen.findByRole('heading', { name: 'Template manager' }, { timeout: LAZY_LOAD_MS });
  return user;
};

// The manager is a separate chunk; its first import in a test run is compiled on demand.
const LAZY_LOAD_MS = 10_000;

const editor = () => screen.getByRole('textbox', { name: 'Template text' });

describe('TemplateManagerLauncher', () => {
  it('shows nothing to agents', async () => {
    const settings = makeSettings(NORDLYS_HOME);
    settings.templateTexts = { ...settings.templateTexts, templateNegative1: 'Hi [Customer name' };
    const { container } = await renderWithProviders(
      <Launcher currentUser={agent} review={makeReview(LATE_DELIVERY)} settings={settings} />,
    );
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('button', { name: 'Manage templates' })).toBeNull();
  });

  it('shows admins the problems in the settings, with setting and line', async () => {
    const settings = makeSettings(NORDLYS_HOME);
    settings.templateTexts = {
      ...settings.templateTexts,
      templateNegative1: 'Hi [Customer name',
      customTemplates: '# X | angry\nx',
    };
    await renderWithProviders(<Launcher currentUser={admin} review={makeReview(LATE_DELIVERY)} settings={settings} />);
    expect(screen.getByText('Problems in the template settings: 2')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Problems in the template settings' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '1★: apology and solution – Line 1, column 4: unclosed bracket in “[Customer name”. Close the placeholder with ].',
      'Extra templates – Line 1: unknown scenario “angry”. Use negative, neutral, positive, question, spam or any.',
    ]);
  });

  // The fake client has no modals (its `instances.create` answers nothing): the manager opens in place.
  it('loads the manager only when asked, in place where Zendesk opens no modal', async () => {
    const user = userEvent.setup();
    await renderWithProviders(
      <Launcher currentUser={admin} review={makeReview(LATE_DELIVERY)} settings={makeSettings(NORDLYS_HOME)} />,
    );
    expect(screen.queryByRole('heading', { name: 'Template manager' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Manage templates' }));
    expect(
      await screen.findByRole('heading', { name: 'Template manager' }, { timeout: LAZY_LOAD_MS }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the review' }));
    expect(screen.queryByRole('heading', { name: 'Template manager' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Manage templates' })).toBeInTheDocument();
  });
});

describe('TemplateManager', () => {
  it('previews the built-in template against the open review', async () => {
    await openManager(createFakeClient({ settings: rawSettings }));
    expect(screen.getByRole('combobox', { name: 'Setting' })).toHaveDisplayValue('1★: apology and solution – built-in');
    expect(editor()).toHaveValue('');
    expect(screen.getByText('Empty – agents get the built-in template.')).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview.textContent?.startsWith('Hi Maria,\n\nThank you for taking the time')).toBe(true);
    expect(preview.textContent).toContain('send an email to help@nordlys.example');
    expect(within(preview).getByText('[specific problem]').tagName).toBe('MARK');
  });

  it('validates as the admin types and previews the new text', async () => {
    const client = createFakeClient({ settings: rawSettings });
    const user = await openManager(client);
    await user.click(editor());
    await user.paste('== sv ==\nHej [[Kundens namn]],');
    expect(screen.getByText('Problems: 1. See the list below.')).toBeInTheDocument();
    const problems = screen.getByRole('list', { name: 'Problems in this setting' });
    expect(within(problems).getByRole('listitem')).toHaveTextContent(
      'Line 2, column 5: brackets inside brackets in “[[Kundens namn]],”. Write a placeholder as [label].',
    );
    expect(
      screen.getByText('Until this is fixed, agents get the built-in template for this setting.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save to Zendesk' })).toBeDisabled();
    expect(screen.getByText('Fix the problems in 1★: apology and solution before saving.')).toBeInTheDocument();

    await user.clear(editor());
    await user.paste('== sv ==\nHej [Kundens namn], förlåt för [problemet].\n\n[Signatur]');
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Setting' })).toHaveDisplayValue('1★: apology and solution – unsaved');
    expect(screen.getByRole('combobox', { name: 'Preview language' })).toHaveDisplayValue('English');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preview language' }), 'Swedish');
    expect(screen.getByText('From the setting, as agents will see it.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Preview' }).textContent).toBe(
      'Hej Maria, förlåt för [problemet].\n\nIda Holm',
    );
  });

  it('starts from the built-in template in every language', async () => {
    const user = await openManager(createFakeClient({ settings: rawSettings }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Setting' }), '5★: big thank you – built-in');
    await user.click(screen.getByRole('button', { name: 'Start from the built-in template' }));
    const text = (editor() as HTMLTextAreaElement).value;
    expect(text.startsWith('== en ==\nHi [Customer name],\n\nThank you so much for the wonderful five stars!')).toBe(
      true,
    );
    expect(text).toContain('\n\n== de ==\nHallo [Kundenname],');
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start from the built-in template' })).toBeDisabled();
  });

  const installationWith = (settings: Record<string, unknown>) => ({
    status: 200,
    headers: {},
    responseJSON: { id: 4242, settings: { name: 'Trustpilot Reply Assistant', ...settings } },
  });
  const customText = '# Delivery delay | negative\nSorry about the wait, [Customer name].';

  it('reads the installation, then saves only the changed setting', async () => {
    const requests: ZafRequestOptions[] = [];
    const client = createFakeClient({
      settings: rawSettings,
      request: (options) => {
        requests.push(options);
        return installationWith(rawSettings);
      },
    });
    const onSaved = vi.fn();
    const user = await openManager(client, makeSettings(NORDLYS_HOME), onSaved);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Setting' }), 'Extra templates – empty');
    await user.click(editor());
    await user.paste(customText);
    await user.click(screen.getByRole('button', { name: 'Save to Zendesk' }));

    expect(await screen.findByText(/^Saved\. The new templates apply in this ticket right away/)).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ customTemplates: customText });
    expect(requests.map((request) => [request.type, request.url])).toEqual([
      ['GET', '/api/v2/apps/installations/4242.json'],
      ['PUT', '/api/v2/apps/installations/4242.json'],
    ]);
    expect(requests[1]).toMatchObject({
      contentType: 'application/json',
      httpCompleteResponse: true,
      autoRetry: false,
    });
    expect(JSON.parse(requests[1]?.data ?? '')).toEqual({ settings: { customTemplates: customText } });
    expect(screen.getByRole('combobox', { name: 'Setting' })).toHaveDisplayValue('Extra templates – customised');
    expect(screen.getByRole('button', { name: 'Save to Zendesk' })).toBeDisabled();
  });

  it('warns when another admin changed the same setting since the sidebar loaded, and saves only when told', async () => {
    const requests: ZafRequestOptions[] = [];
    const theirs = '# Their template | negative\nHello [Customer name].';
    const client = createFakeClient({
      settings: rawSettings,
      request: (options) => {
        requests.push(options);
        return installationWith({ ...rawSettings, customTemplates: theirs });
      },
    });
    const user = await openManager(client);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Setting' }), 'Extra templates – empty');
    await user.click(editor());
    await user.paste(customText);
    await user.click(screen.getByRole('button', { name: 'Save to Zendesk' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Another admin changed these settings');
    expect(warning).toHaveTextContent(
      'Extra templates: changed in Zendesk since this sidebar loaded. Nothing was saved.',
    );
    expect(requests.map((request) => request.type)).toEqual(['GET']);
    expect(editor()).toHaveValue(customText);

    await user.click(screen.getByRole('button', { name: 'Save mine anyway' }));
    expect(await screen.findByText(/^Saved\./)).toBeInTheDocument();
    expect(requests.map((request) => request.type)).toEqual(['GET', 'PUT']);
    expect(JSON.parse(requests[1]?.data ?? '')).toEqual({ settings: { customTemplates: customText } });
  });

  it("takes the other admin's text when asked", async () => {
    const theirs = '# Their template | negative\nHello [Customer name].';
    const client = createFakeClient({
      settings: rawSettings,
      request: () => installationWith({ ...rawSettings, customTemplates: theirs }),
    });
    const user = await openManager(client);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Setting' }), 'Extra templates – empty');
    await user.click(editor());
    await user.paste(customText);
    await user.click(screen.getByRole('button', { name: 'Save to Zendesk' }));
    await user.click(await screen.findByRole('button', { name: 'Use their version' }));
    expect(editor()).toHaveValue(theirs);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save to Zendesk' })).toBeDisabled();
  });

  it('explains a 403 and keeps the changes', async () => {
    const client = createFakeClient({
      settings: rawSettings,
      request: () => {
        throw { status: 403, statusText: 'Forbidden', responseText: '' };
      },
    });
    const user = await openManager(client);
    await user.click(editor());
    await user.paste('Sorry, [Customer name].');
    await user.click(screen.getByRole('button', { name: 'Save to Zendesk' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Zendesk refused the change: only Zendesk admins can change app settings. Nothing was saved.',
    );
    expect(editor()).toHaveValue('Sorry, [Customer name].');
    expect(screen.getByRole('button', { name: 'Save to Zendesk' })).toBeEnabled();
  });

  it('under zcli apps:server, explains and offers the settings as JSON instead of saving', async () => {
    const client = createFakeClient({
      settings: rawSettings,
      metadata: { installationId: '0b1c6a2e-8f4e-4b5e-9a3c-3f1d2e4c5b6a' },
    });
    const user = await openManager(client);
    expect(screen.getByText(/^This is a local preview \(zcli apps:server\)/)).toBeInTheDocument();
    await user.click(editor());
    await user.paste('Sorry, [Customer name].');
    await user.click(screen.getByRole('button', { name: 'Save to Zendesk' }));

    expect(await screen.findByText(/^Not saved: a local preview has no installation in Zendesk/)).toBeInTheDocument();
    expect(client.callsOf('request')).toEqual([]);
    const json = screen.getByRole('textbox', { name: 'Settings for zendesk/zcli.apps.config.json' });
    expect(JSON.parse((json as HTMLTextAreaElement).value)).toEqual({
      parameters: { ...rawSettings, templateNegative1: 'Sorry, [Customer name].' },
    });
  });
});
