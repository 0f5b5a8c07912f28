import { describe, expect, it } from 'vitest';
import { markerKeyOf, triggerRequestBody, viewRequestBody, wholeHours } from '../../../src/domain/setup';
import { itemsFor } from './factories';

const byKey = (key: string, items = itemsFor()) => {
  const found = items.find((item) => item.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
};

describe("the guide's views", () => {
  it('are the three views of guide §2 with its exact conditions, sorted by creation date, newest first', () => {
    const [negative, all, assigned] = itemsFor();
    if (negative?.kind !== 'view') throw new Error('not a view');
    expect(viewRequestBody(negative)).toEqual({
      view: {
        title: 'Title of view-negative-unanswered',
        description: 'About view-negative-unanswered.\n\n[trustpilot-reply-assistant:view-negative-unanswered]',
        active: true,
        conditions: {
          all: [
            { field: 'status', operator: 'less_than', value: 'open' },
            { field: 'current_tags', operator: 'includes', value: 'trustpilot_negative' },
          ],
          any: [],
        },
        output: {
          columns: ['status', 'subject', 'requester', 'created', 'assignee'],
          sort_by: 'created',
          sort_order: 'desc',
        },
      },
    });
    expect(all?.conditions.all).toEqual([
      { field: 'status', operator: 'less_than', value: 'open' },
      { field: 'current_tags', operator: 'includes', value: 'trustpilot' },
    ]);
    expect(assigned?.conditions.all).toEqual([
      { field: 'status', operator: 'less_than', value: 'open' },
      { field: 'assignee_id', operator: 'is', value: 'current_user' },
      { field: 'current_tags', operator: 'includes', value: 'trustpilot' },
    ]);
  });

  it('builds the waiting-past-target views from the response-time settings, in whole hours', () => {
    const items = itemsFor({ responseTargetNegativeHours: 12, responseTargetOtherHours: 47.6 });
    expect(byKey('view-overdue-negative', items).conditions.all).toEqual([
      { field: 'status', operator: 'less_than', value: 'solved' },
      { field: 'current_tags', operator: 'includes', value: 'trustpilot_negative' },
      { field: 'current_tags', operator: 'not_includes', value: 'trustpilot_replied' },
      { field: 'NEW', operator: 'greater_than', value: '12' },
    ]);
    expect(byKey('view-overdue-reviews', items).conditions.all.at(-1)).toEqual({
      field: 'NEW',
      operator: 'greater_than',
      value: '48',
    });
    expect(wholeHours(0.2)).toBe(1);
    expect(wholeHours(Number.NaN)).toBe(1);
  });
});

describe('the reporting trigger', () => {
  it('adds trustpilot_replied when an agent adds a public comment to a ticket with a review tag', () => {
    const trigger = byKey('trigger-replied', itemsFor({ reviewTags: ['trustpilot', 'trustpilot-review'] }));
    if (trigger.kind !== 'trigger') throw new Error('not a trigger');
    expect(triggerRequestBody(trigger)).toEqual({
      trigger: {
        title: 'Title of trigger-replied',
        description: 'About trigger-replied.\n\n[trustpilot-reply-assistant:trigger-replied]',
        active: true,
        conditions: {
          all: [
            { field: 'update_type', operator: 'is', value: 'Change' },
            { field: 'current_tags', operator: 'includes', value: 'trustpilot trustpilot-review' },
            { field: 'comment_is_public', operator: 'is', value: 'true' },
            { field: 'role', operator: 'is', value: 'agent' },
            { field: 'current_tags', operator: 'not_includes', value: 'trustpilot_replied' },
          ],
          any: [],
        },
        actions: [{ field: 'current_tags', value: 'trustpilot_replied' }],
      },
    });
  });
});

describe('the marker', () => {
  it('names the item in every description and is read back from any place in the text', () => {
    for (const item of itemsFor()) expect(markerKeyOf(item.description)).toBe(item.key);
    expect(markerKeyOf('Edited by hand [trustpilot-reply-assistant:view-new-reviews] keep')).toBe('view-new-reviews');
    expect(markerKeyOf('[trustpilot-reply-assistant:something-else]')).toBeNull();
    expect(markerKeyOf('All new reviews')).toBeNull();
  });
});

describe('the private follow-up trigger', () => {
  it('adds trustpilot_private_followup when a public agent reply contains the support e-mail or phone', () => {
    const items = itemsFor({ supportEmail: 'help@nordlys.example', supportPhone: '+46 8 123 45 67' });
    const trigger = byKey('trigger-private-followup', items);
    if (trigger.kind !== 'trigger') throw new Error('not a trigger');
    expect(trigger.conditions).toEqual({
      all: [
        { field: 'update_type', operator: 'is', value: 'Change' },
        { field: 'current_tags', operator: 'includes', value: 'trustpilot trustpilot-review' },
        { field: 'comment_is_public', operator: 'is', value: 'true' },
        { field: 'role', operator: 'is', value: 'agent' },
        { field: 'current_tags', operator: 'not_includes', value: 'trustpilot_private_followup' },
      ],
      any: [
        { field: 'comment_includes_word', operator: 'is', value: 'help@nordlys.example' },
        { field: 'comment_includes_word', operator: 'is', value: '+46 8 123 45 67' },
      ],
    });
    expect(trigger.actions).toEqual([{ field: 'current_tags', value: 'trustpilot_private_followup' }]);
    expect(markerKeyOf(trigger.description)).toBe('trigger-private-followup');
  });

  it('is not offered without a support contact to look for', () => {
    expect(itemsFor().map((item) => item.key)).not.toContain('trigger-private-followup');
    expect(itemsFor({ supportPhone: '  ' }).map((item) => item.key)).not.toContain('trigger-private-followup');
  });
});
