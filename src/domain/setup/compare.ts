import { markerKeyOf } from './marker';
import type {
  DesiredItem,
  ExistingRule,
  ItemStatus,
  RuleAction,
  RuleCondition,
  RuleConditions,
  SetupDifference,
  SetupItemState,
} from './types';

const TAG_FIELDS = new Set(['current_tags', 'set_tags', 'remove_tags']);

// Tag lists are sets: Zendesk may give them back in another order or spacing.
const normalValue = (field: string, value: string): string =>
  TAG_FIELDS.has(field)
    ? value
        .split(/\s+/)
        .filter((tag) => tag !== '')
        .map((tag) => tag.toLowerCase())
        .sort()
        .join(' ')
    : value.trim();

// The creation-date column is `created`; accept the field name some listings use for it.
const SORT_ALIASES: Record<string, string> = { created_at: 'created' };
const sortKey = (sortBy: string): string => SORT_ALIASES[sortBy] ?? sortBy;

const conditionKey = (c: RuleCondition): string => JSON.stringify([c.field, c.operator, normalValue(c.field, c.value)]);
const actionKey = (a: RuleAction): string => JSON.stringify([a.field, normalValue(a.field, a.value)]);

const sameSet = (a: string[], b: string[]): boolean => {
  if (a.length !== b.length) return false;
  const left = [...a].sort();
  const right = [...b].sort();
  return left.every((value, index) => value === right[index]);
};

const sameConditions = (a: RuleConditions, b: RuleConditions): boolean =>
  sameSet(a.all.map(conditionKey), b.all.map(conditionKey)) &&
  sameSet(a.any.map(conditionKey), b.any.map(conditionKey));

/** What differs between a rule carrying an item's marker and the item as the app would create it. */
function differencesOf(
  item: DesiredItem,
  rule: ExistingRule,
  acceptedTitles: readonly string[] = [],
): SetupDifference[] {
  const differences: SetupDifference[] = [];
  const title = rule.title.trim();
  if (title !== item.title.trim() && !acceptedTitles.some((accepted) => accepted.trim() === title)) {
    differences.push('title');
  }
  if (!sameConditions(item.conditions, rule.conditions)) differences.push('conditions');
  if (item.kind === 'view') {
    if (
      rule.sortBy !== null &&
      (sortKey(rule.sortBy) !== item.sortBy || (rule.sortOrder ?? 'asc') !== item.sortOrder)
    ) {
      differences.push('sort');
    }
  } else if (!sameSet(item.actions.map(actionKey), rule.actions.map(actionKey))) {
    differences.push('actions');
  }
  if (!rule.active) differences.push('inactive');
  return differences;
}

/** Titles an item may carry without counting as renamed, e.g. its title in every UI language. */
export type AcceptedTitles = Partial<Record<DesiredItem['key'], readonly string[]>>;

/**
 * Where each wanted item stands: missing (no rule of its kind carries its marker), present (one
 * does, unchanged), or changed (the marked rule was edited by hand; the app never overwrites it).
 * With several marked rules, an unchanged one wins.
 */
export function compareSetup(
  items: readonly DesiredItem[],
  existing: readonly ExistingRule[],
  acceptedTitles: AcceptedTitles = {},
): SetupItemState[] {
  return items.map((item) => {
    const marked = existing.filter((rule) => rule.kind === item.kind && markerKeyOf(rule.description) === item.key);
    let status: ItemStatus = { status: 'missing' };
    for (const rule of marked) {
      const differences = differencesOf(item, rule, acceptedTitles[item.key] ?? []);
      if (differences.length === 0) {
        status = { status: 'present', id: rule.id };
        break;
      }
      if (status.status === 'missing')
        status = { status: 'changed', id: rule.id, differences, currentTitle: rule.title };
    }
    return { item, ...status };
  });
}

/** The items to create: only the missing ones. */
export const itemsToCreate = (states: readonly SetupItemState[]): DesiredItem[] =>
  states.filter((state) => state.status === 'missing').map((state) => state.item);
