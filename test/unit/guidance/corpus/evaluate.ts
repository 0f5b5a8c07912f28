import { buildGuidance } from '../../../../src/domain/guidance/buildGuidance';
import { parseReview } from '../../../../src/domain/review/parseReview';
import { classifyScenario } from '../../../../src/domain/scenario/classifyScenario';
import type { AppSettings } from '../../../../src/domain/settings';
import type { Recommendation, Scenario, TicketSnapshot, UiLocale } from '../../../../src/domain/types';
import { LABELLED_REASONS, type CorpusEntry, type LabelledReason } from './entry';
import { makeSettings } from '../../../factories';

const NOW = new Date('2025-05-02T08:00:00Z');

/** The ticket the Trustpilot connector would create for the review. */
export function ticketFor(entry: CorpusEntry): TicketSnapshot {
  const requester = {
    id: 500,
    name: entry.anonymous ? 'Anonymous Trustpilot reviewer' : 'Kim Berg',
    email: entry.anonymous ? '' : 'kim.berg@example.net',
    role: 'end-user' as const,
    locale: entry.language,
  };
  const description = `<p>Rating: ${entry.stars}/5</p><p>${entry.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;
  return {
    id: 900,
    subject: entry.title ?? 'New Trustpilot review',
    description,
    tags: ['trustpilot', `rating_${entry.stars}`],
    status: 'new',
    createdAt: '2025-05-01T08:00:00Z',
    requester,
    comments: [{ id: 1, value: description, author: requester }],
    channel: 'any_channel',
    brand: entry.brand,
  };
}

export interface Outcome {
  entry: CorpusEntry;
  scenario: Scenario;
  recommendation: Recommendation;
  reasons: LabelledReason[];
  /** Evidence per reason, to show in failure listings. */
  evidence: Record<string, string[]>;
}

/** Parses, classifies and builds the guidance for one labelled review, as the sidebar does. */
export function run(entry: CorpusEntry): Outcome {
  const settings: AppSettings = makeSettings({ companyName: entry.company });
  const review = parseReview(ticketFor(entry), settings);
  const { scenario } = classifyScenario(review, settings);
  const guidance = buildGuidance(review, scenario, settings, NOW);
  const labelled = new Set<string>(LABELLED_REASONS);
  const reasons = guidance.reasons.filter((r) => labelled.has(r.code)).map((r) => r.code as LabelledReason);
  const evidence = Object.fromEntries(guidance.reasons.map((r) => [r.code, r.evidence]));
  return { entry, scenario, recommendation: guidance.recommendation, reasons, evidence };
}

export interface Rate {
  hits: number;
  total: number;
  value: number;
}
const rate = (hits: number, total: number): Rate => ({ hits, total, value: total === 0 ? 1 : hits / total });

export interface PrecisionRecall {
  precision: Rate;
  recall: Rate;
}
function precisionRecall(
  outcomes: readonly Outcome[],
  expected: (o: Outcome) => boolean,
  predicted: (o: Outcome) => boolean,
): PrecisionRecall {
  const truePositives = outcomes.filter((o) => expected(o) && predicted(o)).length;
  return {
    precision: rate(truePositives, outcomes.filter(predicted).length),
    recall: rate(truePositives, outcomes.filter(expected).length),
  };
}

export interface Accuracy {
  reviews: number;
  scenario: Rate;
  recommendation: Rate;
  /** Scenario, recommendation and every labelled reason right. */
  exact: Rate;
  continuePrivately: PrecisionRecall;
  spam: PrecisionRecall;
  /** Genuine reviews (labelled otherwise) the app put in the spam scenario. */
  genuineMarkedSpam: number;
  reasons: Record<LabelledReason, PrecisionRecall>;
  languages: Record<string, { reviews: number; scenario: Rate; recommendation: Rate }>;
}

/** Accuracy figures of a set of outcomes. */
export function accuracy(outcomes: readonly Outcome[]): Accuracy {
  const sameReasons = (o: Outcome): boolean =>
    o.reasons.length === o.entry.reasons.length && o.entry.reasons.every((r) => o.reasons.includes(r));
  const reasons = Object.fromEntries(
    LABELLED_REASONS.map((code) => [
      code,
      precisionRecall(
        outcomes,
        (o) => o.entry.reasons.includes(code),
        (o) => o.reasons.includes(code),
      ),
    ]),
  ) as Record<LabelledReason, PrecisionRecall>;
  const languages: Accuracy['languages'] = {};
  for (const language of [...new Set(outcomes.map((o) => o.entry.language))] as UiLocale[]) {
    const own = outcomes.filter((o) => o.entry.language === language);
    languages[language] = {
      reviews: own.length,
      scenario: rate(own.filter((o) => o.scenario === o.entry.scenario).length, own.length),
      recommendation: rate(own.filter((o) => o.recommendation === o.entry.recommendation).length, own.length),
    };
  }
  return {
    reviews: outcomes.length,
    scenario: rate(outcomes.filter((o) => o.scenario === o.entry.scenario).length, outcomes.length),
    recommendation: rate(outcomes.filter((o) => o.recommendation === o.entry.recommendation).length, outcomes.length),
    exact: rate(
      outcomes.filter(
        (o) => o.scenario === o.entry.scenario && o.recommendation === o.entry.recommendation && sameReasons(o),
      ).length,
      outcomes.length,
    ),
    continuePrivately: precisionRecall(
      outcomes,
      (o) => o.entry.recommendation === 'publicThenPrivate',
      (o) => o.recommendation === 'publicThenPrivate',
    ),
    spam: precisionRecall(
      outcomes,
      (o) => o.entry.scenario === 'spam',
      (o) => o.scenario === 'spam',
    ),
    genuineMarkedSpam: outcomes.filter((o) => o.entry.scenario !== 'spam' && o.scenario === 'spam').length,
    reasons,
    languages,
  };
}

const pct = (r: Rate): string => `${(r.value * 100).toFixed(1)} % (${r.hits}/${r.total})`;
const two = (r: Rate): string => `${r.value.toFixed(2)} (${r.hits}/${r.total})`;

/** The accuracy table, one line per figure. */
export function accuracyLines(label: string, a: Accuracy): string[] {
  const lines = [
    `${label}: ${a.reviews} reviews`,
    `  scenario ${pct(a.scenario)}, recommendation ${pct(a.recommendation)}, all labels right ${pct(a.exact)}`,
    `  continue privately: precision ${two(a.continuePrivately.precision)}, recall ${two(a.continuePrivately.recall)}`,
    `  spam/irrelevant: precision ${two(a.spam.precision)}, recall ${two(a.spam.recall)}, genuine reviews marked spam ${a.genuineMarkedSpam}`,
    '  reason                 precision      recall',
  ];
  for (const [code, pr] of Object.entries(a.reasons)) {
    lines.push(`  ${code.padEnd(22)} ${two(pr.precision).padEnd(14)} ${two(pr.recall)}`);
  }
  lines.push('  language  reviews  scenario              recommendation');
  for (const [language, l] of Object.entries(a.languages)) {
    lines.push(
      `  ${language.padEnd(9)} ${String(l.reviews).padEnd(8)} ${pct(l.scenario).padEnd(21)} ${pct(l.recommendation)}`,
    );
  }
  return lines;
}

/** A mismatch, in one line, for tuning and for failing tests. */
export function describeMiss(o: Outcome): string {
  const want = `${o.entry.scenario}/${o.entry.recommendation}/[${o.entry.reasons.join(',')}]`;
  const got = `${o.scenario}/${o.recommendation}/[${o.reasons.join(',')}]`;
  const evidence = Object.entries(o.evidence)
    .filter(([, e]) => e.length > 0)
    .map(([code, e]) => `${code}: ${e.join(' | ')}`)
    .join('; ');
  return `${o.entry.id} want ${want} got ${got} — ${o.entry.text.slice(0, 90)}${evidence ? ` — ${evidence}` : ''}`;
}
