/** One condition of a Zendesk view or trigger, in the Support API's `{field, operator, value}` shape. */
export interface RuleCondition {
  field: string;
  operator: string;
  value: string;
}

/** A rule's conditions: every one of `all`, and at least one of `any` when `any` is not empty. */
export interface RuleConditions {
  all: RuleCondition[];
  any: RuleCondition[];
}

/** One trigger action, e.g. `{field: 'current_tags', value: 'trustpilot_replied'}` adds a tag. */
export interface RuleAction {
  field: string;
  value: string;
}

/** The stable keys of the items the app sets up; each is written into its item's marker. */
export type SetupKey =
  | 'view-negative-unanswered'
  | 'view-new-reviews'
  | 'view-assigned-reviews'
  | 'view-overdue-negative'
  | 'view-overdue-reviews'
  | 'trigger-replied'
  | 'trigger-private-followup';

export const SETUP_KEYS: readonly SetupKey[] = [
  'view-negative-unanswered',
  'view-new-reviews',
  'view-assigned-reviews',
  'view-overdue-negative',
  'view-overdue-reviews',
  'trigger-replied',
  'trigger-private-followup',
];

export type SetupKind = 'view' | 'trigger';

/** A view the app wants in Zendesk. */
export interface DesiredView {
  kind: 'view';
  key: SetupKey;
  title: string;
  description: string;
  conditions: RuleConditions;
  sortBy: string;
  sortOrder: 'asc' | 'desc';
  columns: string[];
}

/** A trigger the app wants in Zendesk. */
export interface DesiredTrigger {
  kind: 'trigger';
  key: SetupKey;
  title: string;
  description: string;
  conditions: RuleConditions;
  actions: RuleAction[];
}

export type DesiredItem = DesiredView | DesiredTrigger;

/** A view or trigger as Zendesk lists it, read defensively from the API's JSON. */
export interface ExistingRule {
  kind: SetupKind;
  id: number;
  title: string;
  description: string;
  active: boolean;
  conditions: RuleConditions;
  /** Views only (`execution.sort_by` / `sort_order`); null when absent. */
  sortBy: string | null;
  sortOrder: string | null;
  /** Triggers only. */
  actions: RuleAction[];
}

/** What differs between an item we created and what the app would create now. */
export type SetupDifference = 'title' | 'conditions' | 'sort' | 'actions' | 'inactive';

/** Where one item stands in the account. */
export type ItemStatus =
  | { status: 'missing' }
  | { status: 'present'; id: number }
  | { status: 'changed'; id: number; differences: SetupDifference[]; currentTitle: string };

export type SetupItemState = { item: DesiredItem } & ItemStatus;
