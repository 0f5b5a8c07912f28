import { REVIEW_LANGUAGES, type UserSnapshot } from '../types';
import { LEXICONS } from '../language/lexicons';
import { fold, tokenize } from '../language/textIndex';
import { tidyText } from './htmlToText';
import type { Reviewer } from './types';

const allWords = (pick: (language: (typeof REVIEW_LANGUAGES)[number]) => readonly string[]): Set<string> =>
  new Set(REVIEW_LANGUAGES.flatMap((language) => pick(language).flatMap(tokenize).map(fold)));

const ANONYMOUS = allWords((l) => LEXICONS[l].anonymousWords);
const PLACEHOLDER = allWords((l) => [...LEXICONS[l].anonymousWords, ...LEXICONS[l].placeholderNameWords]);
const HONORIFICS = allWords((l) => LEXICONS[l].honorifics);

/** "Anonymous Trustpilot reviewer", "Anonym", "Utilisateur anonyme"…: only placeholder words, one of them "anonymous". */
function isPlaceholderName(name: string): boolean {
  const words = tokenize(name).map(fold);
  return words.length === 0 || (words.every((w) => PLACEHOLDER.has(w)) && words.some((w) => ANONYMOUS.has(w)));
}

/**
 * How an e-mail address marks an anonymous reviewer: 'anonymous' for an address naming anonymity
 * (anonymous@…, …@anonymous.…), 'noreply' for a Trustpilot or Gorgias no-reply address, which is
 * anonymous only when no real name comes with it.
 */
export function placeholderEmail(email: string): 'anonymous' | 'noreply' | null {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return null;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (/^anonym/.test(local) || /(^|\.)anonym/.test(domain)) return 'anonymous';
  if (/^(no-?reply|do-?not-?reply|unknown)\b/.test(local) && /trustpilot|gorgias/.test(domain)) return 'noreply';
  return null;
}

/** The first name for a greeting; with a title ("Mr Smith") the whole name, so "Hi Mr Smith". */
export function firstNameOf(name: string): string {
  if (name.includes('@')) return '';
  const commaParts = name.split(',').map((part) => part.trim());
  // "Smith, John" is a surname first.
  const ordered =
    commaParts.length === 2 && commaParts[0] && commaParts[1] ? `${commaParts[1]} ${commaParts[0]}` : name;
  const words = ordered.split(/\s+/).filter((w) => w.length > 0);
  const first = words[0] ?? '';
  if (HONORIFICS.has(fold(first.toLowerCase().replace(/\.$/, ''))) && words.length > 1) return words.join(' ');
  return first.replace(/[,;:]+$/, '');
}

/** The reviewer from the ticket requester; never throws. */
export function parseReviewer(requester: UserSnapshot | null): Reviewer {
  const rawName = tidyText(requester?.name ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 200);
  const email = (requester?.email ?? '').trim();
  const emailKind = placeholderEmail(email);
  const local = email.toLowerCase().split('@')[0] ?? '';
  const nameIsAddress = rawName.toLowerCase() === email.toLowerCase() || rawName.toLowerCase() === local;
  const anonymous =
    isPlaceholderName(rawName) || emailKind === 'anonymous' || (emailKind === 'noreply' && nameIsAddress);
  return {
    name: anonymous ? '' : rawName,
    firstName: anonymous ? '' : firstNameOf(rawName),
    anonymous,
    id: requester?.id ?? null,
    email,
    locale: requester?.locale ?? '',
  };
}
