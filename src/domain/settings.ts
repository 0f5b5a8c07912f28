import type { Stars } from './types';

/**
 * The app's settings as Zendesk delivers them in `metadata.settings` (strings, booleans, numbers),
 * turned into typed values with defaults. Template settings are parsed by `domain/templates`.
 */
export interface AppSettings {
  reviewTags: string[];
  showOnOtherTickets: boolean;
  companyName: string;
  supportEmail: string;
  supportPhone: string;
  signature: string;
  responseTargetNegativeHours: number;
  responseTargetOtherHours: number;
  phrasesToAvoid: string[];
  historyLimit: number;
  /** An administrator set up the Trustpilot API key (the key itself is secure and never readable here). */
  trustpilotEnabled: boolean;
  /** Raw template settings by parameter name (multiline text), see `TEMPLATE_SETTING_NAMES`. */
  templateTexts: Record<TemplateSettingName, string>;
}

/** One multiline setting per built-in template slot, plus the custom templates. */
export const TEMPLATE_SETTING_NAMES = [
  'templateNegative1',
  'templateNegative2',
  'templateNeutral3',
  'templatePositive4',
  'templatePositive5',
  'templateQuestion',
  'templateAnonymous',
  'templateFollowUp',
  'templateSpamNote',
  'customTemplates',
] as const;
export type TemplateSettingName = (typeof TEMPLATE_SETTING_NAMES)[number];

export const DEFAULT_SETTINGS: AppSettings = {
  reviewTags: ['trustpilot', 'trustpilot-review'],
  showOnOtherTickets: false,
  companyName: '',
  supportEmail: '',
  supportPhone: '',
  signature: '',
  responseTargetNegativeHours: 24,
  responseTargetOtherHours: 72,
  phrasesToAvoid: [],
  historyLimit: 100,
  trustpilotEnabled: false,
  templateTexts: Object.fromEntries(TEMPLATE_SETTING_NAMES.map((name) => [name, ''])) as Record<
    TemplateSettingName,
    string
  >,
};

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

const list = (value: unknown, separator: RegExp): string[] =>
  text(value)
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

const positiveNumber = (value: unknown, fallback: number, max: number): number => {
  const n = typeof value === 'number' ? value : Number.parseFloat(text(value));
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : fallback;
};

const flag = (value: unknown): boolean => value === true || value === 'true' || value === '1';

/** Reads settings from `metadata.settings`; never throws, unknown or bad values fall back to defaults. */
export function parseSettings(raw: unknown): AppSettings {
  // Only the object's own values: a setting named like an Object.prototype property reads nothing.
  const source: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [name, value] of Object.entries(raw)) source[name] = value;
  }
  const tags = list(source.reviewTags, /[\s,]+/).map((tag) => tag.toLowerCase());
  return {
    reviewTags: tags.length > 0 ? tags : DEFAULT_SETTINGS.reviewTags,
    showOnOtherTickets: flag(source.showOnOtherTickets),
    companyName: text(source.companyName),
    supportEmail: text(source.supportEmail),
    supportPhone: text(source.supportPhone),
    signature: text(source.signature),
    responseTargetNegativeHours: positiveNumber(source.responseTargetNegativeHours, 24, 24 * 365),
    responseTargetOtherHours: positiveNumber(source.responseTargetOtherHours, 72, 24 * 365),
    phrasesToAvoid: list(source.phrasesToAvoid, /\r?\n/),
    historyLimit: Math.round(positiveNumber(source.historyLimit, 100, 1000)),
    trustpilotEnabled: flag(source.trustpilotEnabled),
    templateTexts: Object.fromEntries(
      TEMPLATE_SETTING_NAMES.map((name) => [name, typeof source[name] === 'string' ? source[name] : '']),
    ) as Record<TemplateSettingName, string>,
  };
}

/** The rating a star count implies for reporting tags and response targets. */
export const isNegativeStars = (stars: Stars | null): boolean => stars !== null && stars <= 2;
