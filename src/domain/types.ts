/** Languages the app recognises in review text. */
export const REVIEW_LANGUAGES = ['en', 'sv', 'fr', 'da', 'de', 'nl', 'es', 'no', 'fi', 'it', 'pl'] as const;
export type ReviewLanguage = (typeof REVIEW_LANGUAGES)[number];

/** Languages the UI and the built-in templates are written in. */
export const UI_LOCALES = ['en', 'sv', 'fr', 'da', 'de'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export type Stars = 1 | 2 | 3 | 4 | 5;

/** A Zendesk user as far as the app needs one (requester, current user, comment author). */
export interface UserSnapshot {
  id: number | null;
  name: string;
  email: string;
  role: 'end-user' | 'agent' | 'admin' | 'unknown';
  locale: string;
}

/** A comment of the ticket, as ZAF's `ticket.comments` gives it (no date, no public flag). */
export interface CommentSnapshot {
  id: number | null;
  /** HTML as Zendesk stores it; untrusted. */
  value: string;
  author: UserSnapshot | null;
}

/** The ticket, normalised from whatever `client.get('ticket')` returned. */
export interface TicketSnapshot {
  id: number | null;
  subject: string;
  /** The first comment; for a review "the entire review text including the star rating". Untrusted. */
  description: string;
  tags: string[];
  status: string;
  createdAt: string | null;
  requester: UserSnapshot | null;
  comments: CommentSnapshot[];
  channel: string;
  /** The name of the ticket's brand (`ticket.brand.name`); empty when Zendesk gives none. */
  brand?: string;
}

export type Scenario = 'negative' | 'neutral' | 'positive' | 'question' | 'spam';
export const SCENARIOS: readonly Scenario[] = ['negative', 'neutral', 'positive', 'question', 'spam'];

export type DraftType = 'publicReply' | 'internalNote';

/** The reply being written in Zendesk's editor. `text` is what `comment.text` holds (often HTML). */
export interface Draft {
  text: string;
  type: DraftType;
}

/** How the agent should answer (agent guide, section 3). */
export type Recommendation = 'publicReply' | 'publicThenPrivate' | 'noPublicReply';
