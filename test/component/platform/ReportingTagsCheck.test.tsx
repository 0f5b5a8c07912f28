import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { missingTagsRecords } from '../../../src/features/platform/missingTagsLog';
import { ReportingTagsCheck } from '../../../src/features/platform/ReportingTagsCheck';
import { createZendesk } from '../../../src/zaf/port';
import { createFakeClient, renderWithProviders } from '../helpers';

afterEach(() => window.localStorage.clear());

async function submitWithTags(tagsOnTicket: string[] | null, hookTags: string[]) {
  const client = createFakeClient({
    values: tagsOnTicket === null ? {} : { 'ticket.tags': tagsOnTicket },
    failingPaths: tagsOnTicket === null ? ['ticket.tags'] : [],
    context: { ticketId: 812 },
  });
  await renderWithProviders(<ReportingTagsCheck />, { client });
  // What the save hook does: ask Zendesk to add the reporting tags.
  await createZendesk(client).addTags(hookTags);
  await act(async () => client.emit('ticket.submit.done'));
  return client;
}

describe('ReportingTagsCheck', () => {
  it('tells the agent which reporting tags the saved ticket lacks, and records it', async () => {
    const client = await submitWithTags(['trustpilot', 'tp_replied'], ['tp_replied', 'tp_negative_answered']);
    expect(client.callsOf('get')).toContainEqual([['ticket.tags']]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Reporting tags missing');
    expect(alert).toHaveTextContent('The ticket was saved without the reporting tags tp_negative_answered.');
    expect(missingTagsRecords()).toEqual([
      { ticketId: 812, tags: ['tp_negative_answered'], verified: true, at: expect.any(String) },
    ]);
  });

  it('stays silent when every tag the hook added is on the ticket', async () => {
    await submitWithTags(['trustpilot', 'tp_replied'], ['tp_replied']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(missingTagsRecords()).toEqual([]);
  });

  it('says it could not check when the tags cannot be read back', async () => {
    await submitWithTags(null, ['tp_replied']);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'its tags could not be read to check the reporting tags tp_replied',
    );
    expect(missingTagsRecords()).toMatchObject([{ ticketId: 812, tags: ['tp_replied'], verified: false }]);
  });

  it('checks nothing when the save added no tags', async () => {
    const client = createFakeClient({ values: { 'ticket.tags': [] } });
    await renderWithProviders(<ReportingTagsCheck />, { client });
    await act(async () => client.emit('ticket.submit.done'));
    expect(client.callsOf('get')).toEqual([]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
