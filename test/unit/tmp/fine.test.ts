import { it } from 'vitest';
import { blockingIssues } from '../../../src/domain/proofread/blockingChecks';
import * as st from '../../../src/domain/proofread/styleChecks';
import * as sc from '../../../src/domain/proofread/structureChecks';
import { VOCABULARY as v } from '../../../src/domain/proofread/vocabulary';
import { findPersonalData } from '../../../src/domain/proofread/personalData';
import { toPublishedText } from '../../../src/domain/proofread/publishedText';
import { findPlaceholders, fillTemplate } from '../../../src/domain/templates/fillTemplate';
import { checkPlaceholderSyntax } from '../../../src/domain/templates/placeholderSyntax';
import { parseTemplateSetting } from '../../../src/domain/templates/settingsFormat';
import { makeReview, makeSettings } from '../proofread/factory';
const N = Number(process.env.SIZE ?? 5000);
const settings = makeSettings();
const ctx = { review: makeReview(), scenario: 'negative' as const, settings, secondReplyConfirmed: false };
const inputs: Record<string, string> = { A: 'Ä'.repeat(N), a: 'a'.repeat(N), sp: 'x' + ' '.repeat(N) + 'y', dd: '1-'.repeat(N / 2), star: '★'.repeat(N) };
const fns: Record<string, (t: string) => unknown> = {
  published: (t) => toPublishedText(t),
  blocking: (t) => blockingIssues(t, ctx, v),
  personal: (t) => findPersonalData(t, ctx.review, settings, v),
  avoid: (t) => st.avoidPhraseIssues(t, settings, v),
  repeated: (t) => st.repeatedWordIssues(t, v),
  dbl: (t) => st.doubleSpaceIssues(t),
  shout: (t) => st.shoutingIssues(t, settings),
  greet: (t) => sc.greetingIssues(t, ctx, v),
  thanks: (t) => sc.thanksIssues(t, v),
  sig: (t) => sc.signatureIssues(t, settings, v),
  priv: (t) => sc.privateChannelIssues(t, { ...ctx, review: makeReview({ reviewer: { ...makeReview().reviewer, anonymous: true } }) }, v),
  next: (t) => sc.nextStepIssues(t, ctx, v),
  ph: (t) => findPlaceholders(t),
  fill: (t) => fillTemplate(t, { known: {}, anonymousReviewer: false, fields: {} }),
  syntax: (t) => checkPlaceholderSyntax(t),
  setting: (t) => parseTemplateSetting('customTemplates', t),
};
it('fine', () => {
  const rows: string[] = [];
  for (const [n, input] of Object.entries(inputs)) for (const [f, fn] of Object.entries(fns)) {
    const t0 = performance.now(); fn(input); const ms = performance.now() - t0;
    if (ms > 20) rows.push(`${n} ${f}: ${ms.toFixed(0)} ms`);
  }
  console.log(rows.join('\n'));
}, 600000);
