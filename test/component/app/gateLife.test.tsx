import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary';
import { ThemeRoot } from '../../../src/app/ThemeRoot';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { startSendGate } from '../../../src/zaf/sendGate';
import { createFakeClient } from '../fakeClient';
import { messagesFor } from '../helpers';
import { save } from '../proofread/harness';

const LOADING =
  'The Trustpilot panel is still loading — try again in a moment. Public replies to reviews go out only after proofreading.';
const FAILED =
  'The Trustpilot panel hit a problem, so public replies to this review are held back. Reload the app (reload the ticket) and try again; if it keeps happening, an admin can disable the app in Admin Center.';

const reviewTicket = {
  id: 501,
  subject: 'Parcel arrived broken',
  description: '<p>Rating: 2/5</p><p>The lamp arrived in pieces.</p>',
  tags: ['trustpilot', 'rating_2'],
  requester: { id: 9, name: 'Maria Lindqvist', email: 'maria@example.se', role: 'end-user' },
  comments: [],
};

function Broken(): never {
  throw new Error('render failed');
}

describe('the send gate for the life of the sidebar', () => {
  it('answers a save made before anything rendered: a public reply on a review waits, a note passes', async () => {
    const client = createFakeClient({
      registered: false,
      values: { 'comment.text': '<p>Hi Maria</p>', 'comment.type': 'publicReply', 'ticket.tags': ['trustpilot'] },
    });
    startSendGate(client);
    expect(client.subscribers('ticket.save')).toBe(1);
    client.register();
    expect(await save(client)).toEqual({ allow: false, reason: LOADING });
    client.values['comment.type'] = 'internalNote';
    expect(await save(client)).toEqual({ allow: true });
  });

  it('lets a save through at start-up on a ticket that carries no review tag', async () => {
    const client = createFakeClient({
      values: { 'comment.text': '<p>Hi</p>', 'comment.type': 'publicReply', 'ticket.tags': ['billing'] },
      settings: { reviewTags: 'trustpilot' },
    });
    startSendGate(client);
    await act(async () => undefined);
    expect(await save(client)).toEqual({ allow: true });
  });

  it('is subscribed by the app before the ticket is read, and holds the reply while the tools load', async () => {
    const client = createFakeClient({
      registered: false,
      values: {
        ticket: reviewTicket,
        currentUser: null,
        'comment.text': '<p>Hi Maria</p>',
        'comment.type': 'publicReply',
      },
    });
    await act(async () => {
      render(<App createClient={() => client} initialScheme="light" browserLocale="en-US" />);
    });
    expect(client.subscribers('ticket.save')).toBe(1);
    await act(async () => client.register());
    expect(await save(client)).toEqual({ allow: false, reason: LOADING });
  });

  it('keeps blocking after a render error, with a message that says what to do', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const client = createFakeClient({ values: { 'comment.text': '<p>Hi Maria</p>', 'comment.type': 'publicReply' } });
    const gate = startSendGate(client);
    gate.setReview(true);
    await act(async () => {
      render(
        <ThemeRoot scheme="light">
          <I18nProvider locale="en" messages={messagesFor('en')}>
            <ErrorBoundary onFailure={(failure) => gate.fail(failure)} onReset={() => gate.recover()}>
              <Broken />
            </ErrorBoundary>
          </I18nProvider>
        </ThemeRoot>,
      );
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'public replies to this review are held back; internal notes still go through',
    );
    expect(client.subscribers('ticket.save')).toBe(1);
    expect(await save(client)).toEqual({ allow: false, reason: FAILED });
    client.values['comment.type'] = 'internalNote';
    expect(await save(client)).toEqual({ allow: true });
    error.mockRestore();
  });
});
