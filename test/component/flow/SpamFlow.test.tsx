import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SpamFlow } from '../../../src/features/flow/SpamFlow';
import { renderWithProviders } from '../helpers';

const LINK = 'https://www.trustpilot.com/reviews/6651e6f708192a3b4c5d6e7f';
const note = <button type="button">Add internal note</button>;

describe('SpamFlow', () => {
  it('lists the three steps: the internal note, the flag on Trustpilot, closing the ticket', async () => {
    await renderWithProviders(<SpamFlow publicDraft={false} reviewLink={LINK} note={note} />);

    const flow = screen.getByRole('region', { name: 'Spam: no public reply' });
    const steps = within(flow).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(within(steps[0] as HTMLElement).getByText('Add an internal note that the review is spam:')).toBeVisible();
    expect(within(steps[0] as HTMLElement).getByRole('button', { name: 'Add internal note' })).toBeVisible();
    const flag = within(steps[1] as HTMLElement).getByRole('link', { name: /Flag the review on Trustpilot/ });
    expect(flag).toHaveAttribute('href', LINK);
    expect(flag).toHaveAttribute('target', '_blank');
    expect(flag).toHaveAttribute('rel', 'noopener noreferrer');
    expect(
      within(steps[2] as HTMLElement).getByText('Then close the ticket: set it to Solved without a public reply.'),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says where to flag the review when its link is not in the ticket', async () => {
    await renderWithProviders(<SpamFlow publicDraft={false} reviewLink={null} note={note} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(
      screen.getByText("Flag the review as inappropriate in Trustpilot Business (its link isn't in the ticket)."),
    ).toBeVisible();
  });

  it('warns when a public reply is in the editor: spam gets an internal note instead', async () => {
    await renderWithProviders(<SpamFlow publicDraft reviewLink={LINK} note={note} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A public reply is in the editor. Switch it to an internal note: spam gets no public reply.',
    );
  });

  it('speaks the agent’s language', async () => {
    await renderWithProviders(<SpamFlow publicDraft={false} reviewLink={LINK} note={note} />, { locale: 'fr' });
    // French puts a no-break space before the colon.
    expect(screen.getByRole('heading', { level: 2, name: /^Spam\s:\spas de réponse publique$/ })).toBeVisible();
    expect(screen.getByRole('link', { name: /^Signaler l'avis sur Trustpilot/ })).toHaveAttribute('href', LINK);
  });
});
