import { findPlaceholders } from '../templates/placeholders';
import { blocking } from './issue';
import { findForeignPlaceholders } from './foreignPlaceholders';
import { findPersonalData, type PersonalDataHit } from './personalData';
import type { CheckContext, Issue } from './types';
import type { Vocabulary } from './vocabulary';
import { ownContactsFor } from './ownContacts';

/**
 * The e-mail addresses and phone numbers allowed besides the settings' support ones: those the
 * agent confirmed, and those typed into a template's contact field that the review does not contain.
 */
export function allowedContacts(context: CheckContext): readonly string[] {
  const confirmed: readonly string[] = context.confirmedContacts ?? [];
  const own = ownContactsFor(context.ownContacts, context.review);
  return own.length === 0 ? confirmed : [...confirmed, ...own];
}

const PERSONAL_DATA_ORDER: PersonalDataHit['kind'][] = [
  'reviewReference',
  'email',
  'phone',
  'iban',
  'orderNumber',
  'address',
];

/**
 * The checks that stop a public reply: nothing written, unfilled placeholders, a reply to spam,
 * personal data, and a second reply the agent has not confirmed. `text` is the published text.
 */
export function blockingIssues(text: string, context: CheckContext, vocabulary: Vocabulary): Issue[] {
  if (text.trim().length === 0) return [blocking('empty')];
  const issues: Issue[] = [];
  const placeholders = findPlaceholders(text);
  if (placeholders.length > 0) {
    issues.push(
      blocking(
        'placeholder',
        placeholders.map(({ start, end }) => ({ start, end })),
      ),
    );
  }
  const foreign = findForeignPlaceholders(text);
  if (foreign.length > 0) issues.push(blocking('foreignPlaceholder', foreign));
  if (context.scenario === 'spam') issues.push(blocking('spamPublicReply'));
  const personal = findPersonalData(text, context.review, context.settings, vocabulary, allowedContacts(context));
  for (const kind of PERSONAL_DATA_ORDER) {
    const spans = personal.filter((hit) => hit.kind === kind).map(({ start, end }) => ({ start, end }));
    if (spans.length > 0) issues.push(blocking(kind, spans));
  }
  if (!context.secondReplyConfirmed) {
    if (context.review.alreadyAnswered) issues.push(blocking('secondReply'));
    else if (context.answerUnknown === true) issues.push(blocking('answerUnknown'));
  }
  return issues;
}
