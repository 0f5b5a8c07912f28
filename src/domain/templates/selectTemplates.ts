import type { Scenario, Stars } from '../types';
import { isBuiltInSlot, SLOT_INFO } from './slots';
import type { Template, TemplateLanguage } from './types';

/** What decides which templates fit a review. */
export interface TemplateFit {
  scenario: Scenario;
  stars: Stars | null;
  anonymous: boolean;
}

// Lower is offered first.
function rank(template: Template, fit: TemplateFit): number | null {
  if (fit.scenario === 'spam')
    return template.scenario === 'spam' ? (template.slot === 'templateSpamNote' ? 0 : 1) : null;
  if (!isBuiltInSlot(template.slot)) {
    if (template.scenario === fit.scenario) return 2;
    return template.scenario === 'any' ? 5 : null;
  }
  const info = SLOT_INFO[template.slot];
  if (!info.scenarios.includes(fit.scenario)) return null;
  if (info.anonymous) return fit.anonymous ? 0 : 6;
  if (template.slot === 'templateFollowUp') return 4;
  return info.stars !== null && info.stars === fit.stars ? 1 : 3;
}

/**
 * The templates that fit a review, best first: the anonymous reviewer's template, the one for the
 * exact star rating, custom ones for the scenario, the scenario's others, the private follow-up.
 */
export function templatesForReview(templates: readonly Template[], fit: TemplateFit): Template[] {
  return templates
    .map((template, index) => ({ template, index, rank: rank(template, fit) }))
    .filter((entry): entry is { template: Template; index: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.template);
}

/** The languages that have templates in a list, in first-seen order. */
export const languagesOf = (templates: readonly Template[]): TemplateLanguage[] => [
  ...new Set(templates.map((template) => template.language)),
];
