import type { TemplateSettingName } from '../settings';
import type { SlotInfo } from './types';

/** The settings that replace one built-in template each (all but `customTemplates`). */
export type BuiltInSlot = Exclude<TemplateSettingName, 'customTemplates'>;

const REPLYING = ['negative', 'neutral', 'positive', 'question'] as const;

/** When each built-in slot is offered (agent guide, section 5). */
export const SLOT_INFO: Record<BuiltInSlot, SlotInfo> = {
  templateNegative1: { scenarios: ['negative'], stars: 1, anonymous: false, type: 'publicReply' },
  templateNegative2: { scenarios: ['negative'], stars: 2, anonymous: false, type: 'publicReply' },
  templateNeutral3: { scenarios: ['neutral'], stars: 3, anonymous: false, type: 'publicReply' },
  templatePositive4: { scenarios: ['positive'], stars: 4, anonymous: false, type: 'publicReply' },
  templatePositive5: { scenarios: ['positive'], stars: 5, anonymous: false, type: 'publicReply' },
  templateQuestion: { scenarios: ['question'], stars: null, anonymous: false, type: 'publicReply' },
  templateAnonymous: { scenarios: REPLYING, stars: null, anonymous: true, type: 'publicReply' },
  templateFollowUp: { scenarios: REPLYING, stars: null, anonymous: false, type: 'publicReply' },
  templateSpamNote: { scenarios: ['spam'], stars: null, anonymous: false, type: 'internalNote' },
};

export const BUILT_IN_SLOTS = Object.keys(SLOT_INFO) as BuiltInSlot[];

/** Whether a setting name is a built-in slot (as opposed to the custom templates). */
export const isBuiltInSlot = (name: string): name is BuiltInSlot =>
  Object.prototype.hasOwnProperty.call(SLOT_INFO, name);
