import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { consumerCalls, REVIEW_ID, renderWithTrustpilot, trustpilotBody, trustpilotCalls } from './harness';

// The card's Trustpilot part waits for the review tools' strings and its own chunk.
configure({ asyncUtilTimeout: 10_000 });

const reviewCard = () => screen.getByRole('region', { name: 'Trustpilot review' });

/** What Trustpilot says about the review is in "Review details", which the agent opens. */
async function openDetails(): Promise<void> {
  const details = await screen.findByRole('button', { name: 'Review details' }, { timeout: 10_000 });
  await userEvent.setup().click(details);
}

describe('the review card checked against Trustpilot', { timeout: 20_000 }, () => {
  it('works as before and asks Trustpilot nothing when the connection is off', async () => {
    const client = await renderWithTrustpilot([{ status: 200, body: trustpilotBody() }], { enabled: false });
    expect(await screen.findByText('Parcel arrived broken')).toBeVisible();
    expect(trustpilotCalls(client)).toEqual([]);
    expect(screen.queryByText('Checked against Trustpilot')).toBeNull();
  });

  it('says it was checked, shows the verified badge and that nothing differs', async () => {
    const client = await renderWithTrustpilot([{ status: 200, body: trustpilotBody() }]);
    await openDetails();
    expect(await screen.findByText('Checked against Trustpilot')).toBeVisible();
    expect(screen.getByText('Verified review')).toBeVisible();
    expect(screen.getByText('Trustpilot shows the same review as the ticket.')).toBeVisible();
    expect(trustpilotCalls(client)).toEqual([
      expect.objectContaining({
        url: `https://api.trustpilot.com/v1/reviews/${REVIEW_ID}`,
        secure: true,
        headers: { apikey: '{{setting.trustpilotApiKey}}' },
      }),
    ]);
  });

  it('shows an edited review as Trustpilot has it now, with what changed', async () => {
    await renderWithTrustpilot([
      {
        status: 200,
        body: trustpilotBody({ stars: 4, text: 'The lamp arrived in pieces. Support sent a new one within two days.' }),
      },
    ]);
    await openDetails();
    expect(await screen.findByText('Stars changed on Trustpilot: 2 → 4.')).toBeVisible();
    expect(screen.getByRole('img', { name: 'Rated 4 out of 5 stars' })).toBeVisible();
    expect(within(screen.getByRole('list', { name: 'Removed' })).getByText('Nobody answers my e-mails.')).toBeVisible();
    expect(
      within(screen.getByRole('list', { name: 'Added' })).getByText('Support sent a new one within two days.'),
    ).toBeVisible();
    // The guidance re-runs on the current text: 4 stars is a positive review.
    expect(await screen.findByRole('combobox', { name: 'Scenario' }, { timeout: 10_000 })).toHaveValue('positive');
  });

  it('shows a company reply already on Trustpilot and treats the review as answered', async () => {
    await renderWithTrustpilot(
      [
        {
          status: 200,
          body: trustpilotBody({
            companyReply: { text: 'Hi Maria, a new lamp is on its way.', createdAt: '2026-11-21T10:00:00Z' },
          }),
        },
      ],
      { draft: '<p>Hi Maria, sorry about the lamp.</p>' },
    );
    await openDetails();
    expect(await screen.findByText('Already answered on Trustpilot')).toBeVisible();
    expect(screen.getByText('Hi Maria, a new lamp is on its way.')).toBeVisible();
    expect(screen.getByText(/written 21 Nov 2026|written Nov 21, 2026|written 11\/21\/2026/)).toBeVisible();
    expect(
      await screen.findByRole('checkbox', { name: 'I want to publish a second public reply' }, { timeout: 10_000 }),
    ).not.toBeChecked();
    expect(screen.getByText('Already answered: this review has a public reply.')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Proofread before sending' })).toBeNull();
  });

  it('says when the review is gone from Trustpilot', async () => {
    await renderWithTrustpilot([{ status: 404, body: { message: 'Not found' } }]);
    await openDetails();
    expect(await screen.findByText('Review no longer on Trustpilot')).toBeVisible();
  });

  it('names the setting an administrator must check when the key is refused', async () => {
    await renderWithTrustpilot([{ status: 401, body: { fault: 'invalid key' } }]);
    await openDetails();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Trustpilot refused the API key (HTTP 401).');
    expect(alert).toHaveTextContent('“Trustpilot API key” setting');
    expect(within(reviewCard()).getByText('Parcel arrived broken')).toBeVisible();
  });

  it('falls back to the ticket when Trustpilot fails, and checks again on request', async () => {
    const client = await renderWithTrustpilot([{ status: 503 }, { status: 200, body: trustpilotBody() }]);
    await openDetails();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't check Trustpilot. The card shows the ticket's data.");
    expect(screen.getByRole('img', { name: 'Rated 2 out of 5 stars' })).toBeVisible();
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Check Trustpilot again' }));
    expect(await screen.findByText('Checked against Trustpilot')).toBeVisible();
    expect(trustpilotCalls(client)).toHaveLength(2);
  });

  it('tells how long Trustpilot asked to wait after HTTP 429', async () => {
    const client = await renderWithTrustpilot([{ status: 429, headers: { 'Retry-After': '120' } }]);
    await openDetails();
    expect(await screen.findByRole('alert')).toHaveTextContent('try again in 120 s');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check Trustpilot again' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/try again in 1[12]\d s/));
    expect(trustpilotCalls(client)).toHaveLength(1);
  });
});

describe("the reviewer's reviews on Trustpilot", { timeout: 20_000 }, () => {
  it('lists the other reviews with stars, company and whether they were answered', async () => {
    const client = await renderWithTrustpilot([{ status: 200, body: trustpilotBody() }], {
      consumerReviews: {
        reviews: [
          { id: REVIEW_ID, stars: 2, title: 'Parcel arrived broken', businessUnit: { displayName: 'Nordlys Home' } },
          {
            id: 'r2',
            stars: 5,
            title: 'Lovely lamp',
            createdAt: '2024-11-02T10:15:00Z',
            businessUnit: { displayName: 'Nordlys Home' },
            companyReply: { text: 'Thanks!' },
          },
          {
            id: 'r3',
            stars: 1,
            title: 'Slow refund',
            createdAt: '2024-03-18T16:40:00Z',
            businessUnit: { displayName: 'Another Shop' },
          },
        ],
      },
    });
    const section = await screen.findByRole('button', { name: 'Reviews on Trustpilot' }, { timeout: 10_000 });
    expect(section).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(section);
    const list = await screen.findByRole('list', { name: 'Reviews on Trustpilot' }, { timeout: 10_000 });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Lovely lamp★★★★★ Nov 2, 2024 · Nordlys Home · answered',
      'Slow refund★☆☆☆☆ Mar 18, 2024 · Another Shop · not answered',
    ]);
    expect(within(items[0] as HTMLElement).getByRole('img', { name: 'Rated 5 out of 5 stars' })).toBeVisible();
    expect(consumerCalls(client)).toEqual([
      expect.objectContaining({
        url: 'https://api.trustpilot.com/v1/consumers/c0ffee/reviews?perPage=20&orderBy=createdat.desc',
        secure: true,
      }),
    ]);
  });

  it('is not shown when the connection is off', async () => {
    await renderWithTrustpilot([{ status: 200, body: trustpilotBody() }], { enabled: false });
    await screen.findByRole('button', { name: 'Use template' }, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: 'Reviews on Trustpilot' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Reviews on Trustpilot' })).toBeNull();
  });
});
