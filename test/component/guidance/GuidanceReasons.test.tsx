import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildGuidance } from '../../../src/domain/guidance/buildGuidance';
import type { Guidance } from '../../../src/domain/guidance/types';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { BestPractices, GuidanceReasons, ResponseBadge } from '../../../src/features/guidance';
import { renderWithProviders } from '../helpers';
import { makeReview } from '../../factories';

/** Five hours after `makeReview`'s default `createdAt`. */
const NOW = new Date('2025-05-01T13:00:00Z');

/** What "Why this advice" and "Best practices" show, as the sidebar puts them in its sections. */
function GuidanceSections({ guidance, showResponseTime = true }: { guidance: Guidance; showResponseTime?: boolean }) {
  return (
    <>
      <section aria-label="Why this advice">
        <GuidanceReasons guidance={guidance} showResponseTime={showResponseTime} />
      </section>
      {guidance.reminders.length > 0 ? (
        <section aria-label="Best practices">
          <BestPractices guidance={guidance} />
        </section>
      ) : null}
    </>
  );
}

const bestPractices = (): string[] =>
  within(screen.getByRole('region', { name: 'Best practices' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');

const listUnder = (heading: string): string[] => {
  const section = screen.getByRole('heading', { name: heading }).parentElement as HTMLElement;
  return within(section)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
};

describe('the guidance shown on demand', () => {
  it('recommends acknowledging publicly then going private, with each reason and its evidence', async () => {
    const review = makeReview({
      stars: 1,
      text: 'Total SCAM!! I paid for my order and NEVER GOT ANYTHING. Never again.',
      reference: '88123',
    });
    await renderWithProviders(<GuidanceSections guidance={buildGuidance(review, 'negative', DEFAULT_SETTINGS, NOW)} />);

    expect(
      screen.getByText(
        'Acknowledge the review in a public reply, then invite the reviewer to contact you privately, for example by e-mail, to solve it.',
      ),
    ).toBeInTheDocument();
    expect(listUnder('Why')).toEqual([
      'The reviewer is very dissatisfied (strong language and shouting in capitals); a public exchange could escalate.In the review: scam · never again · NEVER · GOT · ANYTHING',
      'Solving this needs personal data: order number. Never ask for it in public.In the review: 88123 · never got',
    ]);
    expect(
      screen.getByText(
        'Acknowledge the problem quickly. Show empathy. Apologise sincerely. Offer a concrete solution or a private channel for follow-up. Avoid becoming defensive.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Recommended action' })).toBeInTheDocument();
    expect(bestPractices()).toEqual([
      'Respond quickly, especially to negative reviews.',
      "Use the reviewer's name and avoid generic wording.",
      "Acknowledge the customer's experience and feelings.",
      'Offer a concrete solution or a clear next step.',
      'Thank them for sharing their experience.',
      "Proofread spelling and tone: the reply can't be edited once it is published.",
    ]);
  });

  it('shows the response time against the target, and the badge beside the age', async () => {
    const review = makeReview({ stars: 1, createdAt: new Date(NOW.getTime() - 30 * 3_600_000) });
    const guidance = buildGuidance(review, 'negative', DEFAULT_SETTINGS, NOW);
    await renderWithProviders(<GuidanceSections guidance={guidance} />);

    const why = screen.getByRole('region', { name: 'Why this advice' });
    expect(within(why).getByText('Overdue')).toBeInTheDocument();
    expect(within(why).getByText('Age: 30 hours · target: 24 hours')).toBeInTheDocument();
  });

  it('shows the response-time badge with its status, and none without a date', async () => {
    const late = makeReview({ stars: 1, createdAt: new Date(NOW.getTime() - 30 * 3_600_000) });
    const { rerender } = await renderWithProviders(
      <ResponseBadge time={buildGuidance(late, 'negative', DEFAULT_SETTINGS, NOW).responseTime} />,
    );
    expect(screen.getByText('Overdue')).toBeVisible();

    rerender(<ResponseBadge time={{ status: 'unknown', ageHours: null, targetHours: 24 }} />);
    expect(screen.queryByText('Overdue')).not.toBeInTheDocument();
    expect(screen.queryByText('Unknown')).not.toBeInTheDocument();
  });

  it('leaves the response time out where the flow hides it', async () => {
    const review = makeReview({ stars: 1, createdAt: new Date(NOW.getTime() - 30 * 3_600_000) });
    await renderWithProviders(
      <GuidanceSections guidance={buildGuidance(review, 'negative', DEFAULT_SETTINGS, NOW)} showResponseTime={false} />,
    );
    expect(screen.queryByText('Overdue')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Age:/)).not.toBeInTheDocument();
  });

  it('tells not to reply publicly to spam, with what to do instead', async () => {
    const review = makeReview({ stars: 5, text: 'Click here https://cheap.example', links: ['https://cheap.example'] });
    await renderWithProviders(<GuidanceSections guidance={buildGuidance(review, 'spam', DEFAULT_SETTINGS, NOW)} />);

    expect(listUnder('Why')).toEqual([
      'Looks like spam or not about your business: links and advertising.In the review: cheap.example · click here',
    ]);
    expect(
      screen.getByText(/Flag the review as inappropriate on Trustpilot, add an internal note \(for example/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Best practices' })).not.toBeInTheDocument();
  });

  it('names a long review by its word count and an unknown date as such', async () => {
    const guidance: Guidance = {
      scenario: 'question',
      recommendation: 'publicThenPrivate',
      reasons: [
        { code: 'complexMatter', details: ['long', 'technical'], evidence: ['app'], wordCount: 212, private: true },
      ],
      reminders: ['answerGenerally'],
      actionKey: 'guidance.action.question',
      responseTime: { status: 'unknown', ageHours: null, targetHours: 72 },
    };
    await renderWithProviders(<GuidanceSections guidance={guidance} />);

    expect(listUnder('Why')).toEqual([
      'Complex or technical matter: a long review (212 words) and technical questions.In the review: app',
    ]);
    expect(screen.getByText('Unknown')).toBeInTheDocument();
    expect(screen.getByText('The review has no date · target: 3 days')).toBeInTheDocument();
  });

  it('speaks the UI language', async () => {
    const review = makeReview({ stars: 5, text: 'Super' });
    await renderWithProviders(
      <GuidanceSections guidance={buildGuidance(review, 'positive', DEFAULT_SETTINGS, NOW)} />,
      {
        locale: 'fr',
      },
    );

    expect(screen.getByRole('heading', { level: 4, name: 'Action recommandée' })).toBeInTheDocument();
    // The French text keeps its no-break spaces before colons; queries see them as spaces.
    expect(screen.getByText('Avis positif : remerciez publiquement son auteur.')).toBeInTheDocument();
    expect(screen.getByText('Âge : 5 heures · objectif : 3 jours')).toBeInTheDocument();
  });
});
