import type { AppSettings } from '../settings';
import type { CommentSnapshot, Stars, TicketSnapshot, UserSnapshot } from '../types';
import { detectLanguage } from '../language/detectLanguage';
import { findLinks } from '../language/links';
import { MAX_ANALYSED_CHARS } from '../language/textIndex';
import { findReference, findReviewUrl } from './findReference';
import { htmlToText } from './htmlToText';
import { withoutMetadataLines } from './metadataLines';
import { findRatingLine, starsInTags } from './parseStars';
import { parseReviewer } from './parseReviewer';
import { parseTitle } from './parseTitle';
import type { Review } from './types';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Whether the ticket carries one of the configured review tags (case-insensitive). */
export function isReviewTicket(ticket: TicketSnapshot, settings: AppSettings): boolean {
  const wanted = new Set(strings(settings?.reviewTags).map((tag) => tag.trim().toLowerCase()));
  return strings(ticket?.tags).some((tag) => wanted.has(tag.trim().toLowerCase()));
}

const parseDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

const isAgent = (user: UserSnapshot | null): boolean => user?.role === 'agent' || user?.role === 'admin';

/** The description without its rating line, and the rating that line held. */
function splitRating(plain: string): { body: string; stars: Stars | null; ratingText: string | null } {
  const lines = plain.split('\n');
  // A rating line sits near the top or the bottom; looking there keeps huge texts fast.
  const head = lines.slice(0, 60);
  const tailStart = Math.max(head.length, lines.length - 20);
  const found = findRatingLine(head) ?? offset(findRatingLine(lines.slice(tailStart)), tailStart);
  if (!found) return { body: plain, stars: null, ratingText: null };
  if (found.rest === '') lines.splice(found.lineIndex, 1);
  else lines[found.lineIndex] = found.rest;
  // The lines are tidy already; only the blank lines around the removed one need collapsing.
  const body = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { body, stars: found.stars, ratingText: found.matched };
}

function offset<T extends { lineIndex: number }>(found: T | null, by: number): T | null {
  return found ? { ...found, lineIndex: found.lineIndex + by } : null;
}

/** The tags' stars when they agree; with several rating tags only the one the text confirms. */
function reconcileStars(tagStars: Stars[], textStars: Stars | null): { fromTags: Stars | null; conflict: boolean } {
  if (tagStars.length === 0) return { fromTags: null, conflict: false };
  if (tagStars.length === 1) {
    const only = tagStars[0] ?? null;
    return { fromTags: only, conflict: textStars !== null && only !== textStars };
  }
  return { fromTags: textStars !== null && tagStars.includes(textStars) ? textStars : null, conflict: true };
}

/** Drops a first line that only repeats the title shown above the text. */
function withoutRepeatedTitle(body: string, title: string | null): string {
  if (!title) return body;
  const [first, ...rest] = body.split('\n');
  const remaining = rest.join('\n').trim();
  return first?.trim().toLowerCase() === title.toLowerCase() && remaining !== '' ? remaining : body;
}

function answeredByAgent(comments: CommentSnapshot[], requester: UserSnapshot | null, description: string): boolean {
  return comments.some(
    (comment, index) =>
      index > 0 &&
      isAgent(comment.author) &&
      (requester?.id === null || requester?.id === undefined || comment.author?.id !== requester.id) &&
      htmlToText(comment.value).slice(0, 500) !== description.slice(0, 500),
  );
}

function countEndUserComments(comments: CommentSnapshot[], requester: UserSnapshot | null): number {
  return comments.filter(
    (comment) =>
      comment.author?.role === 'end-user' ||
      (requester?.id !== null && requester?.id !== undefined && comment.author?.id === requester.id),
  ).length;
}

function parse(ticket: TicketSnapshot, settings: AppSettings): Review {
  const tags = strings(ticket.tags).map((tag) => tag.toLowerCase());
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  const rawDescription = text(ticket.description) || text(comments[0]?.value);
  const plain = htmlToText(rawDescription);
  const rating = splitRating(plain);
  const title = parseTitle(text(ticket.subject));
  const reference = findReference(withoutRepeatedTitle(rating.body, title));
  const reviewUrl = findReviewUrl(rawDescription);
  const body = withoutRepeatedTitle(withoutMetadataLines(rating.body, reference, reviewUrl), title);
  const tagStars = starsInTags(tags);
  const { fromTags, conflict } = reconcileStars(tagStars, rating.stars);
  const stars = fromTags ?? (tagStars.length > 1 ? null : rating.stars);
  const requester = ticket.requester ?? null;
  const language = detectLanguage(`${title ?? ''}\n${body.slice(0, MAX_ANALYSED_CHARS)}`, requester?.locale);
  return {
    isReview: isReviewTicket(ticket, settings),
    title,
    text: body,
    stars,
    starsFromTags: fromTags ?? (tagStars.length === 1 ? (tagStars[0] ?? null) : null),
    starsFromText: rating.stars,
    starsConflict: conflict,
    ...(rating.ratingText ? { ratingText: rating.ratingText } : {}),
    reviewer: parseReviewer(requester),
    createdAt: parseDate(ticket.createdAt),
    language: language.language,
    languageDetected: language.detected,
    reference,
    reviewUrl,
    links: findLinks(rawDescription),
    edited: conflict || countEndUserComments(comments, requester) >= 2,
    alreadyAnswered: answeredByAgent(comments, requester, plain),
    tags,
    ...(typeof ticket.brand === 'string' && ticket.brand.trim() !== '' ? { brand: ticket.brand.trim() } : {}),
  };
}

/** A review with nothing known, for input that could not be read at all. */
function emptyReview(): Review {
  return {
    isReview: false,
    title: null,
    text: '',
    stars: null,
    starsFromTags: null,
    starsFromText: null,
    starsConflict: false,
    reviewer: { name: '', firstName: '', anonymous: true, id: null, email: '', locale: '' },
    createdAt: null,
    language: 'en',
    languageDetected: false,
    reference: null,
    reviewUrl: null,
    links: [],
    edited: false,
    alreadyAnswered: false,
    tags: [],
  };
}

/** Reads the review out of a ticket; never throws, whatever the ticket holds. */
export function parseReview(ticket: TicketSnapshot, settings: AppSettings): Review {
  try {
    return parse(ticket ?? ({} as TicketSnapshot), settings);
  } catch {
    return emptyReview();
  }
}
