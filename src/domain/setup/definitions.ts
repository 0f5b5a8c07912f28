import type { AppSettings } from '../settings';
import { describedWithMarker } from './marker';
import type { DesiredItem, DesiredTrigger, DesiredView, RuleCondition, SetupKey } from './types';

/** The tag every Trustpilot review ticket carries (guide §2). */
const REVIEW_TAG = 'trustpilot';
/** The tag the guide adds to 1–2★ reviews. */
const NEGATIVE_TAG = 'trustpilot_negative';
/** The reporting tag for a review that received a public agent reply. */
export const REPLIED_TAG = 'trustpilot_replied';
/** The reporting tag for a public reply that moved the conversation to a private channel. */
export const PRIVATE_FOLLOWUP_TAG = 'trustpilot_private_followup';

/** The title and description of an item in the admin's language. */
export interface ItemText {
  title: string;
  description: string;
}

/** Columns of the views the app creates (Zendesk's view column ids). */
const VIEW_COLUMNS = ['status', 'subject', 'requester', 'created', 'assignee'];

const condition = (field: string, operator: string, value: string): RuleCondition => ({ field, operator, value });

// Guide §2, read literally: "Ticket | Status | Less than | Open", "Ticket | Tags | Contains at least
// one of | …", "Ticket | Assignee | Is | (me)". Sorted by creation date, newest first.
const statusLessThanOpen = condition('status', 'less_than', 'open');
const tagsInclude = (tags: string): RuleCondition => condition('current_tags', 'includes', tags);
const assigneeIsMe = condition('assignee_id', 'is', 'current_user');

/** Whole hours for a view condition (Zendesk compares whole hours), at least 1. */
export const wholeHours = (hours: number): number => Math.max(1, Math.round(Number.isFinite(hours) ? hours : 1));

const view = (key: SetupKey, text: ItemText, all: RuleCondition[]): DesiredView => ({
  kind: 'view',
  key,
  title: text.title,
  description: describedWithMarker(text.description, key),
  conditions: { all, any: [] },
  sortBy: 'created',
  sortOrder: 'desc',
  columns: VIEW_COLUMNS,
});

// "Hours since created" is the condition field `NEW` in Zendesk's conditions reference.
const overdue = (tag: string, hours: number): RuleCondition[] => [
  condition('status', 'less_than', 'solved'),
  tagsInclude(tag),
  condition('current_tags', 'not_includes', REPLIED_TAG),
  condition('NEW', 'greater_than', String(wholeHours(hours))),
];

/**
 * The trigger that adds `trustpilot_replied` when an agent adds a public comment to a review
 * ticket — on Zendesk's side, whether or not the app's sidebar was open.
 */
const repliedTrigger = (text: ItemText, reviewTags: string[]): DesiredTrigger => ({
  kind: 'trigger',
  key: 'trigger-replied',
  title: text.title,
  description: describedWithMarker(text.description, 'trigger-replied'),
  conditions: {
    all: [
      condition('update_type', 'is', 'Change'),
      tagsInclude(reviewTags.join(' ')),
      condition('comment_is_public', 'is', 'true'),
      condition('role', 'is', 'agent'),
      condition('current_tags', 'not_includes', REPLIED_TAG),
    ],
    any: [],
  },
  actions: [{ field: 'current_tags', value: REPLIED_TAG }],
});

/**
 * The trigger that adds `trustpilot_private_followup` when an agent's public comment on a review
 * invites the customer to a private channel — i.e. contains the support e-mail or phone from the
 * app's settings, as the guide's "acknowledge publicly, then request contact via a private channel"
 * replies and the app's follow-up templates do. Zendesk sees the decision in the reply itself, so
 * neither the sidebar nor its save hook has to record anything. Null without a contact to look for.
 */
function privateFollowUpTrigger(text: ItemText, reviewTags: string[], contacts: string[]): DesiredTrigger | null {
  const strings = [...new Set(contacts.map((contact) => contact.trim()).filter((contact) => contact !== ''))];
  if (strings.length === 0) return null;
  return {
    kind: 'trigger',
    key: 'trigger-private-followup',
    title: text.title,
    description: describedWithMarker(text.description, 'trigger-private-followup'),
    conditions: {
      all: [
        condition('update_type', 'is', 'Change'),
        tagsInclude(reviewTags.join(' ')),
        condition('comment_is_public', 'is', 'true'),
        condition('role', 'is', 'agent'),
        condition('current_tags', 'not_includes', PRIVATE_FOLLOWUP_TAG),
      ],
      // "Comment text contains the following string" for each contact.
      any: strings.map((contact) => condition('comment_includes_word', 'is', contact)),
    },
    actions: [{ field: 'current_tags', value: PRIVATE_FOLLOWUP_TAG }],
  };
}

/** Everything the set-up creates, in the order the panel lists it, built from the settings. */
export function desiredItems(settings: AppSettings, texts: Record<SetupKey, ItemText>): DesiredItem[] {
  const reviewTags = settings.reviewTags.length > 0 ? settings.reviewTags : [REVIEW_TAG];
  const followUp = privateFollowUpTrigger(texts['trigger-private-followup'], reviewTags, [
    settings.supportEmail,
    settings.supportPhone,
  ]);
  return [
    view('view-negative-unanswered', texts['view-negative-unanswered'], [
      statusLessThanOpen,
      tagsInclude(NEGATIVE_TAG),
    ]),
    view('view-new-reviews', texts['view-new-reviews'], [statusLessThanOpen, tagsInclude(REVIEW_TAG)]),
    view('view-assigned-reviews', texts['view-assigned-reviews'], [
      statusLessThanOpen,
      assigneeIsMe,
      tagsInclude(REVIEW_TAG),
    ]),
    view(
      'view-overdue-negative',
      texts['view-overdue-negative'],
      overdue(NEGATIVE_TAG, settings.responseTargetNegativeHours),
    ),
    view('view-overdue-reviews', texts['view-overdue-reviews'], overdue(REVIEW_TAG, settings.responseTargetOtherHours)),
    repliedTrigger(texts['trigger-replied'], reviewTags),
    ...(followUp ? [followUp] : []),
  ];
}

/** The body of `POST /api/v2/views` for a view. */
export function viewRequestBody(item: DesiredView) {
  return {
    view: {
      title: item.title,
      description: item.description,
      active: true,
      conditions: item.conditions,
      output: { columns: item.columns, sort_by: item.sortBy, sort_order: item.sortOrder },
    },
  };
}

/** The body of `POST /api/v2/triggers` for a trigger. */
export function triggerRequestBody(item: DesiredTrigger) {
  return {
    trigger: {
      title: item.title,
      description: item.description,
      active: true,
      conditions: item.conditions,
      actions: item.actions,
    },
  };
}
