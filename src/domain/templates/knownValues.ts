import type { Review } from '../review/types';
import type { AppSettings } from '../settings';
import type { UserSnapshot } from '../types';
import { fillTemplate } from './fillTemplate';
import type { KnownPlaceholder, PlaceholderValues, TemplateLanguage } from './types';

const OR: Partial<Record<TemplateLanguage, string>> = {
  en: 'or',
  sv: 'eller',
  fr: 'ou',
  da: 'eller',
  de: 'oder',
  nl: 'of',
  es: 'o',
  no: 'eller',
  fi: 'tai',
  it: 'o',
  pl: 'lub',
};

/** Inputs for the placeholders the app fills by itself. */
export interface KnownValuesInput {
  review: Pick<Review, 'reviewer' | 'reference'>;
  settings: Pick<AppSettings, 'companyName' | 'supportEmail' | 'supportPhone' | 'signature'>;
  agent: Pick<UserSnapshot, 'name'> | null;
  language: TemplateLanguage;
}

const clean = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/**
 * Values for every known placeholder that can be known: the reviewer's first name, the agent,
 * the company and support contacts from settings, the reference found in the review. The signature
 * setting may itself use `[Your Name]` and `[Company name]`; empty, it is the agent's name.
 */
export function knownValuesFor({ review, settings, agent, language }: KnownValuesInput): PlaceholderValues {
  const agentName = clean(agent?.name);
  const email = clean(settings.supportEmail);
  const phone = clean(settings.supportPhone);
  const firstName = clean(review.reviewer.firstName) || clean(review.reviewer.name).split(' ')[0] || '';
  const known: Partial<Record<KnownPlaceholder, string>> = {
    customerName: review.reviewer.anonymous ? '' : firstName,
    agentName,
    agentFirstName: agentName.split(' ')[0] ?? '',
    companyName: clean(settings.companyName),
    supportEmail: email,
    supportPhone: phone,
    supportContact: email && phone ? `${email} ${OR[language] ?? 'or'} ${phone}` : email || phone,
    reference: clean(review.reference),
  };
  const signatureSetting = settings.signature.trim();
  // The signature is filled from the other values only, so it cannot refer to itself.
  known.signature = signatureSetting
    ? fillTemplate(signatureSetting, { known: { ...known, signature: '' }, anonymousReviewer: false, fields: {} }).text
    : agentName;
  return { known, anonymousReviewer: review.reviewer.anonymous, fields: {} };
}
