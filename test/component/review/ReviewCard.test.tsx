import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseReview } from '../../../src/domain/review/parseReview';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { ReviewCard } from '../../../src/features/review/ReviewCard';
import { ReviewDetails } from '../../../src/features/review/ReviewDetails';
import { renderWithProviders } from '../helpers';
import type { Review } from '../../../src/domain/review/types';
import { makeReview } from '../../factories';

/** Five hours after the reviews here were written. */
const NOW = new Date('2025-05-01T13:00:00Z');

/** A two-star review in two paragraphs, written five hours before NOW. */
const LATE_SOFA: Partial<Review> = {
  title: 'Sofa arrived late',
  text: 'The sofa came two weeks late.\n\nThe driver was friendly though.',
  stars: 2,
  createdAt: new Date('2025-05-01T08:00:00Z'),
};

describe('ReviewCard', () => {
  it('shows title, stars, reviewer, date with age and the text in paragraphs', async () => {
    await renderWithProviders(<ReviewCard review={makeReview(LATE_SOFA)} now={NOW} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Trustpilot review' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Sofa arrived late' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Rated 2 out of 5 stars' })).toHaveTextContent('★★☆☆☆');
    expect(screen.getByText('Anna Svensson')).toBeInTheDocument();
    const age = screen.getByText('5 hours ago');
    expect(age.tagName).toBe('TIME');
    expect(age).toHaveAttribute('dateTime', '2025-05-01T08:00:00.000Z');
    expect(age).toHaveAttribute('title', 'May 1, 2025');
    expect(screen.getByText('The sofa came two weeks late.').tagName).toBe('P');
    expect(screen.getByText('The driver was friendly though.').tagName).toBe('P');
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    // The language, reference and link are in the review's details, not in the header.
    expect(screen.queryByText('English')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('says when there is no title, no stars, no name, no text and no date', async () => {
    const review = makeReview({
      title: null,
      stars: null,
      text: '',
      createdAt: null,
      reviewer: { name: '', firstName: '', anonymous: true, id: null, email: '', locale: '' },
      languageDetected: false,
      language: 'sv',
    });
    await renderWithProviders(<ReviewCard review={review} now={NOW} />);

    expect(screen.getByRole('heading', { level: 3, name: 'No title' })).toBeInTheDocument();
    expect(screen.getByText('Not rated')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('Anonymous reviewer')).toBeInTheDocument();
    expect(screen.getByText('The review has no text.')).toBeInTheDocument();
    expect(screen.queryByRole('time')).not.toBeInTheDocument();
    expect(screen.queryByText(/ago$/)).not.toBeInTheDocument();
  });

  it('collapses a long review and expands it with the keyboard', async () => {
    const user = userEvent.setup();
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(40)}THE END`;
    await renderWithProviders(<ReviewCard review={makeReview({ text: long })} now={NOW} />);

    const more = screen.getByRole('button', { name: 'Show more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/THE END/)).not.toBeInTheDocument();
    expect(screen.getByText(/…$/)).toBeInTheDocument();

    more.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(/THE END$/)).toBeInTheDocument();
    const less = screen.getByRole('button', { name: 'Show less' });
    expect(less).toHaveAttribute('aria-expanded', 'true');

    await user.click(less);
    expect(screen.queryByText(/THE END/)).not.toBeInTheDocument();
  });

  it("shows the connector's reference and link lines only as the Reference row and the link, not in the text", async () => {
    const description =
      'Rating: 2/5\nReference number: AB-1234\nReview: https://www.trustpilot.com/reviews/6650ab\n\nThe sofa came two weeks late.';
    const review = parseReview(
      {
        id: 1,
        subject: 'Sofa arrived late',
        description,
        tags: ['trustpilot', 'rating_2'],
        status: 'new',
        createdAt: '2025-05-01T08:00:00Z',
        requester: { id: 7, name: 'Anna Svensson', email: 'anna@example.com', role: 'end-user', locale: 'en' },
        comments: [],
        channel: 'any_channel',
      },
      DEFAULT_SETTINGS,
    );
    await renderWithProviders(
      <>
        <ReviewCard review={review} now={NOW} />
        <ReviewDetails review={review} />
      </>,
    );

    expect(screen.getByText('The sofa came two weeks late.').tagName).toBe('P');
    expect(screen.queryByText(/Reference number/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Review: https/)).not.toBeInTheDocument();
    expect(screen.getByText('Reference')).toBeInTheDocument();
    expect(screen.getByText('AB-1234')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open on Trustpilot/ })).toHaveAttribute(
      'href',
      'https://www.trustpilot.com/reviews/6650ab',
    );
  });

  it('shows the reference number and a safe link to the review on Trustpilot', async () => {
    const review = makeReview({ reference: 'AB-1234', reviewUrl: 'https://www.trustpilot.com/reviews/6650ab' });
    await renderWithProviders(<ReviewDetails review={review} />);

    expect(screen.getByText('Reference')).toBeInTheDocument();
    expect(screen.getByText('AB-1234')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /Open on Trustpilot/ });
    expect(link).toHaveAttribute('href', 'https://www.trustpilot.com/reviews/6650ab');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each(['javascript:alert(1)', 'https://trustpilot.com.evil.example/reviews/1', 'data:text/html,hi'])(
    'shows no link for %s',
    async (reviewUrl) => {
      await renderWithProviders(<ReviewDetails review={makeReview({ reviewUrl })} />);
      expect(screen.getByText('Language')).toBeInTheDocument();
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
    },
  );

  it('gives the date, the language (assumed or detected) and no reference row when there is none', async () => {
    await renderWithProviders(
      <ReviewDetails review={makeReview({ ...LATE_SOFA, language: 'sv', languageDetected: false, reference: null })} />,
    );
    expect(screen.getByText('Posted')).toBeInTheDocument();
    expect(screen.getByText('May 1, 2025')).toBeInTheDocument();
    expect(screen.getByText('Language')).toBeInTheDocument();
    expect(screen.getByText('Swedish (assumed)')).toBeInTheDocument();
    expect(screen.queryByText('Reference')).not.toBeInTheDocument();
  });

  it('renders markup in the review as text, creating no element from it', async () => {
    const attack = '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:x">click</a>';
    const review = makeReview({
      title: attack,
      text: `${attack}\n\n<b>bold</b>`,
      reviewer: { name: '<iframe src=x>', firstName: '<iframe', anonymous: false, id: 1, email: '', locale: '' },
      reference: '<svg onload=alert(3)>',
    });
    const user = userEvent.setup();
    const { container } = await renderWithProviders(
      <>
        <ReviewCard review={review} now={NOW} />
        <ReviewDetails review={review} />
      </>,
    );

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(container.querySelector('img, script, iframe, svg[onload], b, a')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(attack);
    expect(screen.getByText('<b>bold</b>')).toBeInTheDocument();
    expect(screen.getByText('<iframe src=x>')).toBeInTheDocument();
    expect(screen.getByText('<svg onload=alert(3)>')).toBeInTheDocument();
  });

  it('speaks the UI language', async () => {
    const review = makeReview({ title: null, stars: 2 });
    await renderWithProviders(
      <>
        <ReviewCard review={review} now={NOW} />
        <ReviewDetails review={review} />
      </>,
      { locale: 'sv' },
    );

    expect(screen.getByRole('heading', { level: 2, name: 'Trustpilot-omdöme' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Ingen rubrik' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Betyg: 2 av 5 stjärnor' })).toBeInTheDocument();
    expect(screen.getByText('Språk')).toBeInTheDocument();
    expect(screen.getByText('engelska')).toBeInTheDocument();
  });
});
