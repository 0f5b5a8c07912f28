import { fireEvent, screen } from '@testing-library/react';
import { expect } from 'vitest';
import type { ZafRequestOptions } from '../../../src/zaf/types';
import type { FixtureSearchResponse } from '../../bench/historyFixture';

/** A search result for one ticket of requester 77. */
export const searchTicket = (
  id: number,
  createdAt: string,
  fields: { subject?: string; status?: string; tags?: string[]; channel?: string } = {},
) => ({
  result_type: 'ticket',
  id,
  subject: fields.subject ?? `Ticket ${id}`,
  status: fields.status ?? 'closed',
  created_at: createdAt,
  updated_at: createdAt,
  tags: fields.tags ?? [],
  via: { channel: fields.channel ?? 'email' },
  requester_id: 77,
});

/** Answers search requests from pages: `page=N` in the URL picks page N, none picks the first. */
export function pagedSearch(pages: FixtureSearchResponse[] | Array<Record<string, unknown>>) {
  return (options: ZafRequestOptions): unknown => {
    const page = Number(new URL(options.url, 'https://x.test').searchParams.get('page') ?? '1');
    const body = pages[page - 1];
    if (body === undefined) throw { status: 404, statusText: 'Not Found' };
    return body;
  };
}

/**
 * Opens the closed "Other tickets (N)" section under the history's summary, as the agent does
 * (a click; fireEvent works under fake timers too). Returns the section's button.
 */
export function openHistoryList(name: RegExp = /^Other tickets \(\d+\)$/): HTMLElement {
  const toggle = screen.getByRole('button', { name });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  fireEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return toggle;
}
