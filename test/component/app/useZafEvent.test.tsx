import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useZafEvent } from '../../../src/zaf/useZafEvent';
import { createFakeClient, renderWithProviders } from '../helpers';

function Counter() {
  const [count, setCount] = useState(0);
  useZafEvent('comment.text.changed', () => setCount((n) => n + 1));
  return <p>changes: {count}</p>;
}

function Saver() {
  const [answer, setAnswer] = useState('first');
  useZafEvent('ticket.save', () => answer);
  return <button onClick={() => setAnswer('second')}>change</button>;
}

describe('useZafEvent', () => {
  it('subscribes while mounted and always unsubscribes', async () => {
    const client = createFakeClient();
    const { unmount } = await renderWithProviders(<Counter />, { client, withGate: false });
    expect(client.subscribers('comment.text.changed')).toBe(1);
    await act(async () => client.emit('comment.text.changed', 'Hi'));
    expect(screen.getByText('changes: 1')).toBeVisible();
    unmount();
    expect(client.subscribers('comment.text.changed')).toBe(0);
    expect(client.callsOf('off')).toEqual([['comment.text.changed']]);
  });

  it("passes the latest handler's return value back to Zendesk without resubscribing", async () => {
    const client = createFakeClient();
    await renderWithProviders(<Saver />, { client, withGate: false });
    expect(client.trigger('ticket.save')).toEqual(['first']);
    await userEvent.setup().click(screen.getByRole('button', { name: 'change' }));
    expect(client.trigger('ticket.save')).toEqual(['second']);
    expect(client.callsOf('on')).toEqual([['ticket.save']]);
  });
});
