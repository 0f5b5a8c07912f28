import { Button } from '@zendeskgarden/react-buttons';
import { Field, Select } from '@zendeskgarden/react-forms';
import type { ChangeEvent } from 'react';
import styled from 'styled-components';
import type { ScenarioResult } from '../../domain/scenario/types';
import { SCENARIOS, type Scenario } from '../../domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { scenarioName, signalText } from './scenarioName';
import { Section, SubtleSmall } from '../../ui';

const Signals = styled.ul`
  margin: 0;
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

/** Shows the detected scenario and its signals, and lets the agent choose another one. */
export function ScenarioSwitcher({ detected, value, onChange }: ScenarioSwitcherProps) {
  const { t } = useI18n();
  const overridden = value !== detected.scenario;
  const detectedName = scenarioName(t, detected.scenario);
  const choose = (event: ChangeEvent<HTMLSelectElement>) => {
    const picked = SCENARIOS.find((scenario) => scenario === event.target.value);
    if (picked) onChange(picked);
  };

  return (
    <Section $gap="xs">
      <Field>
        <Field.Label>{t('scenario.label')}</Field.Label>
        <Field.Hint>
          {overridden
            ? t('scenario.overridden', { scenario: detectedName })
            : t('scenario.detected', { scenario: detectedName })}
        </Field.Hint>
        <Select value={value} onChange={choose}>
          {SCENARIOS.map((scenario) => (
            <option key={scenario} value={scenario}>
              {scenarioName(t, scenario)}
            </option>
          ))}
        </Select>
      </Field>
      {overridden ? (
        <div>
          <Button size="small" isBasic onClick={() => onChange(detected.scenario)}>
            {t('scenario.useDetected')}
          </Button>
        </div>
      ) : null}
      <div>
        <SubtleSmall tag="h3" isBold>
          {t('scenario.signalsHeading')}
        </SubtleSmall>
        <Signals>
          {detected.signals.map((signal, index) => (
            <li key={`${signal.code}-${index}`}>{signalText(t, signal)}</li>
          ))}
        </Signals>
        <SubtleSmall>{t('scenario.hint')}</SubtleSmall>
      </div>
    </Section>
  );
}
