import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useZaf, ZafProvider } from '../../../src/zaf/ZafProvider';
import { createFakeClient } from '../fakeClient';

function InstallationName() {
  const { metadata, context } = useZaf();
  return (
    <p>
      {metadata.name} in {context.location}
    </p>
  );
}

const states = { connecting: <p>connecting</p>, outsideZendesk: <p>outside</p>, failed: <p>no answer</p> };

afterEach(() => {
  vi.useRealTimers();
});

describe('ZafProvider', () => {
  it('says Zendesk did not answer when the SDK could not be loaded at all', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () => {
      render(
        <ZafProvider
          createClient={() => {
            throw new Error('the Zendesk Apps SDK could not be loaded');
          }}
          {...states}
        >
          <InstallationName />
        </ZafProvider>,
      );
    });
    expect(screen.getByText('no answer')).toBeVisible();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('creates the client once, however often it renders', async () => {
    const client = createFakeClient();
    const create = vi.fn(() => client);
    let rerender: (ui: React.ReactNode) => void = () => undefined;
    await act(async () => {
      ({ rerender } = render(
        <ZafProvider createClient={create} {...states}>
          <InstallationName />
        </ZafProvider>,
      ));
    });
    await act(async () => {
      rerender(
        <ZafProvider createClient={create} {...states}>
          <InstallationName />
        </ZafProvider>,
      );
    });
    expect(create).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Trustpilot Reply Assistant in ticket_sidebar')).toBeVisible();
  });

  it('renders nothing of the app until app.registered', async () => {
    const client = createFakeClient({ registered: false });
    await act(async () => {
      render(
        <ZafProvider createClient={() => client} {...states}>
          <InstallationName />
        </ZafProvider>,
      );
    });
    expect(screen.getByText('connecting')).toBeVisible();
    expect(screen.queryByText(/ticket_sidebar/)).not.toBeInTheDocument();
    await act(async () => client.register());
    expect(screen.getByText('Trustpilot Reply Assistant in ticket_sidebar')).toBeVisible();
  });

  it('says Zendesk did not answer when registration never comes', async () => {
    vi.useFakeTimers();
    const client = createFakeClient({ registered: false });
    render(
      <ZafProvider createClient={() => client} {...states}>
        <InstallationName />
      </ZafProvider>,
    );
    expect(screen.getByText('connecting')).toBeVisible();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(15_000);
    });
    expect(screen.getByText('no answer')).toBeVisible();
  });

  it('shows the outside-Zendesk view when the SDK cannot start', async () => {
    render(
      <ZafProvider createClient={() => false} {...states}>
        <InstallationName />
      </ZafProvider>,
    );
    expect(screen.getByText('outside')).toBeVisible();
  });
});
