import type { ExistingRule, RuleAction, RuleCondition, RuleConditions, SetupKind } from './types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const asText = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(asText).join(' ');
  return '';
};

const readCondition = (value: unknown): RuleCondition | null => {
  if (!isObject(value) || typeof value.field !== 'string') return null;
  return { field: value.field, operator: asText(value.operator), value: asText(value.value) };
};

const readList = <T>(value: unknown, read: (item: unknown) => T | null): T[] =>
  Array.isArray(value) ? value.map(read).filter((item): item is T => item !== null) : [];

const readConditions = (value: unknown): RuleConditions => ({
  all: readList(isObject(value) ? value.all : undefined, readCondition),
  any: readList(isObject(value) ? value.any : undefined, readCondition),
});

const readAction = (value: unknown): RuleAction | null =>
  isObject(value) && typeof value.field === 'string' ? { field: value.field, value: asText(value.value) } : null;

/** One view or trigger from the API's JSON, or null when it has no usable id. Never throws. */
export function readRule(kind: SetupKind, value: unknown): ExistingRule | null {
  if (!isObject(value) || typeof value.id !== 'number' || !Number.isFinite(value.id)) return null;
  const execution = isObject(value.execution) ? value.execution : isObject(value.output) ? value.output : {};
  return {
    kind,
    id: value.id,
    title: asText(value.title),
    description: asText(value.description),
    active: value.active !== false,
    conditions: readConditions(value.conditions),
    sortBy: typeof execution.sort_by === 'string' ? execution.sort_by : null,
    sortOrder: typeof execution.sort_order === 'string' ? execution.sort_order : null,
    actions: readList(value.actions, readAction),
  };
}

/** One page of `GET /api/v2/views` or `/api/v2/triggers`: its rules and the next page's URL. */
export interface RulePage {
  rules: ExistingRule[];
  next: string | null;
}

/** Reads a list page (offset `next_page` or cursor `links.next` with `meta.has_more`). Never throws. */
export function readRulePage(kind: SetupKind, body: unknown): RulePage | null {
  if (!isObject(body)) return null;
  const list = kind === 'view' ? body.views : body.triggers;
  if (!Array.isArray(list)) return null;
  const rules = list.map((item) => readRule(kind, item)).filter((rule): rule is ExistingRule => rule !== null);
  let next: string | null = typeof body.next_page === 'string' && body.next_page !== '' ? body.next_page : null;
  const links = isObject(body.links) ? body.links : null;
  const meta = isObject(body.meta) ? body.meta : null;
  if (next === null && links && typeof links.next === 'string' && links.next !== '' && meta?.has_more === true) {
    next = links.next;
  }
  return { rules, next };
}
