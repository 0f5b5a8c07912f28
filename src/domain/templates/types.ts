import type { TemplateSettingName } from '../settings';
import type { DraftType, ReviewLanguage, Scenario, Stars } from '../types';

/** Languages a template may be written in: every language the app recognises in reviews. */
export type TemplateLanguage = ReviewLanguage;

/** The setting a template comes from; built-in templates use the slot they replace. */
export type TemplateSlot = TemplateSettingName;

/** A scenario a template is offered for; `any` = every scenario except spam. */
export type TemplateScenario = Scenario | 'any';

/** One reply template in one language. */
export interface Template {
  /** Stable within one catalogue: `<slot>:<language>:<index>`. */
  id: string;
  slot: TemplateSlot;
  scenario: TemplateScenario;
  language: TemplateLanguage;
  /** The title written in the settings; null = name it after the slot. */
  title: string | null;
  body: string;
  /** Public reply, or internal note (the spam note, or a custom template marked `note`). */
  type: DraftType;
  source: 'builtIn' | 'settings';
}

/** A `[label]` found in a text; `end` is exclusive and includes the closing bracket. */
export interface PlaceholderSpan {
  start: number;
  end: number;
  /** The text between the brackets, trimmed. */
  label: string;
}

/** Placeholders the app fills by itself. */
export type KnownPlaceholder =
  | 'customerName'
  | 'agentName'
  | 'agentFirstName'
  | 'signature'
  | 'companyName'
  | 'supportEmail'
  | 'supportPhone'
  | 'supportContact'
  | 'reference';

/** A placeholder left open after filling, with its position in the filled text. */
export interface OpenPlaceholder extends PlaceholderSpan {
  /** Field key: the normalised label, shared by every occurrence of the same placeholder. */
  key: string;
  /** Set when the placeholder is a known one whose value is missing (e.g. no support e-mail configured). */
  known: KnownPlaceholder | null;
}

/** Everything `fillTemplate` may put in place of placeholders. */
export interface PlaceholderValues {
  /** Values of known placeholders; a missing or blank value leaves the placeholder open. */
  known: Partial<Record<KnownPlaceholder, string>>;
  /** The reviewer is anonymous: `[Customer name]` is dropped with its comma instead of staying open. */
  anonymousReviewer: boolean;
  /** What the agent typed, by field key (`placeholderKey(label)`); wins over known values. */
  fields: Record<string, string>;
}

/** Where and why a built-in slot is offered. */
export interface SlotInfo {
  scenarios: readonly Scenario[];
  stars: Stars | null;
  anonymous: boolean;
  type: DraftType;
}
