import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ScenarioResult } from '../../../src/domain/scenario/types';
import type { Scenario } from '../../../src/domain/types';
import { ScenarioSignals, ScenarioSwitcher } from '../../../src/features/review/ScenarioSwitcher';
import { renderWithProviders } from '../helpers';

const detected: ScenarioResult = {
  scenario: 'negative',
  signals: [
    { code: 'starsFromTags', evidence: 'rating_1' },
    { code: 'strongDissatisfaction', evidence: 'scam, never again' },
    { code: 'directQuestion', evidence: 'Where is my order?' },
  ],
};

/** The switcher as the sidebar uses it: the choice lives in the parent. */
function Harness({ onChange }: { onChange: (scenario: Scenario) => void }) {
  const [value, setValue] = useState<Scenario>(detected.scenario);
  return (
    <ScenarioSwitcher
      detected={detected}
      value={value}
      onChange={(scenario) => {
        onChange(scenario);
        setValue(scenario);
      }}
    />
  );
}

describe('ScenarioSwitcher', () => {
  it('shows the detected scenario in one line, and the signals that led to it where they are asked for', async () => {
    await renderWithProviders(
      <>
        <ScenarioSwitcher detected={detected} value="negative" onChange={() => undefined} />
        <ScenarioSignals detected={detected} />
      </>,
    );

    const select = screen.getByRole('combobox', { name: 'Scenario' });
    expect(select).toHaveValue('negative');
    expect(screen.queryByText(/Changed by you/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Why this scenario' })).toBeInTheDocument();
    expect(screen.getByText('Templates and guidance follow the scenario you choose.')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Stars from the ticket tags (rating_1)',
      'Strong dissatisfaction: scam, never again',
      'Asks: “Where is my order?”',
    ]);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Negative (1–2 stars)',
      'Neutral (3 stars)',
      'Positive (4–5 stars)',
      'Question',
      'Spam or irrelevant',
    ]);
    expect(screen.queryByRole('button', { name: 'Use detected scenario' })).not.toBeInTheDocument();
  });

  it('lets the agent override the scenario and go back to the detected one', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    await renderWithProviders(<Harness onChange={onChange} />);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'Question');
    expect(onChange).toHaveBeenLastCalledWith('question');
    expect(screen.getByText(/^Changed by you \(detected: Negative \(1–2 stars\)\)/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Use detected scenario' }));
    expect(onChange).toHaveBeenLastCalledWith('negative');
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('negative');
    expect(screen.queryByRole('button', { name: 'Use detected scenario' })).not.toBeInTheDocument();
  });

  it('is a native select reached with Tab, and the way back is a button reached with Tab', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    await renderWithProviders(<Harness onChange={onChange} />);

    await user.tab();
    const select = screen.getByRole('combobox', { name: 'Scenario' });
    expect(select).toHaveFocus();
    // The browser's own select handles arrow keys; jsdom does not, so the choice is made directly.
    expect(select.tagName).toBe('SELECT');
    await user.selectOptions(select, 'neutral');
    expect(onChange).toHaveBeenLastCalledWith('neutral');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Use detected scenario' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('negative');
  });

  it('speaks the UI language', async () => {
    await renderWithProviders(
      <>
        <ScenarioSwitcher detected={detected} value="spam" onChange={() => undefined} />
        <ScenarioSignals detected={detected} />
      </>,
      { locale: 'de' },
    );

    expect(screen.getByRole('combobox', { name: 'Szenario' })).toHaveValue('spam');
    expect(screen.getByText(/^Von Ihnen geändert \(erkannt: Negativ \(1–2 Sterne\)\)/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Erkanntes Szenario verwenden' })).toBeInTheDocument();
    expect(screen.getByText('Fragt: „Where is my order?“')).toBeInTheDocument();
  });
});
