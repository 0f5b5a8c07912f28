import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REMEMBERED_PREFIX } from '../../../src/ui';
import { Disclosure } from '../../../src/ui/Disclosure';
import { renderWithProviders } from '../helpers';

function Section({ initiallyOpen }: { initiallyOpen?: boolean }) {
  return (
    <Disclosure
      name="bestPractices"
      label="Best practices"
      initiallyOpen={initiallyOpen}
      summary={<p>Six reminders</p>}
    >
      <ul aria-label="Reminders">
        <li>Thank the reviewer</li>
      </ul>
    </Disclosure>
  );
}

const header = () => screen.getByRole('button', { name: 'Best practices' });
const content = () => screen.queryByRole('list', { name: 'Reminders' });

describe('Disclosure', () => {
  it('is closed at first, renders nothing inside, and keeps its summary visible', async () => {
    await renderWithProviders(<Section />);
    expect(header()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('heading', { level: 3, name: 'Best practices' })).toBeInTheDocument();
    expect(content()).toBeNull();
    expect(screen.getByText('Six reminders')).toBeVisible();
  });

  it('opens and closes with a click', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Section />);
    await user.click(header());
    expect(header()).toHaveAttribute('aria-expanded', 'true');
    expect(content()).toBeVisible();
    await user.click(header());
    expect(header()).toHaveAttribute('aria-expanded', 'false');
    expect(content()).toBeNull();
  });

  it('opens and closes with Enter and Space', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Section />);
    await user.tab();
    expect(header()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(content()).toBeVisible();
    await user.keyboard(' ');
    expect(content()).toBeNull();
    expect(header()).toHaveFocus();
  });

  it('starts open when asked, until the agent closes it', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Section initiallyOpen />);
    expect(content()).toBeVisible();
    await user.click(header());
    expect(content()).toBeNull();
  });

  it('remembers the agent’s choice across remounts, in this browser', async () => {
    const user = userEvent.setup();
    const first = await renderWithProviders(<Section />);
    await user.click(header());
    expect(window.localStorage.getItem(`${REMEMBERED_PREFIX}bestPractices`)).toBe('open');
    first.unmount();

    const second = await renderWithProviders(<Section />);
    expect(header()).toHaveAttribute('aria-expanded', 'true');
    expect(content()).toBeVisible();
    await user.click(header());
    second.unmount();

    await renderWithProviders(<Section initiallyOpen />);
    expect(header()).toHaveAttribute('aria-expanded', 'false');
    expect(content()).toBeNull();
  });
});
