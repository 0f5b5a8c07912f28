import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildGuidance } from '../../../src/domain/guidance/buildGuidance';
import type { Guidance } from '../../../src/domain/guidance/types';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { GuidancePanel } from '../../../src/features/guidance/GuidancePanel';
import { renderWithProviders } from '../helpers';
import { makeReview } from '../../factories';

/** Five hours after `makeReview`'s default `createdAt`. */
const NOW = new Date('2025-05-01T13:00:00Z');

const listUnder = (heading: string): string[] => {
  const section = screen.getByRole('heading', { name: heading }).parentElement as HTMLElement;
  return within(section)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
};

describe('GuidancePanel', () => {
  it('recommends acknowledging publicly then going private, with each reason and its evidence', async () => {
    const review = makeReview({
      stars: 1,
      text: 'Total SCAM!! I paid for my order and NEVER GOT ANYTHING. Never again.',
      reference: '88123',
    });
    await renderWithProviders(<GuidancePanel guidance={buildGuidance(review, 'negative', DEFAULT_SETTINGS, NOW)} />);

    expect(screen.getByRole('heading', { level: 2, name: 'How to answer' })).toBeInTheDocument();
    expect(screen.getByText('Acknowledge publicly, continue privately')).toBeInTheDocument();
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
    expect(listUnder('Best practices')).toEqual([
      'Respond quickly, especially to negative reviews.',
      "Use the reviewer's name and avoid generic wording.",
      "Acknowledge the customer's experience and feelings.",
      'Offer a concrete solution or a clear next step.',
      'Thank them for sharing their experience.',
      "Proofread spelling and tone: the reply can't be edited once it is published.",
    ]);
  });

  it('shows the response time against the target', async () => {
    const review = makeReview({ stars: 1, createdAt: new Date(NOW.getTime() - 30 * 3_600_000) });
    await renderWithProviders(<GuidancePanel guidance={buildGuidance(review, 'negative', DEFAULT_SETTINGS, NOW)} />);

    expect(screen.getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByText('Age: 30 hours · target: 24 hours')).toBeInTheDocument();
  });

  it('tells not to reply publicly to spam, with what to do instead', async () => {
    const review = makeReview({ stars: 5, text: 'Click here https://cheap.example', links: ['https://cheap.example'] });
    await renderWithProviders(<GuidancePanel guidance={buildGuidance(review, 'spam', DEFAULT_SETTINGS, NOW)} />);

    expect(screen.getByText("Don't reply publicly")).toBeInTheDocument();
    expect(listUnder('Why')).toEqual([
      'Looks like spam or not about your business: links and advertising.In the review: cheap.example · click here',
    ]);
    expect(
      screen.getByText(/Flag the review as inappropriate on Trustpilot, add an internal note \(for example/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Best practices' })).not.toBeInTheDocument();
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
    await renderWithProviders(<GuidancePanel guidance={guidance} />);

    expect(listUnder('Why')).toEqual([
      'Complex or technical matter: a long review (212 words) and technical questions.In the review: app',
    ]);
    expect(screen.getByText('Unknown')).toBeInTheDocument();
    expect(screen.getByText('The review has no date · target: 3 days')).toBeInTheDocument();
  });

  it('speaks the UI language', async () => {
    const review = makeReview({ stars: 5, text: 'Super' });
    await renderWithProviders(<GuidancePanel guidance={buildGuidance(review, 'positive', DEFAULT_SETTINGS, NOW)} />, {
      locale: 'fr',
    });

    expect(screen.getByRole('heading', { level: 2, name: 'Comment répondre' })).toBeInTheDocument();
    expect(screen.getByText('Répondre publiquement')).toBeInTheDocument();
    // The French text keeps its no-break spaces before colons; queries see them as spaces.
    expect(screen.getByText('Avis positif : remerciez publiquement son auteur.')).toBeInTheDocument();
    expect(screen.getByText('Âge : 5 heures · objectif : 3 jours')).toBeInTheDocument();
  });
});
