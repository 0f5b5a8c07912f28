import { REVIEW_LANGUAGES } from '../types';
import type { TemplateLanguage } from './types';

/** What the template language is chosen from. */
export interface LanguageChoiceInput {
  /** Languages that have at least one template for this review. */
  available: readonly TemplateLanguage[];
  reviewLanguage: TemplateLanguage | null;
  /** The agent's Zendesk locale (`sv-SE`, `fr`, `en-US`…). */
  agentLocale: string;
}

const asLanguage = (locale: string): TemplateLanguage | null => {
  const code = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const alias = code === 'nb' || code === 'nn' ? 'no' : code;
  return (REVIEW_LANGUAGES as readonly string[]).includes(alias) ? (alias as TemplateLanguage) : null;
};

/**
 * The review's language when a template exists in it, else the agent's language, else English,
 * else the first language that has one. Null only when there are no templates at all.
 */
export function chooseTemplateLanguage({
  available,
  reviewLanguage,
  agentLocale,
}: LanguageChoiceInput): TemplateLanguage | null {
  const has = (language: TemplateLanguage | null): language is TemplateLanguage =>
    language !== null && available.includes(language);
  const agent = asLanguage(typeof agentLocale === 'string' ? agentLocale : '');
  if (has(reviewLanguage)) return reviewLanguage;
  if (has(agent)) return agent;
  if (has('en')) return 'en';
  return available[0] ?? null;
}
