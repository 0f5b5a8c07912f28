import { useEffect, useState } from 'react';
import type { UiLocale } from '../domain/types';
import { englishMessages, loadMessages, type MessageTree } from '../i18n/messages';

export interface ToolStrings {
  messages: MessageTree;
  /** English, for any key the locale lacks. */
  fallback: MessageTree;
}

/**
 * Loads the strings of the review tools (in the agent's locale and in English), together with
 * `preload` — the tools' own chunk — so both arrive in one wait. Null until then; a failed load
 * falls back to the card's strings so the tools still render (missing keys show English or the key).
 */
export function useToolStrings(
  locale: UiLocale,
  core: MessageTree,
  preload: () => Promise<unknown>,
): ToolStrings | null {
  const [strings, setStrings] = useState<{ locale: UiLocale; value: ToolStrings } | null>(null);
  useEffect(() => {
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      const englishTools = loadMessages('en', 'tools');
      const localeTools = locale === 'en' ? englishTools : loadMessages(locale, 'tools');
      return Promise.all([localeTools, englishTools, preload().catch(() => undefined)]);
    };
    // Start after the card has been painted, so parsing the tools never delays the review.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        load().then(
          ([tools, english]) => {
            if (active) {
              setStrings({
                locale,
                value: { messages: { ...core, ...tools }, fallback: { ...englishMessages, ...english } },
              });
            }
          },
          () => {
            if (active) setStrings({ locale, value: { messages: core, fallback: englishMessages } });
          },
        );
      }, 0);
    });
    return () => {
      active = false;
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [locale, core, preload]);
  return strings && strings.locale === locale ? strings.value : null;
}
