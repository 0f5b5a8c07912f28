import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REMEMBERED_PREFIX, rememberedKey, useRemembered } from '../../../src/ui';

/** A disclosure as the sidebar builds one: a button that shows or hides its list. */
function Disclosure({
  name,
  label,
  initiallyOpen = false,
  storage,
}: {
  name: string;
  label: string;
  initiallyOpen?: boolean;
  storage?: Storage | null;
}) {
  const [open, setOpen] = useRemembered(name, initiallyOpen, storage);
  return (
    <section aria-label={label}>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open ? (
        <ul aria-label={`${label} list`}>
          <li>Thank the reviewer</li>
        </ul>
      ) : null}
    </section>
  );
}

const toggle = (label: string) => screen.getByRole('button', { name: label });

/** A storage that refuses every call, as a blocked or full one does. */
function refusingStorage(): Storage & { calls: string[] } {
  const calls: string[] = [];
  const refuse = (name: string) => () => {
    calls.push(name);
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    calls,
    length: 0,
    key: refuse('key'),
    getItem: refuse('getItem'),
    setItem: refuse('setItem'),
    removeItem: refuse('removeItem'),
    clear: refuse('clear'),
  };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('useRemembered', () => {
  it('opens on demand and is still open on the next ticket', async () => {
    const user = userEvent.setup();
    const first = render(<Disclosure name="bestPractices" label="Best practices" />);
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Best practices list' })).not.toBeInTheDocument();

    await user.click(toggle('Best practices'));
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('list', { name: 'Best practices list' })).toHaveTextContent('Thank the reviewer');
    expect(localStorage.getItem(`${REMEMBERED_PREFIX}bestPractices`)).toBe('open');

    first.unmount();
    render(<Disclosure name="bestPractices" label="Best practices" />);
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'true');
  });

  it('remembers a section closed that starts open', async () => {
    const user = userEvent.setup();
    const first = render(<Disclosure name="reasons" label="Why" initiallyOpen />);
    expect(toggle('Why')).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle('Why'));
    expect(localStorage.getItem(`${REMEMBERED_PREFIX}reasons`)).toBe('closed');
    first.unmount();
    render(<Disclosure name="reasons" label="Why" initiallyOpen />);
    expect(toggle('Why')).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps each section to itself', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Disclosure name="reasons" label="Why" />
        <Disclosure name="bestPractices" label="Best practices" />
      </>,
    );
    await user.click(toggle('Why'));
    expect(toggle('Why')).toHaveAttribute('aria-expanded', 'true');
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'false');
    expect(localStorage.getItem(`${REMEMBERED_PREFIX}bestPractices`)).toBeNull();
  });

  it.each(['yes', 'true', '1', '{"open":true}', '', 'OPEN'])('ignores the stored value %j', (junk) => {
    localStorage.setItem(`${REMEMBERED_PREFIX}bestPractices`, junk);
    render(<Disclosure name="bestPractices" label="Best practices" />);
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'false');
  });

  it('works for the page when the storage refuses every call', async () => {
    const user = userEvent.setup();
    const storage = refusingStorage();
    render(<Disclosure name="bestPractices" label="Best practices" storage={storage} />);
    await user.click(toggle('Best practices'));
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle('Best practices'));
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'false');
    expect(storage.calls).toEqual(['getItem', 'setItem', 'setItem']);
  });

  it('works when the browser blocks localStorage altogether', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    render(<Disclosure name="bestPractices" label="Best practices" initiallyOpen />);
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle('Best practices'));
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'false');
  });

  it('works in memory without any storage', async () => {
    const user = userEvent.setup();
    render(<Disclosure name="bestPractices" label="Best practices" storage={null} />);
    await user.click(toggle('Best practices'));
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'true');
    expect(localStorage.length).toBe(0);
  });

  it.each(['__proto__', 'constructor', 'hasOwnProperty', 'toString'])(
    'is safe with the section name %s',
    async (name) => {
      const user = userEvent.setup();
      const first = render(<Disclosure name={name} label="Odd" />);
      expect(toggle('Odd')).toHaveAttribute('aria-expanded', 'false');
      await user.click(toggle('Odd'));
      expect(toggle('Odd')).toHaveAttribute('aria-expanded', 'true');
      expect(Object.prototype).not.toHaveProperty('open');
      expect(typeof Object.prototype.toString).toBe('function');
      first.unmount();
      render(<Disclosure name={name} label="Odd" />);
      // A name fit for storage is remembered under the prefix; `__proto__` is not stored at all.
      expect(toggle('Odd')).toHaveAttribute('aria-expanded', name === '__proto__' ? 'false' : 'true');
    },
  );

  it('stores nothing for a name it cannot namespace', async () => {
    const user = userEvent.setup();
    render(<Disclosure name={'../other app:key'} label="Odd" />);
    await user.click(toggle('Odd'));
    expect(toggle('Odd')).toHaveAttribute('aria-expanded', 'true');
    expect(localStorage.length).toBe(0);
    expect(rememberedKey('../other app:key')).toBeNull();
    expect(rememberedKey('x'.repeat(65))).toBeNull();
    expect(rememberedKey('bestPractices')).toBe(`${REMEMBERED_PREFIX}bestPractices`);
  });

  it('follows a choice made in another tab', () => {
    render(<Disclosure name="bestPractices" label="Best practices" />);
    const key = `${REMEMBERED_PREFIX}bestPractices`;
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: 'open', storageArea: localStorage }));
    });
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'true');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: `${REMEMBERED_PREFIX}reasons`, newValue: 'closed' }));
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: 'junk', storageArea: localStorage }));
    });
    expect(toggle('Best practices')).toHaveAttribute('aria-expanded', 'true');
  });

  it('reads the new section when the name changes', async () => {
    const user = userEvent.setup();
    localStorage.setItem(`${REMEMBERED_PREFIX}history`, 'open');
    const view = render(<Disclosure name="reasons" label="Section" />);
    await user.click(toggle('Section'));
    view.rerender(<Disclosure name="history" label="Section" />);
    expect(toggle('Section')).toHaveAttribute('aria-expanded', 'true');
    view.rerender(<Disclosure name="templates" label="Section" />);
    expect(toggle('Section')).toHaveAttribute('aria-expanded', 'false');
  });
});

/** The same hook behind a native disclosure element. */
function DetailsSection({ name }: { name: string }) {
  const [open, setOpen] = useRemembered(name, false);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Best practices</summary>
      <p>Thank the reviewer</p>
    </details>
  );
}

describe('useRemembered behind <details>', () => {
  it('remembers what the summary opened', async () => {
    const user = userEvent.setup();
    const first = render(<DetailsSection name="bestPractices" />);
    const details = screen.getByRole('group');
    expect(details).not.toHaveAttribute('open');
    await user.click(screen.getByText('Best practices'));
    await vi.waitFor(() => expect(localStorage.getItem(`${REMEMBERED_PREFIX}bestPractices`)).toBe('open'));
    first.unmount();
    render(<DetailsSection name="bestPractices" />);
    expect(screen.getByRole('group')).toHaveAttribute('open');
  });
});
