import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { ColorScheme } from '../../../src/app/theme';
import type { Review } from '../../../src/domain/review/types';
import type { AppSettings } from '../../../src/domain/settings';
import type { Recommendation, Scenario, UiLocale } from '../../../src/domain/types';
import { ConfirmSecondReply } from '../../../src/features/flow';
import { ProofreadPanel, useProofreading } from '../../../src/features/proofread';
import type { ProofreadingInputs } from '../../../src/features/proofread/useProofreading';
import { makeReview, makeSettings } from '../../factories';
import { createFakeClient, renderWithProviders, type FakeClient } from '../helpers';

// The panel answers the proofreading tests' review, from the same company, unless a test says otherwise.
export { LATE_DELIVERY, NORDIC_HOME } from '../../unit/proofread/fixtures';
import { LATE_DELIVERY, NORDIC_HOME } from '../../unit/proofread/fixtures';

export const GOOD_REPLY =
  '<p>Hi Anna,</p><p>Thank you for your honest feedback. Could you send an e-mail to help@nordichome.example? Then we will look into it straight away.</p><p>Kind regards,<br>Maja</p>';

export interface PanelOptions {
  text?: string;
  type?: string;
  review?: Review;
  isReview?: boolean;
  scenario?: Scenario;
  settings?: AppSettings;
  recommendation?: Recommendation;
  locale?: UiLocale;
  scheme?: ColorScheme;
  client?: FakeClient;
  /** Reads the review on Trustpilot again before the stamp (the connection is on). */
  recheck?: ProofreadingInputs['recheck'];
}

/**
 * The proofreading as the sidebar composes it: one `useProofreading` feeding the send gate, the
 * second-reply confirmation above the view when the review is answered, and the view itself.
 */
export function ProofreadingHarness(inputs: ProofreadingInputs) {
  const proofreading = useProofreading(inputs);
  const { confirmations } = proofreading;
  return (
    <>
      {inputs.review.alreadyAnswered ? (
        <ConfirmSecondReply
          because="answered"
          confirmed={confirmations.secondReplyConfirmed}
          onConfirm={confirmations.setSecondReplyConfirmed}
        />
      ) : null}
      {inputs.isReview ? <ProofreadPanel scenario={inputs.scenario} proofreading={proofreading} /> : null}
    </>
  );
}

export function panel({
  review = makeReview(LATE_DELIVERY),
  isReview = true,
  scenario = 'negative',
  settings = makeSettings(NORDIC_HOME),
  recommendation = 'publicReply',
  recheck,
}: PanelOptions = {}): ReactElement {
  return (
    <ProofreadingHarness
      review={review}
      isReview={isReview}
      scenario={scenario}
      settings={settings}
      recommendation={recommendation}
      recheck={recheck}
    />
  );
}

/** Renders the panel over a fake Zendesk whose editor holds `text` as `type`. */
export async function renderPanel(options: PanelOptions = {}) {
  const client =
    options.client ??
    createFakeClient({
      values: { 'comment.text': options.text ?? GOOD_REPLY, 'comment.type': options.type ?? 'publicReply' },
    });
  const result = await renderWithProviders(panel(options), {
    client,
    locale: options.locale ?? 'en',
    scheme: options.scheme ?? 'light',
  });
  return { ...result, client };
}

/** The agent types in Zendesk's editor: the value changes and Zendesk fires the event. */
export async function typeInEditor(client: FakeClient, html: string): Promise<void> {
  client.values['comment.text'] = html;
  await act(async () => client.emit('comment.text.changed', html));
}

/** The agent switches between public reply and internal note. */
export async function switchType(client: FakeClient, type: 'publicReply' | 'internalNote'): Promise<void> {
  client.values['comment.type'] = type;
  await act(async () => client.emit('comment.type.changed', type));
}

/** Ticks every checklist item and clicks "Mark as proofread". */
export async function proofread(user: UserEvent): Promise<void> {
  const checklist = screen.getByRole('group', { name: 'Checklist' });
  for (const box of within(checklist).getAllByRole('checkbox')) {
    if (!(box as HTMLInputElement).checked) await user.click(box);
  }
  await user.click(screen.getByRole('button', { name: 'Mark as proofread' }));
}

/** What Zendesk makes of a ticket.save answer, following the SDK: block (with the reason) or allow. */
export async function verdict(answer: unknown): Promise<{ allow: true } | { allow: false; reason: string }> {
  const isThenable =
    answer !== null && typeof answer === 'object' && typeof (answer as { then?: unknown }).then === 'function';
  if (isThenable) {
    try {
      await (answer as Promise<unknown>);
      return { allow: true };
    } catch (error) {
      return { allow: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }
  if (answer === false) return { allow: false, reason: '' };
  if (typeof answer === 'string') return { allow: false, reason: answer };
  if (answer instanceof Error) return { allow: false, reason: answer.message };
  return { allow: true };
}

/** Fires ticket.save as Zendesk does and returns the single app's verdict. */
export async function save(client: FakeClient) {
  const answers = client.trigger('ticket.save');
  if (answers.length !== 1) throw new Error(`expected one ticket.save handler, found ${answers.length}`);
  let result: Awaited<ReturnType<typeof verdict>> | undefined;
  await act(async () => {
    result = await verdict(answers[0]);
  });
  if (!result) throw new Error('no verdict');
  return result;
}
