import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Review } from '../../../src/domain/review/types';
import { buildTemplateCatalog } from '../../../src/domain/templates/catalog';
import { OwnContactsProvider } from '../../../src/features/proofread/OwnContactsProvider';
import { TemplatesPanel } from '../../../src/features/templates/TemplatesPanel';
import { makeReview, makeSettings, makeUser } from '../../factories';
import { createFakeClient, renderWithProviders, type FakeClient } from '../helpers';
import { LATE_DELIVERY, NORDIC_HOME, ProofreadingHarness, proofread, save, typeInEditor } from './harness';

// The default settings: no support e-mail or phone, so the template asks the agent for them.
const settings = makeSettings({ ...NORDIC_HOME, supportEmail: '', supportPhone: '' });
const agent = makeUser({ id: 5, name: 'Maja Lind', role: 'agent', locale: 'en-US' });
const PROBLEMS = "The reply has problems to fix first — see the Trustpilot panel. It can't be edited once published.";

const confirmBox = (value: string) =>
  screen.queryByRole('checkbox', { name: `“${value}” is our company's address — allowed in public` });
const problems = () => screen.queryByRole('region', { name: 'Must be fixed before sending' });

/** The templates and the proofreading side by side, as the review tools show them. */
async function renderTools(review: Review = makeReview(LATE_DELIVERY)) {
  const client = createFakeClient({ values: { 'comment.text': '', 'comment.type': 'publicReply' } });
  await renderWithProviders(
    <OwnContactsProvider>
      <TemplatesPanel
        review={review}
        scenario="negative"
        settings={settings}
        templates={buildTemplateCatalog(settings.templateTexts).templates}
        currentUser={agent}
      />
      <ProofreadingHarness
        review={review}
        isReview
        scenario="negative"
        settings={settings}
        recommendation="publicReply"
      />
    </OwnContactsProvider>,
    { client },
  );
  return client;
}

/** Fills the 2-star template's fields, clicks "Use template" and lets Zendesk report the new editor text. */
async function useTemplate(user: UserEvent, client: FakeClient, email: string): Promise<string> {
  await user.type(screen.getByRole('textbox', { name: 'Specific problem' }), 'the delivery');
  await user.type(screen.getByRole('textbox', { name: 'Our email' }), email);
  await user.click(screen.getByRole('button', { name: 'Use template' }));
  expect(await screen.findByText('Inserted as a public reply. Read it through before you send it.')).toBeVisible();
  const written = client.values['comment.text'];
  if (typeof written !== 'string') throw new Error('nothing was written');
  expect(written).toContain(email);
  await typeInEditor(client, written);
  return written;
}

describe('contact details typed into a template', () => {
  it('says in the field that what is typed there counts as the company’s own', async () => {
    await renderTools();
    expect(screen.getByRole('textbox', { name: 'Our email' })).toHaveAccessibleDescription(
      "No support e-mail in the app settings. What you type here counts as your company's own in this reply: no confirmation needed.",
    );
  });

  it('asks no confirmation for the address typed into the template’s field, and the gate lets the reply go', async () => {
    const user = userEvent.setup();
    const client = await renderTools();
    await useTemplate(user, client, 'help@nordichome.example');

    expect(confirmBox('help@nordichome.example')).toBeNull();
    expect(problems()).toBeNull();
    await proofread(user);
    expect(await save(client)).toEqual({ allow: true });
    expect(client.callsOf('invoke')).toEqual([['ticket.tags.add', ['trustpilot_replied']]]);
  });

  it('still asks about another address the agent adds by hand, and the gate agrees', async () => {
    const user = userEvent.setup();
    const client = await renderTools();
    const written = await useTemplate(user, client, 'help@nordichome.example');
    await typeInEditor(
      client,
      written.replace('help@nordichome.example', 'help@nordichome.example or maja@example.net'),
    );

    expect(confirmBox('help@nordichome.example')).toBeNull();
    expect(confirmBox('maja@example.net')).not.toBeChecked();
    expect(within(problems() ?? document.body).getByText('“maja@example.net”')).toBeVisible();
    expect(await save(client)).toEqual({ allow: false, reason: PROBLEMS });
  });

  it('asks about the same address pasted by hand when no template carried it', async () => {
    const user = userEvent.setup();
    const client = await renderTools();
    await user.type(screen.getByRole('textbox', { name: 'Our email' }), 'help@nordichome.example');
    await typeInEditor(
      client,
      '<p>Hi Anna,</p><p>Thank you for your feedback. Please write to help@nordichome.example.</p><p>Kind regards,<br>Maja</p>',
    );
    expect(confirmBox('help@nordichome.example')).not.toBeChecked();
    expect(await save(client)).toEqual({ allow: false, reason: PROBLEMS });
  });

  it('still asks about the reviewer’s own address typed into the field', async () => {
    const user = userEvent.setup();
    const client = await renderTools();
    await useTemplate(user, client, 'anna@example.org');
    expect(confirmBox('anna@example.org')).not.toBeChecked();
    expect(await save(client)).toEqual({ allow: false, reason: PROBLEMS });
  });

  it('forgets the typed address once the editor is emptied: the next reply asks again', async () => {
    const user = userEvent.setup();
    const client = await renderTools();
    const written = await useTemplate(user, client, 'help@nordichome.example');
    await typeInEditor(client, '');
    await typeInEditor(client, written);
    expect(confirmBox('help@nordichome.example')).not.toBeChecked();
  });
});
