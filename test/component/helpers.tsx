import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ThemeRoot } from '../../src/app/ThemeRoot';
import type { ColorScheme } from '../../src/app/theme';
import type { UiLocale } from '../../src/domain/types';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import type { MessageTree } from '../../src/i18n/messages';
import { startSendGate, type SendGate } from '../../src/zaf/sendGate';
import { SendGateProvider } from '../../src/zaf/SendGateProvider';
import { ZafProvider } from '../../src/zaf/ZafProvider';
import { createFakeClient, type FakeClient } from './fakeClient';
import da from '../../translations/da.json';
import de from '../../translations/de.json';
import en from '../../translations/en.json';
import fr from '../../translations/fr.json';
import sv from '../../translations/sv.json';

export { createFakeClient, type FakeClient } from './fakeClient';

const translations: Record<UiLocale, { ui: MessageTree }> = { en, sv, fr, da, de };

/** The real UI strings of a locale, from translations/<locale>.json. */
export function messagesFor(locale: UiLocale): MessageTree {
  return translations[locale].ui;
}

export interface RenderOptions {
  client?: FakeClient;
  locale?: UiLocale;
  scheme?: ColorScheme;
  /** Start the send gate for the client first, as `main.tsx` does (default); false for SDK-only tests. */
  withGate?: boolean;
}

export interface RenderWithProvidersResult extends RenderResult {
  client: FakeClient;
  /** The send gate subscribed to the fake client before the render, as `main.tsx` does. */
  gate: SendGate | null;
}

/**
 * Renders inside the app's providers (theme, translations, ZAF session with a fake client) and
 * waits until the fake client has registered, so the UI is ready for queries.
 */
export async function renderWithProviders(
  ui: ReactElement,
  { client = createFakeClient(), locale = 'en', scheme = 'light', withGate = true }: RenderOptions = {},
): Promise<RenderWithProvidersResult> {
  const messages = messagesFor(locale);
  const gate = withGate ? startSendGate(client) : null;
  let result: RenderResult | undefined;
  await act(async () => {
    const tree = (
      <ThemeRoot scheme={scheme}>
        <I18nProvider locale={locale} messages={messages} fallback={messagesFor('en')}>
          <ZafProvider
            createClient={() => client}
            connecting={<p>connecting</p>}
            outsideZendesk={<p>outside</p>}
            failed={<p>failed</p>}
          >
            {ui}
          </ZafProvider>
        </I18nProvider>
      </ThemeRoot>
    );
    result = render(gate ? <SendGateProvider gate={gate}>{tree}</SendGateProvider> : tree);
  });
  // React 18's act() returns once the render's own microtasks ran; the session resolves a few
  // promise turns later. Let those turns pass inside act() (no timers: tests may fake them).
  await act(async () => {
    for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
  });
  if (!result) throw new Error('render did not complete');
  return Object.assign(result, { client, gate });
}
