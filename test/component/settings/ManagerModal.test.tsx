import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEMPLATE_SETTING_NAMES } from '../../../src/domain/settings';
import { buildTemplateCatalog } from '../../../src/domain/templates/catalog';
import { ManagerViewHost, TemplateManagerWindow } from '../../../src/features/settings';
import { packReview, readContext, unpackReview } from '../../../src/features/settings/managerMessages';
import {
  TemplateManagerLauncher,
  type TemplateManagerLauncherProps,
} from '../../../src/features/settings/TemplateManagerLauncher';
import type { TemplateTexts } from '../../../src/features/settings/useTemplateDrafts';
import { makeReview, makeSettings } from '../../factories';
import { renderWithProviders } from '../helpers';
import { LATE_DELIVERY, NORDLYS_HOME, admin } from '../templates/fixtures';
import { createModalHostClient, type ModalHostClient } from './modalClient';

// The manager keeps unsaved texts in the browser: every test starts with none kept. Where the fake
// Zendesk opens no modal, the launcher says why in the console; that is kept out of the test output.
beforeEach(() => {
  localStorage.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const LAZY_LOAD_MS = 10_000;
const MODAL = 'modal-guid-1';
const SIDEBAR = 'sidebar-guid-1';

const Launcher = (props: Omit<TemplateManagerLauncherProps, 'catalog'>) => (
  <TemplateManagerLauncher {...props} catalog={buildTemplateCatalog(props.settings.templateTexts)} />
);

const texts = (overrides: Partial<TemplateTexts> = {}): TemplateTexts => ({
  ...(Object.fromEntries(TEMPLATE_SETTING_NAMES.map((name) => [name, ''])) as TemplateTexts),
  ...overrides,
});

/** The sidebar as the app renders it: the launcher below other content, inside the view host. */
async function renderSidebar(client: ModalHostClient, onSaved?: (texts: TemplateTexts) => void) {
  const settings = makeSettings(NORDLYS_HOME);
  const user = userEvent.setup();
  await renderWithProviders(
    <ManagerViewHost>
      <p>The review card</p>
      <Launcher currentUser={admin} review={makeReview(LATE_DELIVERY)} settings={settings} onSaved={onSaved} />
    </ManagerViewHost>,
    { client },
  );
  return { user, settings };
}

const sidebarClient = (modals = true) =>
  createModalHostClient({ modals, context: { instanceGuid: SIDEBAR }, settings: { companyName: 'Nordlys Home' } });

describe('Manage templates opens a Zendesk modal', () => {
  it('asks Zendesk for exactly the manager page in the modal location', async () => {
    const client = sidebarClient();
    const { user } = await renderSidebar(client);
    await user.click(screen.getByRole('button', { name: 'Manage templates' }));

    expect(client.callsOf('invoke')).toEqual([
      ['instances.create', { location: 'modal', url: 'assets/manager.html', size: { width: '80vw', height: '80vh' } }],
    ]);
    expect(await screen.findByText('The template manager is open in a window over the ticket.')).toBeInTheDocument();
    // Nothing takes over the sidebar: the manager is in the modal.
    expect(screen.getByText('The review card')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Template manager' })).toBeNull();
  });

  it('answers the hello of its own modal with the review and the texts in force, and nobody else', async () => {
    const client = sidebarClient();
    const { user, settings } = await renderSidebar(client);
    await user.click(screen.getByRole('button', { name: 'Manage templates' }));
    await screen.findByText('The template manager is open in a window over the ticket.');

    act(() => client.emit('templateManager.hello', { guid: 'someone-else' }));
    expect(client.triggered).toEqual([]);
    act(() => client.emit('templateManager.hello', { guid: MODAL }));

    expect(client.triggered).toHaveLength(1);
    const [sent] = client.triggered;
    expect(sent?.guid).toBe(MODAL);
    expect(sent?.name).toBe('templateManager.context');
    // What the modal receives survives postMessage (a date becomes a string) and reads back the same.
    const received = readContext(JSON.parse(JSON.stringify(sent?.data)));
    expect(received?.opener).toBe(SIDEBAR);
    expect(received?.templateTexts).toEqual(settings.templateTexts);
    expect(received?.review).toEqual(makeReview(LATE_DELIVERY));
  });

  it('uses the texts its modal saved, and ignores saves from elsewhere', async () => {
    const client = sidebarClient();
    const onSaved = vi.fn();
    const { user } = await renderSidebar(client, onSaved);
    await user.click(screen.getByRole('button', { name: 'Manage templates' }));
    await screen.findByText('The template manager is open in a window over the ticket.');

    const saved = texts({ customTemplates: '# Delay | negative\nSorry, [Customer name].' });
    act(() => client.emit('templateManager.saved', { from: 'another-modal', texts: saved }));
    act(() => client.emit('templateManager.saved', { from: MODAL, texts: { customTemplates: 42 } }));
    expect(onSaved).not.toHaveBeenCalled();
    act(() => client.emit('templateManager.saved', { from: MODAL, texts: saved }));
    expect(onSaved).toHaveBeenCalledExactlyOnceWith(saved);
  });

  it('gives focus back to "Manage templates" when the modal closes', async () => {
    const client = sidebarClient();
    const { user } = await renderSidebar(client);
    await user.click(screen.getByRole('button', { name: 'Manage templates' }));
    await screen.findByText('The template manager is open in a window over the ticket.');
    (document.activeElement as HTMLElement | null)?.blur();

    act(() => client.closeModal(MODAL));
    const button = screen.getByRole('button', { name: 'Manage templates' });
    expect(button).toHaveFocus();
    expect(screen.queryByText('The template manager is open in a window over the ticket.')).toBeNull();
    // Closed is closed: a late hello gets no answer.
    act(() => client.emit('templateManager.hello', { guid: MODAL }));
    expect(client.triggered).toEqual([]);
  });
});

describe('Where Zendesk cannot open a modal', () => {
  it('shows the manager instead of the sidebar content, focused, and comes back on "Back to the review"', async () => {
    const client = sidebarClient(false);
    const { user } = await renderSidebar(client);
    await user.click(screen.getByRole('button', { name: 'Manage templates' }));

    const heading = await screen.findByRole('heading', { name: 'Template manager' }, { timeout: LAZY_LOAD_MS });
    expect(heading).toHaveFocus();
    expect(console.warn).toHaveBeenCalledWith(
      'Zendesk could not open the template manager in a modal; it opens in the sidebar',
      expect.objectContaining({ name: 'InvalidActionError' }),
    );
    expect(screen.getByText('The review card')).not.toBeVisible();
    expect(screen.queryByRole('button', { name: 'Manage templates' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Back to the review' }));
    expect(screen.queryByRole('heading', { name: 'Template manager' })).toBeNull();
    expect(screen.getByText('The review card')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Manage templates' })).toHaveFocus();
  });

  it('asks before unsaved changes are dropped, and keeps them when asked to', async () => {
    const client = sidebarClient(false);
    const { user } = await renderSidebar(client);
    await user.click(screen.getByRole('button', { name: 'Manage templates' }));
    await screen.findByRole('heading', { name: 'Template manager' }, { timeout: LAZY_LOAD_MS });
    await user.click(screen.getByRole('textbox', { name: 'Template text' }));
    await user.paste('Sorry, [Customer name].');

    await user.click(screen.getByRole('button', { name: 'Back to the review' }));
    const question = screen.getByRole('alert');
    expect(question).toHaveTextContent('Discard the unsaved changes?');
    expect(question).toHaveTextContent('Not saved yet: 1★: apology and solution.');
    expect(within(question).getByRole('button', { name: 'Keep editing' })).toHaveFocus();

    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Template text' })).toHaveValue('Sorry, [Customer name].');

    await user.click(screen.getByRole('button', { name: 'Back to the review' }));
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('heading', { name: 'Template manager' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Manage templates' })).toHaveFocus();
  });

  it('never leaves the sidebar content hidden when the launcher goes away with the manager open', async () => {
    const client = sidebarClient(false);
    const user = userEvent.setup();
    const settings = makeSettings(NORDLYS_HOME);
    function Sidebar() {
      const [tools, setTools] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setTools(false)}>
            Drop the tools
          </button>
          <ManagerViewHost>
            <p>The review card</p>
            {tools ? <Launcher currentUser={admin} review={makeReview(LATE_DELIVERY)} settings={settings} /> : null}
          </ManagerViewHost>
        </>
      );
    }
    await renderWithProviders(<Sidebar />, { client });
    await user.click(screen.getByRole('button', { name: 'Manage templates' }));
    await screen.findByRole('heading', { name: 'Template manager' }, { timeout: LAZY_LOAD_MS });
    expect(screen.getByText('The review card')).not.toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Drop the tools' }));
    expect(screen.queryByRole('heading', { name: 'Template manager' })).toBeNull();
    expect(screen.getByText('The review card')).toBeVisible();
  });

  it('has one hint per field, so no two elements share an id', async () => {
    const client = sidebarClient(false);
    const { user } = await renderSidebar(client);
    await user.click(screen.getByRole('button', { name: 'Manage templates' }));
    await screen.findByRole('heading', { name: 'Template manager' }, { timeout: LAZY_LOAD_MS });
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Template text' })).toHaveAccessibleDescription(
      expect.stringContaining('Filled in automatically: [Customer name]'),
    );
  });
});

describe('The manager in the modal', () => {
  const installation = { status: 200, headers: {}, responseJSON: { id: 4242, settings: texts() } };
  const modalClient = (role: 'admin' | 'agent' = 'admin') =>
    createModalHostClient({
      request: () => installation,
      context: { location: 'modal', instanceGuid: MODAL },
      settings: { companyName: 'Nordlys Home', supportEmail: 'help@nordlys.example' },
      values: {
        currentUser: { id: 6, name: 'Ida Holm', email: 'ida@nordlys.example', role, locale: 'en-US' },
        instances: {
          [SIDEBAR]: { location: 'ticket_sidebar', instanceGuid: SIDEBAR, ticketId: 1 },
          [MODAL]: { location: 'modal', instanceGuid: MODAL },
        },
      },
    });

  const context = (templateTexts = texts()) => ({
    opener: SIDEBAR,
    review: JSON.parse(JSON.stringify(packReview(makeReview(LATE_DELIVERY)))) as unknown,
    templateTexts,
  });

  it('says hello to the sidebars, then shows the manager for the review it was told, focused', async () => {
    const client = modalClient();
    await renderWithProviders(<TemplateManagerWindow />, { client, withGate: false });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the template manager…');
    await vi.waitFor(() =>
      expect(client.triggered).toContainEqual({ guid: SIDEBAR, name: 'templateManager.hello', data: { guid: MODAL } }),
    );

    act(() => client.emit('templateManager.context', context()));
    const heading = await screen.findByRole('heading', { name: 'Template manager' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Preview' }).textContent).toMatch(/^Hi Maria,/);
  });

  it('sends the saved texts to the sidebar that opened it, and closes itself with "Close"', async () => {
    const client = modalClient();
    const user = userEvent.setup();
    await renderWithProviders(<TemplateManagerWindow />, { client, withGate: false });
    act(() => client.emit('templateManager.context', context()));
    await screen.findByRole('heading', { name: 'Template manager' });

    const custom = '# Delay | negative\nSorry about the wait, [Customer name].';
    await user.selectOptions(screen.getByRole('combobox', { name: 'Setting' }), 'Extra templates – empty');
    await user.click(screen.getByRole('textbox', { name: 'Template text' }));
    await user.paste(custom);
    await user.click(screen.getByRole('button', { name: 'Save to Zendesk' }));
    expect(await screen.findByText(/^Saved\./)).toBeInTheDocument();
    expect(client.triggered.filter((event) => event.name === 'templateManager.saved')).toEqual([
      {
        guid: SIDEBAR,
        name: 'templateManager.saved',
        data: { from: MODAL, texts: texts({ customTemplates: custom }) },
      },
    ]);

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(client.callsOf('invoke')).toContainEqual(['destroy']);
  });

  it('keeps the texts when Zendesk closes the modal without asking, and offers them the next time', async () => {
    const user = userEvent.setup();
    const first = await renderWithProviders(<TemplateManagerWindow />, { client: modalClient(), withGate: false });
    act(() => first.client.emit('templateManager.context', context()));
    await user.click(await screen.findByRole('textbox', { name: 'Template text' }));
    await user.paste('Sorry, [Customer name].');
    // Zendesk's × or Esc: the page is gone, nothing was asked.
    first.unmount();

    const client = modalClient();
    await renderWithProviders(<TemplateManagerWindow />, { client, withGate: false });
    act(() => client.emit('templateManager.context', context()));
    const offer = await screen.findByText('Unsaved changes were kept');
    expect(offer.closest('[role="status"]')).toHaveTextContent(
      /The manager closed on .+ with changes that were not saved: 1★: apology and solution\./,
    );
    expect(screen.getByRole('textbox', { name: 'Template text' })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Restore them' }));
    expect(screen.getByRole('textbox', { name: 'Template text' })).toHaveValue('Sorry, [Customer name].');
    expect(screen.queryByText('Unsaved changes were kept')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Setting' })).toHaveDisplayValue('1★: apology and solution – unsaved');
  });

  it('forgets kept texts the admin chose to discard', async () => {
    const user = userEvent.setup();
    const first = await renderWithProviders(<TemplateManagerWindow />, { client: modalClient(), withGate: false });
    act(() => first.client.emit('templateManager.context', context()));
    await user.click(await screen.findByRole('textbox', { name: 'Template text' }));
    await user.paste('Sorry, [Customer name].');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    first.unmount();

    const client = modalClient();
    await renderWithProviders(<TemplateManagerWindow />, { client, withGate: false });
    act(() => client.emit('templateManager.context', context()));
    await screen.findByRole('heading', { name: 'Template manager' });
    expect(screen.queryByText('Unsaved changes were kept')).toBeNull();
  });

  it('says so when no sidebar answers, and closes on request', async () => {
    vi.useFakeTimers();
    try {
      const client = modalClient();
      await renderWithProviders(<TemplateManagerWindow />, { client, withGate: false });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(15_000);
      });
      const hellos = client.triggered.filter((event) => event.name === 'templateManager.hello');
      expect(hellos.length).toBeGreaterThan(10);
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The ticket this window was opened from did not answer. Close this window and open the template manager again from the ticket.',
      );
      // It stops asking once it gave up.
      await act(async () => {
        await vi.advanceTimersByTimeAsync(5_000);
      });
      expect(client.triggered.filter((event) => event.name === 'templateManager.hello')).toHaveLength(hellos.length);
      await act(async () => {
        screen.getByRole('button', { name: 'Close' }).click();
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(client.callsOf('invoke')).toContainEqual(['destroy']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells an agent that only admins manage templates', async () => {
    const client = modalClient('agent');
    await renderWithProviders(<TemplateManagerWindow />, { client, withGate: false });
    act(() => client.emit('templateManager.context', context()));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only admins can manage the templates.');
    expect(screen.queryByRole('heading', { name: 'Template manager' })).toBeNull();
  });
});

describe('The messages between sidebar and modal', () => {
  it('read back what was packed, and refuse anything else without throwing', () => {
    const review = makeReview(LATE_DELIVERY);
    expect(unpackReview(JSON.parse(JSON.stringify(packReview(review))))).toEqual(review);
    for (const bad of [
      null,
      'review',
      { text: 1 },
      { ...packReview(review), reviewer: null },
      { ...packReview(review), tags: [1] },
    ])
      expect(unpackReview(bad)).toBeNull();
    expect(
      readContext({ opener: SIDEBAR, review: packReview(review), templateTexts: { templateNegative1: '' } }),
    ).toBeNull();
  });
});
