import { Button } from '@zendeskgarden/react-buttons';
import { Field, Select } from '@zendeskgarden/react-forms';
import type { ChangeEvent } from 'react';
import styled from 'styled-components';
import type { ScenarioResult } from '../../domain/scenario/types';
import { SCENARIOS, type Scenario } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { scenarioName, signalText } from './scenarioName';
import { SubtleSmall } from '../../ui';

const Line = styled.div`
  display: grid;
  grid-template-columns: auto minmax(0, 1fr);
  align-items: center;
  gap: ${({ theme }) => theme.space.xs};
`;

const Signals = styled.ul`
  margin: 0 0 ${({ theme }) => theme.space.xs};
  padding-inline-start: ${({ theme }) => theme.space.md};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  overflow-wrap: anywhere;
`;

export interface ScenarioSwitcherProps {
  /** What the review was classified as, and why. */
  detected: ScenarioResult;
  /** The scenario in use: the detected one or the agent's choice. */
  value: Scenario;
  /** Called with the scenario the agent picks, or the detected one to go back. */
  onChange: (scenario: Scenario) => void;
}

/** The scenario in one line, which the agent may switch; after a switch, the way back to the detected one. */
export function ScenarioSwitcher({ detected, value, onChange }: ScenarioSwitcherProps) {
  const { t } = useI18n();
  const overridden = value !== detected.scenario;
  const choose = (event: ChangeEvent<HTMLSelectElement>) => {
    const picked = SCENARIOS.find((scenario) => scenario === event.target.value);
    if (picked) onChange(picked);
  };

  return (
    <Field>
      <Line>
        <Field.Label isRegular>{t('scenario.label')}</Field.Label>
        <Select isCompact value={value} onChange={choose}>
          {SCENARIOS.map((scenario) => (
            <option key={scenario} value={scenario}>
              {scenarioName(t, scenario)}
            </option>
          ))}
        </Select>
      </Line>
      {overridden ? (
        <SubtleSmall>
          {t('scenario.overridden', { scenario: scenarioName(t, detected.scenario) })}{' '}
          <Button size="small" isLink onClick={() => onChange(detected.scenario)}>
            {t('scenario.useDetected')}
          </Button>
        </SubtleSmall>
      ) : null}
    </Field>
  );
}

/** Why the review was placed in its scenario: the signals, with the review's words. */
export function ScenarioSignals({ detected }: { detected: ScenarioResult }) {
  const { t } = useI18n();
  return (
    <div>
      <SubtleSmall tag="h4" isBold>
        {t('scenario.signalsHeading')}
      </SubtleSmall>
      <Signals>
        {detected.signals.map((signal, index) => (
          <li key={`${signal.code}-${index}`}>{signalText(t, signal)}</li>
        ))}
      </Signals>
      <SubtleSmall>{t('scenario.hint')}</SubtleSmall>
    </div>
  );
}
