import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { decideFlow } from '../../../src/domain/flow';
import type { FlowInput } from '../../../src/domain/flow';
import type { ScenarioResult } from '../../../src/domain/scenario/types';
import { Glance } from '../../../src/features/flow';
import { makeFlowInput, makeGuidance, makeReview } from '../../factories';
import { renderWithProviders } from '../helpers';

const detected: ScenarioResult = { scenario: 'negative', signals: [{ code: 'starsFromTags', evidence: 'rating_2' }] };

async function renderGlance(overrides: Partial<FlowInput>, checking = false) {
  const onScenario = vi.fn();
  const input = makeFlowInput(overrides);
  const result = await renderWithProviders(
    <Glance
      flow={decideFlow(input)}
      detected={detected}
      scenario={input.scenario}
      onScenario={onScenario}
      checking={checking}
      review={input.review}
    />,
  );
  return { ...result, onScenario };
}

const HEADLINES = [
  'Reply publicly',
  'Acknowledge publicly, continue privately',
  "Don't reply publicly",
  'Second public reply, confirmed by you',
];

/** The one headline shown: every other one is absent. */
function expectHeadline(shown: string) {
  expect(screen.getByText(shown)).toBeVisible();
  for (const other of HEADLINES.filter((headline) => headline !== shown)) {
    expect(screen.queryByText(other)).not.toBeInTheDocument();
  }
}

describe('Glance: the header’s decision line', () => {
  it('recommends a public reply, with the switchable scenario and no warning', async () => {
    await renderGlance({});
    expectHeadline('Reply publicly');
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('negative');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('recommends acknowledging publicly and continuing privately when the guidance says so', async () => {
    await renderGlance({ guidance: makeGuidance('negative', 'publicThenPrivate') });
    expectHeadline('Acknowledge publicly, continue privately');
  });

  it('says not to reply publicly, with one warning line, when the review is answered', async () => {
    await renderGlance({ answerCheck: 'answered' });
    expectHeadline("Don't reply publicly");
    expect(screen.getByRole('status')).toHaveTextContent('Already answered: this review has a public reply.');
  });

  it('names the confirmed second reply in the headline, and keeps the warning', async () => {
    await renderGlance({ answerCheck: 'answered', secondReplyConfirmed: true });
    expectHeadline('Second public reply, confirmed by you');
    expect(screen.getByRole('status')).toHaveTextContent('Already answered: this review has a public reply.');
  });

  it('warns about spam and recommends no public reply', async () => {
    await renderGlance({ scenario: 'spam' });
    expectHeadline("Don't reply publicly");
    expect(screen.getByRole('status')).toHaveTextContent('Looks like spam or not about your business.');
  });

  it('says when the check for an earlier reply failed', async () => {
    await renderGlance({ answerCheck: 'failed' });
    expectHeadline("Don't reply publicly");
    expect(screen.getByRole('status')).toHaveTextContent("Couldn't check for an earlier public reply.");
  });

  it('warns about a review the reviewer edited', async () => {
    await renderGlance({ review: makeReview({ edited: true }) });
    expect(screen.getByRole('status')).toHaveTextContent('Edited review: read the latest version before you answer.');
  });

  it('shows only the most important warning: answered before anonymous', async () => {
    await renderGlance({
      answerCheck: 'answered',
      review: makeReview({}, { anonymous: true, name: '', firstName: '' }),
    });
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Already answered: this review has a public reply.');
    expect(screen.queryByText(/Anonymous reviewer/)).not.toBeInTheDocument();
  });

  it('tells an anonymous reviewer apart when nothing else applies', async () => {
    await renderGlance({ review: makeReview({}, { anonymous: true, name: '', firstName: '' }) });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Anonymous reviewer: answer generally and offer a private channel.',
    );
  });

  it('says the check for earlier replies is running when there is no warning yet', async () => {
    await renderGlance({ answerCheck: 'checking' }, true);
    expect(screen.getByRole('status')).toHaveTextContent('Checking for earlier replies…');
  });

  it('passes the agent’s scenario choice up', async () => {
    const user = userEvent.setup();
    const { onScenario } = await renderGlance({});
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'Question');
    expect(onScenario).toHaveBeenCalledWith('question');
  });

  it('speaks the agent’s language', async () => {
    const input = makeFlowInput({ answerCheck: 'answered' });
    await renderWithProviders(
      <Glance
        flow={decideFlow(input)}
        detected={detected}
        scenario="negative"
        onScenario={() => undefined}
        checking={false}
        review={input.review}
      />,
      { locale: 'sv' },
    );
    expect(screen.getByText('Svara inte offentligt')).toBeVisible();
  });

  it('says what changed when an edited review’s tags and text disagree on the stars', async () => {
    await renderGlance({
      review: makeReview({ edited: true, starsConflict: true, starsFromTags: 5, starsFromText: 2 }),
    });
    expect(
      screen.getByText(
        'The tags say 5 stars but the review text says 2. The review was probably edited; the tags are used.',
      ),
    ).toBeVisible();
    expect(screen.queryByText('Edited review: read the latest version before you answer.')).not.toBeInTheDocument();
  });

  it('says an edited review should be read again when only the edit is known', async () => {
    await renderGlance({ review: makeReview({ edited: true, starsConflict: false }) });
    expect(screen.getByText('Edited review: read the latest version before you answer.')).toBeVisible();
  });
});
