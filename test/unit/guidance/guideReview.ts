import { buildGuidance } from '../../../src/domain/guidance/buildGuidance';
import type { GuidanceReason } from '../../../src/domain/guidance/types';
import { classifyScenario } from '../../../src/domain/scenario/classifyScenario';
import type { ReviewLanguage, Stars } from '../../../src/domain/types';
import { makeReview, makeSettings } from '../../factories';

const NOW = new Date('2025-05-01T12:00:00Z');

/** Scenario, its signals, guidance and reasons for a review of the company, as the sidebar computes them. */
export function guideReview(stars: Stars, text: string, language: ReviewLanguage, companyName = 'Nordlys Home') {
  const settings = makeSettings({ companyName });
  const review = makeReview({ stars, text, language, title: null });
  const { scenario, signals } = classifyScenario(review, settings);
  const guidance = buildGuidance(review, scenario, settings, NOW);
  const reason = (code: GuidanceReason['code']) => guidance.reasons.find((r) => r.code === code);
  return { scenario, signals, guidance, reason, codes: guidance.reasons.map((r) => r.code) };
}
