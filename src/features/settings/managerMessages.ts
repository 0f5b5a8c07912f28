import type { Review } from '../../domain/review/types';
import { TEMPLATE_SETTING_NAMES } from '../../domain/settings';
import type { TemplateTexts } from './useTemplateDrafts';

/**
 * How the sidebar and the template manager's modal talk (events between instances of the app):
 * the modal says hello with its guid until the sidebar that opened it answers with the review and
 * the template texts in force there; after a save the modal sends the saved texts back.
 */
export const MANAGER_EVENTS = {
  hello: 'templateManager.hello',
  context: 'templateManager.context',
  saved: 'templateManager.saved',
} as const;

/** The page Zendesk opens in the modal, relative to the package. */
export const MANAGER_PAGE = 'assets/manager.html';

/** Zendesk's recommended maximum for a modal: room for the editor and the preview side by side. */
export const MANAGER_SIZE = { width: '80vw', height: '80vh' } as const;

/** What the sidebar tells the modal it opened. */
export interface ManagerContext {
  /** The sidebar's instance guid, for the saved texts. */
  opener: string;
  review: Review;
  templateTexts: TemplateTexts;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/** The guid a modal said hello with; null for anything else. */
export function readHello(data: unknown): string | null {
  const guid = isRecord(data) ? data.guid : null;
  return typeof guid === 'string' && guid !== '' ? guid : null;
}

/** Template texts from a message: every setting a string, or null. */
export function readTexts(data: unknown): TemplateTexts | null {
  if (!isRecord(data)) return null;
  const texts: Partial<TemplateTexts> = {};
  for (const name of TEMPLATE_SETTING_NAMES) {
    const text = data[name];
    if (typeof text !== 'string') return null;
    texts[name] = text;
  }
  return texts as TemplateTexts;
}

/** The review as it crosses to another instance (its date as an ISO string). */
export function packReview(review: Review): Record<string, unknown> {
  return { ...review, createdAt: review.createdAt ? review.createdAt.toISOString() : null };
}

const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The review sent by `packReview`, checked field by field; null when it is not one. Never throws. */
export function unpackReview(data: unknown): Review | null {
  if (!isRecord(data) || !isRecord(data.reviewer)) return null;
  const { reviewer } = data;
  const textual = ['text', 'language'].every((key) => typeof data[key] === 'string');
  const people = ['name', 'firstName', 'email', 'locale'].every((key) => typeof reviewer[key] === 'string');
  if (!textual || !people || typeof reviewer.anonymous !== 'boolean' || !strings(data.tags)) return null;
  if (data.title !== null && typeof data.title !== 'string') return null;
  const created = typeof data.createdAt === 'string' ? new Date(data.createdAt) : null;
  return {
    ...(data as unknown as Review),
    createdAt: created && !Number.isNaN(created.getTime()) ? created : null,
  };
}

/** The context a sidebar sent; null when the message is not one. */
export function readContext(data: unknown): ManagerContext | null {
  if (!isRecord(data) || typeof data.opener !== 'string') return null;
  const review = unpackReview(data.review);
  const templateTexts = readTexts(data.templateTexts);
  return review && templateTexts ? { opener: data.opener, review, templateTexts } : null;
}
