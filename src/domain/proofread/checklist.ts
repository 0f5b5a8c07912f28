import type { Scenario } from '../types';

/** The agent guide's proofreading checklist (section 3, "Important", and the best practices). */
export const CHECKLIST_ITEMS = ['readReview', 'spelling', 'tone', 'personalData', 'details', 'nextStep'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** The checklist items that apply: a next step is only asked of replies to negative reviews. */
export function checklistFor(scenario: Scenario): ChecklistItem[] {
  return CHECKLIST_ITEMS.filter((item) => item !== 'nextStep' || scenario === 'negative');
}
