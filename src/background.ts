import { createTrustpilotGateway } from './api/trustpilot';
import { parseSettings } from './domain/settings';
import { formatLocaleFor, resolveLocale } from './i18n/locale';
import { loadMessages, translate } from './i18n/messages';
import { createZendesk } from './zaf/port';
import { createSdkClient, loadSdk } from './zaf/sdk';
import { startFollowUps } from './features/publication';

// The background location runs for the agent's whole Zendesk session, so a reply sent just
// before the sidebar closed ("Send as solved") is still followed until Trustpilot shows it.
async function main(): Promise<void> {
  const client = createSdkClient(await loadSdk());
  if (client === false) return;
  const metadata = await client.metadata();
  if (!parseSettings(metadata.settings).trustpilotEnabled) return;
  const zendesk = createZendesk(client);
  const { values } = await zendesk.readObjects(['currentUser'] as const);
  const user = values.currentUser as { id?: unknown; locale?: unknown } | undefined;
  if (typeof user?.id !== 'number') return;
  const tag = typeof user.locale === 'string' ? user.locale : null;
  const locale = resolveLocale(tag);
  // The Trustpilot strings travel with the review tools' strings.
  const [messages, english] = await Promise.all([loadMessages(locale, 'tools'), loadMessages('en', 'tools')]);
  // The strings in the agent's language, the time as their region writes it (en-GB: 14:05).
  const timeFormat = new Intl.DateTimeFormat(formatLocaleFor(tag, locale), { hour: '2-digit', minute: '2-digit' });
  startFollowUps(zendesk, {
    gateway: createTrustpilotGateway(zendesk),
    agentId: user.id,
    t: (key, params) => translate(messages, key, params, english),
    formatTime: (date) => timeFormat.format(date),
  });
}

void main();
