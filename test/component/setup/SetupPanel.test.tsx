import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SetupLauncher } from '../../../src/features/setup/SetupLauncher';
import SetupPanel from '../../../src/features/setup/SetupPanel';
import { makeSettings, makeUser } from '../../factories';

const agent = makeUser({ id: 5, name: 'Jonas Berg', email: 'jonas@nordlys.example', role: 'agent', locale: 'en-US' });
const admin = makeUser({ id: 6, name: 'Ida Holm', email: 'jonas@nordlys.example', role: 'admin', locale: 'en-US' });
import { createFakeClient, renderWithProviders } from '../helpers';
import { createRulesApi } from './rulesApi';

const settings = makeSettings();
const noWait = { sleep: async () => undefined };
const LAZY_LOAD_MS = 10_000;

const TITLES = [
  'Trustpilot: unanswered negative reviews',
  'Trustpilot: all new reviews',
  'Trustpilot: my assigned reviews',
  'Trustpilot: negative reviews waiting over 24 h',
  'Trustpilot: reviews waiting over 72 h',
  'Trustpilot: tag reviews with a public agent reply',
];

async function renderPanel(api = createRulesApi(), locale: 'en' | 'sv' = 'en') {
  const client = createFakeClient({ request: (options) => api.request(options) });
  const onClose = vi.fn();
  const user = userEvent.setup();
  await renderWithProviders(<SetupPanel settings={settings} onClose={onClose} policy={noWait} />, { client, locale });
  return { api, client, onClose, user };
}

const items = () =>
  within(screen.getByRole('list', { name: 'Views and triggers the set-up creates' })).getAllByRole('listitem');
const itemNamed = (name: string) => screen.getByRole('listitem', { name });

describe('SetupPanel', () => {
  it('shows every item missing, creates them all in one click, and then has nothing left to create', async () => {
    const { api, user } = await renderPanel();
    const create = await screen.findByRole('button', { name: 'Create missing (6)' });
    expect(items().map((item) => item.getAttribute('aria-label'))).toEqual(TITLES);
    expect(within(itemNamed('Trustpilot: all new reviews')).getByText('View · Missing')).toBeVisible();
    expect(within(itemNamed(TITLES[5] ?? '')).getByText('Trigger · Missing')).toBeVisible();

    await user.click(create);
    const done = await screen.findByText('Created 6 of 6.');
    expect(done).toBeVisible();
    // The keyboard focus moves to the result, as the button that started the run is now disabled.
    expect(document.activeElement?.contains(done)).toBe(true);
    expect(api.posted.map((entry) => [entry.kind, entry.body.title])).toEqual(
      TITLES.map((title, index) => [index === 5 ? 'trigger' : 'view', title]),
    );
    expect(api.posted[1]?.body.conditions).toEqual({
      all: [
        { field: 'status', operator: 'less_than', value: 'open' },
        { field: 'current_tags', operator: 'includes', value: 'trustpilot' },
      ],
      any: [],
    });
    expect(within(itemNamed('Trustpilot: all new reviews')).getByText('View · Created')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Create missing (0)' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('Everything the set-up creates already exists.')).toBeVisible();
    expect(within(itemNamed('Trustpilot: all new reviews')).getByText('View · Exists')).toBeVisible();
    expect(api.posted).toHaveLength(6);
  });

  it('reports an item changed by hand and never sends it again', async () => {
    const api = createRulesApi();
    api.rules.view.push({
      id: 77,
      title: 'Angry customers',
      description: 'Mine now [trustpilot-reply-assistant:view-negative-unanswered]',
      active: true,
      conditions: { all: [{ field: 'status', operator: 'less_than', value: 'solved' }], any: [] },
      execution: { sort_by: 'created', sort_order: 'desc' },
    });
    const { user } = await renderPanel(api);
    await user.click(await screen.findByRole('button', { name: 'Create missing (5)' }));
    await screen.findByText('Created 5 of 5.');
    const changed = itemNamed('Trustpilot: unanswered negative reviews');
    expect(within(changed).getByText('View · Changed by hand')).toBeVisible();
    expect(within(changed).getByText(/Differs from the app's version in: title, conditions\./)).toBeVisible();
    expect(within(changed).getByText('Its title now: “Angry customers”')).toBeVisible();
    expect(api.posted.map((entry) => entry.body.title)).not.toContain('Trustpilot: unanswered negative reviews');
    expect(api.rules.view.find((view) => view.id === 77)?.title).toBe('Angry customers');
  });

  it('says which items were created and which not when Zendesk refuses one (422)', async () => {
    const api = createRulesApi();
    api.failNext('POST /api/v2/triggers.json', 422, {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { base: [{ description: 'Conditions: <b>role</b> is not valid' }] },
    });
    const { user } = await renderPanel(api);
    await user.click(await screen.findByRole('button', { name: 'Create missing (6)' }));
    const summary = (await screen.findByText('Only part of the set-up was created')).closest<HTMLElement>(
      '[role="alert"]',
    );
    if (!summary) throw new Error('the summary is not an alert');
    expect(
      within(summary).getByText('Created 5 of 6. Not created: Trustpilot: tag reviews with a public agent reply.'),
    ).toBeVisible();
    expect(within(summary).getByText(`Created: ${TITLES.slice(0, 5).join(', ')}.`)).toBeVisible();
    expect(within(summary).getByText('Zendesk refused the definition as invalid.')).toBeVisible();
    const trigger = itemNamed(TITLES[5] ?? '');
    expect(within(trigger).getByText('Trigger · Not created')).toBeVisible();
    expect(within(trigger).getByText('Zendesk says: Conditions: <b>role</b> is not valid')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Create missing (1)' })).toBeEnabled();
  });

  it('stops at a 403 and says only admins can do this', async () => {
    const api = createRulesApi();
    api.failNext('POST /api/v2/views.json', 403, { error: 'Forbidden' });
    const { user } = await renderPanel(api);
    await user.click(await screen.findByRole('button', { name: 'Create missing (6)' }));
    expect(await screen.findByText('Nothing was created')).toBeVisible();
    expect(api.posted).toEqual([]);
    expect(within(itemNamed(TITLES[2] ?? '')).getByText('View · Not created')).toBeVisible();
    expect(
      screen.getAllByText('Only Zendesk admins can list and create views and triggers. Ask an admin to run the set-up.')
        .length,
    ).toBeGreaterThan(1);
  });

  it('says how long Zendesk asked to wait on a 429, then carries on', async () => {
    const api = createRulesApi();
    api.failNext('POST /api/v2/views.json', 429, { error: 'APIRateLimitExceeded' }, 5);
    let release: () => void = () => undefined;
    const sleep = vi.fn(
      (ms: number) =>
        new Promise<void>((resolve) => {
          release = resolve;
          void ms;
        }),
    );
    const client = createFakeClient({ request: (options) => api.request(options) });
    const user = userEvent.setup();
    await renderWithProviders(<SetupPanel settings={settings} onClose={() => undefined} policy={{ sleep }} />, {
      client,
    });
    await user.click(await screen.findByRole('button', { name: 'Create missing (6)' }));
    expect(await screen.findByText('Zendesk asked to wait 5 s before the next request (try 2 of 3).')).toBeVisible();
    expect(sleep).toHaveBeenCalledWith(5000);
    expect(screen.getByRole('button', { name: 'Create missing (6)' })).toBeDisabled();
    release();
    expect(await screen.findByText('Created 6 of 6.')).toBeVisible();
    expect(api.posted).toHaveLength(6);
  });

  it('shows a failed check with a retry that works', async () => {
    const api = createRulesApi();
    api.failNext('GET /api/v2/views.json', 429, { error: 'APIRateLimitExceeded' }, 40);
    api.failNext('GET /api/v2/views.json', 429, { error: 'APIRateLimitExceeded' }, 40);
    api.failNext('GET /api/v2/views.json', 429, { error: 'APIRateLimitExceeded' }, 40);
    const { user } = await renderPanel(api);
    expect(await screen.findByText("Couldn't check the views and triggers")).toBeVisible();
    expect(screen.getByText('Zendesk is receiving too many requests. Try again in 40 seconds.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Create missing (6)' })).toBeEnabled();
  });

  it('says why the private follow-up trigger is not offered without a support contact', async () => {
    await renderPanel();
    await screen.findByRole('button', { name: 'Create missing (6)' });
    expect(
      screen.queryByRole('listitem', { name: 'Trustpilot: tag public replies that move to a private channel' }),
    ).toBeNull();
    expect(
      screen.getByText(
        "The trigger for private follow-ups needs the support e-mail or phone in the app's settings; it is offered once one is set.",
      ),
    ).toBeVisible();
  });

  it('creates the private follow-up trigger from the support e-mail in the settings', async () => {
    const api = createRulesApi();
    const client = createFakeClient({ request: (options) => api.request(options) });
    const user = userEvent.setup();
    const withEmail = { ...settings, supportEmail: 'help@nordlys.example' };
    await renderWithProviders(<SetupPanel settings={withEmail} onClose={() => undefined} policy={noWait} />, {
      client,
    });
    await user.click(await screen.findByRole('button', { name: 'Create missing (7)' }));
    await screen.findByText('Created 7 of 7.');
    const followUp = api.posted.find(
      (entry) => entry.body.title === 'Trustpilot: tag public replies that move to a private channel',
    );
    expect(followUp?.kind).toBe('trigger');
    expect(followUp?.body.conditions).toMatchObject({
      any: [{ field: 'comment_includes_word', operator: 'is', value: 'help@nordlys.example' }],
    });
    expect(followUp?.body.actions).toEqual([{ field: 'current_tags', value: 'trustpilot_private_followup' }]);
    expect(screen.queryByText(/The trigger for private follow-ups needs/)).toBeNull();
  });

  it("speaks the admin's language, titles included", async () => {
    await renderPanel(createRulesApi(), 'sv');
    expect(await screen.findByRole('button', { name: 'Skapa det som saknas (6)' })).toBeVisible();
    expect(screen.getByRole('listitem', { name: 'Trustpilot: obesvarade negativa omdömen' })).toBeVisible();
  });

  it('counts a view created in another language as existing', async () => {
    const api = createRulesApi();
    const { user } = await renderPanel(api, 'sv');
    await user.click(await screen.findByRole('button', { name: 'Skapa det som saknas (6)' }));
    await screen.findByText('Skapade 6 av 6.');
    const client = createFakeClient({ request: (options) => api.request(options) });
    await renderWithProviders(<SetupPanel settings={settings} onClose={() => undefined} policy={noWait} />, {
      client,
      locale: 'en',
    });
    expect(await screen.findByRole('button', { name: 'Create missing (0)' })).toBeDisabled();
  });
});

describe('SetupLauncher', () => {
  it('shows nothing to agents', async () => {
    const { container } = await renderWithProviders(<SetupLauncher currentUser={agent} settings={settings} />);
    expect(container.textContent).toBe('');
  });

  it('opens the panel for admins and closes it with the keyboard', async () => {
    const api = createRulesApi();
    const client = createFakeClient({ request: (options) => api.request(options) });
    const user = userEvent.setup();
    await renderWithProviders(<SetupLauncher currentUser={admin} settings={settings} />, { client });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Set up views and triggers' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { name: 'Zendesk set-up for Trustpilot' }, { timeout: LAZY_LOAD_MS }),
    ).toBeVisible();
    await screen.findByRole('button', { name: 'Create missing (6)' });
    await user.click(screen.getByRole('button', { name: 'Close set-up' }));
    expect(screen.getByRole('button', { name: 'Set up views and triggers' })).toBeVisible();
  });
});
