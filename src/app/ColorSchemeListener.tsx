import { useEffect } from 'react';
import { useZafEvent } from '../zaf/useZafEvent';
import { useZendesk } from '../zaf/ZafProvider';
import { COLOR_SCHEME_PATH, parseColorScheme, type ColorScheme } from './theme';

export interface ColorSchemeListenerProps {
  onChange: (scheme: ColorScheme) => void;
  /** Whether the iframe URL carried the scheme; when not, Zendesk is asked once. */
  knownFromUrl: boolean;
}

/** Asks Zendesk for the agent's colour scheme when the URL had none, and follows its change event. */
export function ColorSchemeListener({ onChange, knownFromUrl }: ColorSchemeListenerProps) {
  const zendesk = useZendesk();
  useZafEvent('colorScheme.changed', (data) => {
    const scheme = parseColorScheme(data);
    if (scheme) onChange(scheme);
  });
  useEffect(() => {
    if (knownFromUrl) return undefined;
    let active = true;
    zendesk.readObjects([COLOR_SCHEME_PATH]).then(
      ({ values, failed }) => {
        const scheme = failed.length === 0 ? parseColorScheme(values[COLOR_SCHEME_PATH]) : null;
        if (active && scheme) onChange(scheme);
      },
      // Older hosts may not know the path: the light scheme stays, and the change event still applies.
      (error: unknown) => console.warn('Zendesk did not answer the colour scheme', error),
    );
    return () => {
      active = false;
    };
  }, [zendesk, knownFromUrl, onChange]);
  return null;
}
