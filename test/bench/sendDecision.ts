import { stampFor } from '../../src/domain/proofread/stamp';
import { toPublishedText } from '../../src/domain/proofread/publishedText';
import { decideSend, type SendDecisionInput } from '../../src/domain/proofread/sendDecision';
import type { Review } from '../../src/domain/review/types';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';

const SENTENCES = [
  'Thank you so much for taking the time to share your experience with us, it means a lot to the whole team.',
  'We are sincerely sorry that the delivery took longer than we promised and that you had to wait for news.',
  'This is not the standard we aim for, and we have passed your feedback on to our logistics partner today.',
  'If you would like us to look into the matter, please send an e-mail to help@nordichome.example and we will reply within a day.',
  'It is good to hear that the sofa itself lived up to your expectations once it finally arrived at your door.',
  'Your suggestion about clearer tracking updates is noted and will be taken into account in our future work.',
];

/** A clean, proofread 5,000-word public reply in editor HTML: the slowest path through the decision. */
function longReplyHtml(words: number): string {
  const paragraphs: string[] = ['<p>Hi Anna,</p>'];
  let count = 2;
  let sentence = 0;
  let paragraph: string[] = [];
  while (count < words - 3) {
    const next = SENTENCES[sentence % SENTENCES.length] ?? '';
    paragraph.push(next);
    count += next.split(' ').length;
    sentence += 1;
    if (paragraph.length === 4) {
      paragraphs.push(`<p>${paragraph.join(' ')}</p>`);
      paragraph = [];
    }
  }
  if (paragraph.length > 0) paragraphs.push(`<p>${paragraph.join(' ')}</p>`);
  paragraphs.push('<p>Kind regards,<br>Maja</p>');
  return paragraphs.join('');
}

const review: Review = {
  isReview: true,
  title: 'Late delivery',
  text: 'My sofa arrived two weeks late.',
  stars: 2,
  starsFromTags: 2,
  starsFromText: 2,
  starsConflict: false,
  reviewer: { name: 'Anna Svensson', firstName: 'Anna', anonymous: false, id: 1, email: '', locale: 'sv' },
  createdAt: null,
  language: 'en',
  languageDetected: true,
  reference: '4242-1717',
  reviewUrl: null,
  edited: false,
  alreadyAnswered: false,
  tags: ['trustpilot', 'rating_2'],
};

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/**
 * Times `decideSend` 10,000 times on a proofread 5,000-word public reply (HTML → published text,
 * every blocking check, the stamp hash) and returns the median and 99th percentile in milliseconds:
 * with the support e-mail in the settings, and (`own…`) typed into a template's contact field instead.
 */
export function measureSendDecision(): { medianMs: number; p99Ms: number; ownMedianMs: number; ownP99Ms: number } {
  const html = longReplyHtml(5000);
  const configured = timeDecisions(html, {});
  // The same reply when the settings name no support e-mail and the agent typed it into the
  // template's contact field: the decision also looks for it in the review.
  const typed = timeDecisions(html, { supportEmail: '', ownContacts: ['help@nordichome.example'] });
  return { ...configured, ownMedianMs: typed.medianMs, ownP99Ms: typed.p99Ms };
}

function timeDecisions(
  html: string,
  { supportEmail = 'help@nordichome.example', ownContacts }: { supportEmail?: string; ownContacts?: string[] },
): { medianMs: number; p99Ms: number } {
  const input: SendDecisionInput = {
    review,
    isReview: true,
    scenario: 'negative',
    draft: { text: html, type: 'publicReply' },
    stamp: stampFor(toPublishedText(html)),
    secondReplyConfirmed: false,
    settings: { ...DEFAULT_SETTINGS, companyName: 'Nordic Home', supportEmail },
    ownContacts,
    recommendation: 'publicThenPrivate',
  };
  const first = decideSend(input);
  if (!first.allow)
    throw new Error(`benchmark reply is not clean: ${JSON.stringify(first.reasons.map((r) => r.code))}`);
  for (let i = 0; i < 200; i += 1) decideSend(input);
  const samples: number[] = [];
  for (let i = 0; i < 10_000; i += 1) {
    // A fresh string each time, as Zendesk hands over a new one on every save.
    const draft = { text: `${html} `.slice(0, html.length), type: 'publicReply' as const };
    const start = performance.now();
    decideSend({ ...input, draft });
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: percentile(samples, 50), p99Ms: percentile(samples, 99) };
}
