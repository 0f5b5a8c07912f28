import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UiLocale } from '../domain/types';
import { formatLocaleFor } from './locale';
import { englishMessages, loadMessages, translate, type MessageParams, type MessageTree } from './messages';

export type Translate = (key: string, params?: MessageParams) => string;

export interface I18n {
  /**
   * The locale for every date, time, number and list (`Intl`): the agent's full Zendesk locale
   * (`en-GB`, `de-CH`) in the language of the strings. Not a key for translations: see `uiLocale`.
   */
  locale: string;
  /** The language of the UI strings (`en` for an `en-GB` agent). */
  uiLocale: UiLocale;
  t: Translate;
  /** A date in the agent's regional format ("2 May 2024" for en-GB, "May 2, 2024" for en-US). */
  formatDate: (date: Date) => string;
  /** A number in the agent's regional format ("1’234.5" for de-CH). */
  formatNumber: (value: number) => string;
}

interface I18nValue extends I18n {
  /** The agent's Zendesk locale tag as given, for providers further down. */
  agentTag: string | null;
}

const makeI18n = (
  uiLocale: UiLocale,
  agentTag: string | null,
  tree: MessageTree,
  fallback: MessageTree = englishMessages,
): I18nValue => {
  const locale = formatLocaleFor(agentTag, uiLocale);
  // Created on first use: building an Intl formatter costs milliseconds at start-up.
  let dateFormat: Intl.DateTimeFormat | null = null;
  let numberFormat: Intl.NumberFormat | null = null;
  return {
    locale,
    uiLocale,
    agentTag,
    t: (key, params) => translate(tree, key, params, fallback),
    formatDate: (date) => {
      dateFormat ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
      return dateFormat.format(date);
    },
    formatNumber: (value) => {
      numberFormat ??= new Intl.NumberFormat(locale);
      return numberFormat.format(value);
    },
  };
};

const I18nContext = createContext<I18nValue>(makeI18n('en', null, englishMessages));

export interface I18nProviderProps {
  /** The language of the strings. */
  locale: UiLocale;
  /**
   * The agent's Zendesk locale tag (`en-GB`) for dates, times and numbers; validated, and the UI
   * locale when invalid. Absent: the one an enclosing provider was given, else the UI locale.
   */
  formatLocale?: string | null;
  /** Strings to use without loading (tests, or a locale loaded up front). */
  messages?: MessageTree;
  /** English strings to fall back on for keys `messages` lacks; defaults to the bundled ones. */
  fallback?: MessageTree;
  children: ReactNode;
}

/** Provides `t()` and the formatters for a locale; shows English until the locale's strings have loaded. */
export function I18nProvider({ locale, formatLocale, messages, fallback, children }: I18nProviderProps) {
  const [loaded, setLoaded] = useState<{ locale: UiLocale; tree: MessageTree } | null>(null);
  const inherited = useContext(I18nContext).agentTag;
  const agentTag = formatLocale ?? inherited;

  useEffect(() => {
    if (messages) return undefined;
    let active = true;
    loadMessages(locale).then(
      (tree) => active && setLoaded({ locale, tree }),
      () => active && setLoaded({ locale, tree: englishMessages }),
    );
    return () => {
      active = false;
    };
  }, [locale, messages]);

  const value = useMemo(() => {
    if (messages) return makeI18n(locale, agentTag, messages, fallback);
    if (loaded && loaded.locale === locale) return makeI18n(locale, agentTag, loaded.tree);
    return makeI18n(locale, agentTag, englishMessages);
  }, [locale, agentTag, messages, fallback, loaded]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current translator and formatters. */
export const useI18n = (): I18n => useContext(I18nContext);
