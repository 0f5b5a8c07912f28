import { buildGuidance } from '../../src/domain/guidance/buildGuidance';
import { checkReply } from '../../src/domain/proofread/checkReply';
import { toPublishedText } from '../../src/domain/proofread/publishedText';
import { decideSend } from '../../src/domain/proofread/sendDecision';
import { analyzeReview } from '../../src/domain/review/analyzeReview';
import { parseReview } from '../../src/domain/review/parseReview';
import { classifyScenario } from '../../src/domain/scenario/classifyScenario';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { normalizeTicket } from '../../src/domain/ticket';

const MB = 1_000_000;
const fill = (unit: string, length = MB): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const REALISTIC =
  'Hi Anna, thank you for the review of order 48213! Call +46 70 123 45 67 or write to anna.svensson@example.org. ' +
  'IBAN DE89 3704 0044 0532 0130 00, ref TP-4821734, Storgatan 12 B. Rating: 2/5 ★★☆☆☆ [Customer name] {{name}} %NAME% ';

/** The shapes that used to be slow (one long word, unclosed tags, runs of digits…), 1 MB each. */
export const HOSTILE_INPUTS: Record<string, string> = {
  'one 1 MB word': fill('a'),
  'one 100,000-character word, repeated': fill(`${'x'.repeat(100_000)} `),
  'non-ASCII letters': fill('Ä'),
  'digits then a letter': `${fill('1', MB - 1)}é`,
  'digits and dashes': fill('1-'),
  'unclosed tags': fill('<a'),
  'unclosed comments': fill('<!--'),
  'at signs': fill('a@'),
  'spaces between two words': `x${fill(' ', MB - 2)}y`,
  'IBAN-like groups': fill('DE89 3704 '),
  'a realistic reply, repeated': fill(REALISTIC),
};

const settings = {
  ...DEFAULT_SETTINGS,
  companyName: 'Nordic Home',
  supportEmail: 'help@nordichome.example',
  phrasesToAvoid: ['x'.repeat(50_000), 'no worries'],
};

const time = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

/**
 * The slowest case of each family on 1 MB hostile inputs, in milliseconds: the send decision the
 * save hook runs (unproofread and proofread), every proofreading check with warnings, and the
 * review's parsing, scenario and guidance. Each is the worst of 3 runs after one warm-up.
 */
export function measureWorstCase(): Record<string, string> {
  const worst: Record<string, { ms: number; input: string }> = {};
  const record = (family: string, input: string, run: () => unknown) => {
    run();
    const ms = Math.max(time(run), time(run), time(run));
    const current = worst[family];
    if (current === undefined || ms > current.ms) worst[family] = { ms, input };
  };
  const review = parseReview(
    normalizeTicket({ id: 1, subject: 'Late', description: 'Rating: 2/5\n\nLate parcel.', tags: ['trustpilot'] }),
    settings,
  );
  for (const [name, text] of Object.entries(HOSTILE_INPUTS)) {
    const base = {
      review,
      isReview: true,
      scenario: 'negative' as const,
      secondReplyConfirmed: false,
      settings,
      recommendation: 'publicReply' as const,
    };
    record('decideSend, not proofread', name, () =>
      decideSend({ ...base, draft: { text, type: 'publicReply' }, stamp: null }),
    );
    const published = toPublishedText(text);
    record('checkReply with warnings', name, () => checkReply(published, base));
    record('review parsing + scenario + guidance', name, () => {
      const parsed = parseReview(
        normalizeTicket({ id: 2, subject: 'Review', description: text, tags: ['trustpilot'] }),
        settings,
      );
      analyzeReview(parsed);
      buildGuidance(parsed, classifyScenario(parsed).scenario, settings, new Date());
    });
  }
  return Object.fromEntries(
    Object.entries(worst).map(([family, { ms, input }]) => [family, `${ms.toFixed(1)} ms (${input})`]),
  );
}
