import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResponseTimeLine } from '../../../src/features/guidance/ResponseTimeLine';
import { renderWithProviders } from '../helpers';

describe('ResponseTimeLine', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the status and the age against the target in valid markup', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderWithProviders(<ResponseTimeLine time={{ status: 'overdue', ageHours: 30, targetHours: 24 }} />);

    const detail = screen.getByText('Age: 30 hours · target: 24 hours');
    expect(screen.getByText('Overdue')).toBeInTheDocument();
    expect(detail.closest('p')).toBeNull();
    const messages = error.mock.calls.map((args) => args.map(String).join(' '));
    expect(messages.filter((message) => /descendant of|validateDOMNesting/.test(message))).toEqual([]);
  });
});
