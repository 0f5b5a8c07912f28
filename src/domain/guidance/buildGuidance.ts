import type { AppSettings } from '../settings';
import { isNegativeStars } from '../settings';
import { analyzeReview, type ReviewAnalysis } from '../review/analyzeReview';
import type { Review } from '../review/types';
import { SCENARIOS, type Recommendation, type Scenario } from '../types';
import { responseTime } from './responseTime';
import type { Guidance, GuidanceReason, ReminderCode } from './types';

const reason = (
  code: GuidanceReason['code'],
  isPrivate: boolean,
  extra: Partial<GuidanceReason> = {},
): GuidanceReason => ({
  code,
  details: [],
  evidence: [],
  private: isPrivate,
  ...extra,
});

/** Distinct evidence, ignoring case ("scam" and "SCAM" are one word), at most `max`. */
function unique(items: readonly string[], max = 5): string[] {
  const seen = new Map<string, string>();
  for (const item of items) if (!seen.has(item.toLowerCase())) seen.set(item.toLowerCase(), item);
  return [...seen.values()].slice(0, max);
}

function spamReason(analysis: ReviewAnalysis): GuidanceReason {
  const { spam } = analysis;
  return reason('spam', false, {
    evidence: unique([...spam.linkHosts, ...spam.promo, ...spam.sales, ...spam.unrelated, ...spam.otherBusiness]),
    details: [
      ...(spam.linkHosts.length > 0 ? ['links'] : []),
      ...(spam.promo.length > 0 || spam.sales.length > 0 ? ['promotion'] : []),
      ...(spam.unrelated.length > 0 ? ['unrelated'] : []),
      ...(spam.otherBusiness.length > 0 ? ['otherBusiness'] : []),
      ...(spam.gibberish ? ['gibberish'] : []),
    ],
  });
}

/**
 * The reasons to move to a private channel (guide, section 3). In praise, personal data and
 * technical words only count when the reviewer also reports a problem that is not already
 * solved: "I ordered on Monday" in a 5★ review needs no private follow-up.
 */
function privateReasons(review: Review, scenario: Scenario, analysis: ReviewAnalysis): GuidanceReason[] {
  const reasons: GuidanceReason[] = [];
  // Praise that tells of a problem the business already solved ("sent a replacement within
  // days") needs no private follow-up.
  const { problems, resolved } = analysis.sentiment;
  // A 3★ review that says the problem was solved ("Remboursée en 3 jours", "de blev sendt til mig")
  // needs no private follow-up either.
  const problemContext =
    scenario === 'positive'
      ? problems.length > 0 && resolved.length === 0
      : scenario === 'neutral'
        ? resolved.length === 0
        : true;
  const negativeContext = scenario === 'negative' || isNegativeStars(review.stars);

  const { strong } = analysis;
  const strongDetails = [
    ...(negativeContext && strong.words.length > 0 ? ['strongWords'] : []),
    ...(strong.threats.length > 0 ? ['threats'] : []),
    ...(negativeContext && strong.capitals.length > 0 ? ['capitals'] : []),
    ...(negativeContext && strong.repeated.length > 0 ? ['repeatedFailures'] : []),
    ...(negativeContext && strong.sarcasm.length > 0 ? ['sarcasm'] : []),
  ];
  if (strongDetails.length > 0) {
    reasons.push(
      reason('strongDissatisfaction', true, {
        details: strongDetails,
        evidence: unique([
          ...(strongDetails.includes('strongWords') ? strong.words : []),
          ...strong.threats,
          ...(strongDetails.includes('capitals') ? strong.capitals : []),
          ...(strongDetails.includes('repeatedFailures') ? strong.repeated : []),
          ...(strongDetails.includes('sarcasm') ? strong.sarcasm : []),
        ]),
      }),
    );
  }

  if (problemContext && analysis.personalData.length > 0) {
    reasons.push(
      reason('personalData', true, {
        details: analysis.personalData.map((finding) => finding.kind),
        evidence: unique(analysis.personalData.flatMap((finding) => finding.evidence)),
      }),
    );
  }

  const { complexity } = analysis;
  const complexDetails = [
    ...(complexity.long && problemContext ? ['long'] : []),
    ...(complexity.several && problemContext ? ['severalProblems'] : []),
    ...(complexity.technical.length > 0 && problemContext ? ['technical'] : []),
  ];
  if (complexDetails.length > 0) {
    reasons.push(
      reason('complexMatter', true, {
        details: complexDetails,
        evidence: unique([
          ...(complexDetails.includes('severalProblems')
            ? [...complexity.announced, ...complexity.topics.map((t) => t.evidence)]
            : []),
          ...(complexDetails.includes('technical') ? complexity.technical : []),
        ]),
        ...(complexity.long ? { wordCount: complexity.wordCount } : {}),
      }),
    );
  }

  // The guide (section 7): answer an anonymous reviewer generally and always offer a private
  // dialogue, whatever the stars.
  if (review.reviewer?.anonymous) reasons.push(reason('anonymous', true));
  return reasons;
}

function reminders(review: Review, scenario: Scenario, urgent: boolean): ReminderCode[] {
  if (scenario === 'spam') return [];
  const list: ReminderCode[] = [];
  if (scenario === 'negative' || urgent) list.push('respondQuickly');
  list.push(review.reviewer?.anonymous ? 'answerGenerally' : 'useName');
  if (scenario === 'negative' || scenario === 'neutral') list.push('empathy');
  if (scenario !== 'positive') list.push('solution');
  list.push('thanks', 'proofread');
  return list;
}

function build(review: Review, scenario: Scenario, settings: AppSettings, now: Date): Guidance {
  const analysis = analyzeReview(review, { companyName: settings?.companyName });
  const negative = scenario === 'negative' || isNegativeStars(review.stars);
  const time = responseTime(review.createdAt, negative, settings, now);
  const answered = review.alreadyAnswered ? [reason('alreadyAnswered', false)] : [];
  const base = { scenario, actionKey: `guidance.action.${scenario}`, responseTime: time };

  if (scenario === 'spam') {
    return { ...base, recommendation: 'noPublicReply', reasons: [...answered, spamReason(analysis)], reminders: [] };
  }

  const reasons = privateReasons(review, scenario, analysis);
  const questions = analysis.questions.direct.length > 0 ? analysis.questions.direct : analysis.questions.other;
  if (scenario === 'question' || analysis.questions.direct.length > 0) {
    reasons.push(reason('question', false, { evidence: unique(questions, 3) }));
  }
  const recommendation: Recommendation = reasons.some((r) => r.private) ? 'publicThenPrivate' : 'publicReply';
  if (recommendation === 'publicReply' && scenario !== 'question') {
    reasons.push(reason(scenario === 'positive' ? 'positiveFeedback' : 'generalFeedback', false));
  }
  const urgent = time.status === 'dueSoon' || time.status === 'overdue';
  return {
    ...base,
    recommendation,
    reasons: [...answered, ...reasons],
    reminders: reminders(review, scenario, urgent),
  };
}

/** How to answer the review in the given scenario, and why; never throws. */
export function buildGuidance(review: Review, scenario: Scenario, settings: AppSettings, now: Date): Guidance {
  const safeScenario: Scenario = SCENARIOS.includes(scenario) ? scenario : 'neutral';
  try {
    return build(review, safeScenario, settings, now);
  } catch {
    return {
      scenario: safeScenario,
      recommendation: safeScenario === 'spam' ? 'noPublicReply' : 'publicThenPrivate',
      reasons: [],
      reminders: [],
      actionKey: `guidance.action.${safeScenario}`,
      responseTime: { status: 'unknown', ageHours: null, targetHours: settings?.responseTargetOtherHours ?? 72 },
    };
  }
}
