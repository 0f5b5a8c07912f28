import { useZafEvent } from '../zaf/useZafEvent';
import { parseColorScheme, type ColorScheme } from './theme';

/** Follows Zendesk's colour-scheme change event. */
export function ColorSchemeListener({ onChange }: { onChange: (scheme: ColorScheme) => void }) {
  useZafEvent('colorScheme.changed', (data) => {
    const scheme = parseColorScheme(data);
    if (scheme) onChange(scheme);
  });
  return null;
}
