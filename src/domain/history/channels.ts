import type { HistoryChannel } from './types';

// Zendesk has dozens of `via.channel` values; the agent only needs to know roughly where a
// conversation happened, so they are grouped.
const GROUPS: ReadonlyArray<[HistoryChannel, readonly string[]]> = [
  ['email', ['email', 'mail']],
  ['web', ['web', 'web_form', 'help_center', 'web_service', 'web_widget']],
  ['api', ['api']],
  ['chat', ['chat', 'chat_transcript', 'chat_offline_message']],
  ['voice', ['voice', 'phone', 'phone_call_inbound', 'phone_call_outbound', 'voicemail']],
  ['sms', ['sms', 'text', 'messagebird_sms']],
  ['mobile', ['mobile', 'mobile_sdk']],
  ['social', ['twitter', 'twitter_dm', 'facebook', 'facebook_post', 'facebook_message', 'instagram_dm']],
  [
    'messaging',
    ['native_messaging', 'whatsapp', 'line', 'wechat', 'messenger', 'telegram', 'viber', 'apple_business_chat'],
  ],
  // Channel-framework integrations (the Trustpilot connectors among them) arrive as `any_channel`.
  ['integration', ['any_channel']],
];

const BY_VIA = new Map<string, HistoryChannel>(
  GROUPS.flatMap(([channel, values]) => values.map((value): [string, HistoryChannel] => [value, channel])),
);

/** The channel group for a `via.channel` value; `other` for system, rules and unknown values. */
export function channelOf(viaChannel: string): HistoryChannel {
  const key = viaChannel.trim().toLowerCase();
  if (key.startsWith('sunshine_conversations')) return 'messaging';
  return BY_VIA.get(key) ?? 'other';
}
