import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { ThemeRoot } from '../../../src/app/ThemeRoot';
import { PublicationStatus } from '../../../src/features/publication';
import { I18nProvider, useI18n } from '../../../src/i18n/I18nProvider';
import { createFakeClient } from '../fakeClient';
import { messagesFor } from '../helpers';
import { agent, reviewTicket as sharedReviewTicket } from './sidebar';

/** The sidebar's review ticket, written this November so its date reads the same in every test. */
const reviewTicket = { ...sharedReviewTicket, createdAt: '2026-11-20T08:00:00Z' };

async function renderFor(agentLocale: string) {
  const client = createFakeClient({
    values: {
      ticket: reviewTicket,
      currentUser: { ...agent, locale: agentLocale },
      'comment.text': '',
      'comment.type': 'publicReply',
    },
    request: () => {
      throw { status: 404 };
    },
  });
  await act(async () => {
    render(<App createClient={() => client} initialScheme="light" browserLocale="en-US" />);
  });
}

/** Shows what a part of the sidebar formats with. */
function Formats() {
  const { t, locale, uiLocale, formatDate, formatNumber } = useI18n();
  return (
    <p>
      {t('proofread.heading')} | {uiLocale} | {locale} | {formatDate(new Date(2024, 4, 2))} | {formatNumber(1234567.5)}
    </p>
  );
}

describe('regional formats in the sidebar', () => {
  it('shows an en-GB agent the date day first, with the English strings', async () => {
    await renderFor('en-GB');
    expect(await screen.findByRole('heading', { name: 'Parcel arrived broken' })).toBeVisible();
    // The header shows the age; the date is its title (and in the review's details).
    expect(screen.getByTitle('20 Nov 2026').tagName).toBe('TIME');
    expect(screen.getByRole('img', { name: 'Rated 2 out of 5 stars' })).toBeVisible();
  });

  it('shows an en-US agent the month first', async () => {
    await renderFor('en-US');
    expect((await screen.findByTitle('Nov 20, 2026')).tagName).toBe('TIME');
  });

  it('falls back to the UI language’s format for an invalid locale tag', async () => {
    await renderFor('en-!!');
    expect((await screen.findByTitle('Nov 20, 2026')).tagName).toBe('TIME');
  });

  it('gives nested parts the agent’s region and the strings’ language; an invalid tag falls back', () => {
    render(
      <I18nProvider locale="de" formatLocale="de-CH" messages={messagesFor('de')}>
        <Formats />
        <I18nProvider locale="de" messages={messagesFor('de')}>
          <Formats />
        </I18nProvider>
        <I18nProvider locale="en" formatLocale="en-GB" messages={messagesFor('en')}>
          <Formats />
        </I18nProvider>
        <I18nProvider locale="en" formatLocale="not a tag" messages={messagesFor('en')}>
          <Formats />
        </I18nProvider>
      </I18nProvider>,
    );
    const lines = screen.getAllByRole('paragraph').map((line) => line.textContent);
    expect(lines[0]).toMatch(/^Vor dem Senden Korrektur lesen \| de \| de-CH \| 02\.05\.2024 \| 1['’]234['’]567\.5$/);
    expect(lines[1]).toBe(lines[0]);
    expect(lines[2]).toBe('Proofread before sending | en | en-GB | 2 May 2024 | 1,234,567.5');
    expect(lines[3]).toBe('Proofread before sending | en | en | May 2, 2024 | 1,234,567.5');
  });
});

describe('publication times in the agent’s regional format', () => {
  const at = new Date(2026, 10, 20, 14, 5);
  const renderStatus = (formatLocale: string) =>
    render(
      <ThemeRoot scheme="light">
        <I18nProvider locale="en" formatLocale={formatLocale} messages={messagesFor('en')}>
          <PublicationStatus update={{ ticketId: 501, kind: 'published', at: at.toISOString() }} />
          <PublicationStatus update={{ ticketId: 501, kind: 'waiting', nextCheckAt: at.getTime() }} />
        </I18nProvider>
      </ThemeRoot>,
    );

  it('writes the 24-hour clock for en-GB', () => {
    renderStatus('en-GB');
    expect(screen.getByText('Published on Trustpilot at 14:05.')).toBeVisible();
    expect(screen.getByText(/Checking again at 14:05\.$/)).toBeVisible();
  });

  it('writes AM/PM for en-US', () => {
    renderStatus('en-US');
    expect(screen.getByText(/^Published on Trustpilot at 02:05\sPM\.$/u)).toBeVisible();
  });
});
