import { describe, expect, it } from 'vitest';
import { compareSetup, itemsToCreate, readRule, readRulePage, type ExistingRule } from '../../../src/domain/setup';
import { itemsFor, listedAs } from './factories';

const items = itemsFor();
const read = (kind: 'view' | 'trigger', value: unknown): ExistingRule => {
  const rule = readRule(kind, value);
  if (!rule) throw new Error('unreadable');
  return rule;
};
const allListed = (): ExistingRule[] => items.map((item, index) => read(item.kind, listedAs(item, 100 + index)));

describe('compareSetup', () => {
  it('reports everything missing in an account without our items, and only those are created', () => {
    const other = read('view', {
      id: 1,
      title: 'Your unsolved tickets',
      description: null,
      conditions: { all: [{ field: 'status', operator: 'less_than', value: 'solved' }], any: [] },
    });
    const states = compareSetup(items, [other]);
    expect(states.map((state) => state.status)).toEqual(items.map(() => 'missing'));
    expect(itemsToCreate(states).map((item) => item.key)).toEqual(items.map((item) => item.key));
  });

  it('recognises items created earlier, whatever order Zendesk lists conditions and tags in', () => {
    const listed = allListed();
    const trigger = listed.at(-1);
    if (!trigger) throw new Error('no trigger');
    trigger.conditions = { all: [...trigger.conditions.all].reverse(), any: [] };
    const states = compareSetup(items, listed);
    expect(states.map((state) => state.status)).toEqual(items.map(() => 'present'));
    expect(itemsToCreate(states)).toEqual([]);
  });

  it('reports a renamed or edited item as changed, by its marker, and never as missing', () => {
    const [negative, newReviews, , , , trigger] = items;
    if (!negative || !newReviews || !trigger) throw new Error('items');
    const listed = [
      read('view', listedAs(negative, 7, { title: 'Angry people' })),
      read(
        'view',
        listedAs(newReviews, 8, {
          conditions: { all: [{ field: 'status', operator: 'less_than', value: 'solved' }], any: [] },
          execution: { sort_by: 'updated', sort_order: 'asc' },
        }),
      ),
      read('trigger', listedAs(trigger, 9, { actions: [{ field: 'current_tags', value: 'answered' }], active: false })),
    ];
    const states = compareSetup(items, listed);
    expect(states[0]).toMatchObject({ status: 'changed', id: 7, differences: ['title'], currentTitle: 'Angry people' });
    expect(states[1]).toMatchObject({ status: 'changed', id: 8, differences: ['conditions', 'sort'] });
    expect(states[5]).toMatchObject({ status: 'changed', id: 9, differences: ['actions', 'inactive'] });
    expect(itemsToCreate(states).map((item) => item.key)).toEqual([
      'view-assigned-reviews',
      'view-overdue-negative',
      'view-overdue-reviews',
    ]);
  });

  it('reads a creation-date sort listed as created_at as the same sort', () => {
    const [negative] = items;
    if (!negative) throw new Error('items');
    const listed = read('view', listedAs(negative, 7, { execution: { sort_by: 'created_at', sort_order: 'desc' } }));
    expect(compareSetup(items, [listed])[0]).toEqual({ item: negative, status: 'present', id: 7 });
    const ascending = read('view', listedAs(negative, 7, { execution: { sort_by: 'created', sort_order: 'asc' } }));
    expect(compareSetup(items, [ascending])[0]).toMatchObject({ status: 'changed', differences: ['sort'] });
  });

  it('accepts the title in another language the admin team uses', () => {
    const [negative] = items;
    if (!negative) throw new Error('items');
    const states = compareSetup(
      items,
      [read('view', listedAs(negative, 7, { title: 'Trustpilot: obesvarade negativa omdömen' }))],
      {
        'view-negative-unanswered': ['Trustpilot: obesvarade negativa omdömen'],
      },
    );
    expect(states[0]).toEqual({ item: negative, status: 'present', id: 7 });
  });

  it('does not take a view carrying a trigger marker for the trigger', () => {
    const trigger = items.at(-1);
    if (!trigger) throw new Error('items');
    const states = compareSetup(items, [
      read('view', { id: 3, title: 'x', description: trigger.description, conditions: trigger.conditions }),
    ]);
    expect(states.at(-1)?.status).toBe('missing');
  });
});

describe('reading what Zendesk lists', () => {
  it('reads offset and cursor pages and skips records without an id, never throwing', () => {
    expect(
      readRulePage('view', {
        views: [{ id: 1, title: 'A' }, { title: 'no id' }],
        next_page: 'https://x.zendesk.com/api/v2/views.json?page=2',
      }),
    ).toMatchObject({
      rules: [{ id: 1, title: 'A', description: '', active: true, conditions: { all: [], any: [] } }],
      next: 'https://x.zendesk.com/api/v2/views.json?page=2',
    });
    expect(
      readRulePage('trigger', {
        triggers: [],
        meta: { has_more: true },
        links: { next: '/api/v2/triggers.json?page[after]=abc' },
      })?.next,
    ).toBe('/api/v2/triggers.json?page[after]=abc');
    expect(
      readRulePage('trigger', { triggers: [], meta: { has_more: false }, links: { next: '/x' } })?.next,
    ).toBeNull();
    expect(readRulePage('view', { triggers: [] })).toBeNull();
    expect(readRulePage('view', 'nonsense')).toBeNull();
    expect(
      read('view', {
        id: 2,
        conditions: { all: [{ field: 'current_tags', operator: 'includes', value: ['a', 'b'] }, 'junk'] },
      }).conditions.all,
    ).toEqual([{ field: 'current_tags', operator: 'includes', value: 'a b' }]);
  });
});
