import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UiLocale } from '../domain/types';
import { englishMessages, loadMessages, translate, type MessageParams, type MessageTree } from './messages';

export type Translate = (key: string, params?: MessageParams) => string;

export interface I18n {
  locale: UiLocale;
  t: Translate;
  formatDate: (date: Date) => string;
}

const makeI18n = (locale: UiLocale, tree: MessageTree, fallback: MessageTree = englishMessages): I18n => {
  // Created on first use: building an Intl formatter costs milliseconds at start-up.
  let dateFormat: Intl.DateTimeFormat | null = null;
  return {
    locale,
    t: (key, params) => translate(tree, key, params, fallback),
    formatDate: (date) => {
      dateFormat ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
      return dateFormat.format(date);
    },
  };
};

const I18nContext = createContext<I18n>(makeI18n('en', englishMessages));

export interface I18nProviderProps {
  locale: UiLocale;
  /** Strings to use without loading (tests, or a locale loaded up front). */
  messages?: MessageTree;
  /** English strings to fall back on for keys `messages` lacks; defaults to the bundled ones. */
  fallback?: MessageTree;
  children: ReactNode;
}

/** Provides `t()` for a locale; shows English until the locale's strings have loaded. */
export function I18nProvider({ locale, messages, fallback, children }: I18nProviderProps) {
  const [loaded, setLoaded] = useState<{ locale: UiLocale; tree: MessageTree } | null>(null);

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
    if (messages) return makeI18n(locale, messages, fallback);
    if (loaded && loaded.locale === locale) return makeI18n(locale, loaded.tree);
    return makeI18n(locale === 'en' ? 'en' : locale, englishMessages);
  }, [locale, messages, fallback, loaded]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current translator and formatters. */
export const useI18n = (): I18n => useContext(I18nContext);
