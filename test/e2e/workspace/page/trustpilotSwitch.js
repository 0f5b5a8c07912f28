// The toolbar's Trustpilot switch: picks the scenario of the Trustpilot API imitation. The app
// reads its settings when it starts, so a change reloads the workspace with `?trustpilot=<scenario>`.

import { TRUSTPILOT_SCENARIOS } from './trustpilot.js';

/** options: { select (element), scenario } */
export function setUpTrustpilotSwitch({ select, scenario }) {
  for (const [id, label] of Object.entries(TRUSTPILOT_SCENARIOS))
    select.append(new Option(label, id, false, id === scenario));
  select.addEventListener('change', () => {
    const url = new URL(window.location.href);
    url.searchParams.set('trustpilot', select.value);
    window.location.assign(url);
  });
}
