import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeSettings } from '../../factories';
import { GOOD_REPLY, NORDIC_HOME, proofread, renderPanel, save, typeInEditor } from './harness';

const PROBLEMS = "The reply has problems to fix first — see the Trustpilot panel. It can't be edited once published.";
const EMAIL_PROBLEM =
  "Remove the e-mail address — only your company's own may appear in public. If it is yours, confirm it below; an admin can set it as the support e-mail in the app settings so it is always allowed.";
const confirmBox = (value: string) =>
  screen.getByRole('checkbox', { name: `“${value}” is our company's address — allowed in public` });
const problems = () => screen.queryByRole('region', { name: 'Must be fixed before sending' });
const problemList = () => screen.getByRole('region', { name: 'Must be fixed before sending' });

// The default settings: no support e-mail or phone, as the 1-star template's "[our email]" meets them.
const settings = makeSettings({ ...NORDIC_HOME, supportEmail: '', supportPhone: '' });

describe('confirming the company’s own contact details', () => {
  it('lets the agent confirm a typed support address with the keyboard, and the reply can then be sent', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel({ settings, text: '<p><br></p>' });
    await typeInEditor(client, GOOD_REPLY);

    expect(within(problemList()).getByText(EMAIL_PROBLEM)).toBeVisible();
    expect(await save(client)).toEqual({ allow: false, reason: PROBLEMS });

    confirmBox('help@nordichome.example').focus();
    await user.keyboard(' ');
    expect(confirmBox('help@nordichome.example')).toBeChecked();
    expect(problems()).toBeNull();

    await proofread(user);
    expect(await save(client)).toEqual({ allow: true });
    expect(client.callsOf('invoke')).toEqual([['ticket.tags.add', ['trustpilot_replied']]]);
  });

  it('still blocks another address next to a confirmed one', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel({ settings, text: GOOD_REPLY.replace('?', ' or anna.svensson@example.org?') });
    await user.click(confirmBox('help@nordichome.example'));
    expect(within(problemList()).getByText('“anna.svensson@example.org”')).toBeVisible();
    expect(confirmBox('anna.svensson@example.org')).not.toBeChecked();
    expect(await save(client)).toEqual({ allow: false, reason: PROBLEMS });
  });

  it('keeps the confirmation for the same address written in another case, and takes it back when unticked', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel({ settings });
    await user.click(confirmBox('help@nordichome.example'));
    await typeInEditor(client, GOOD_REPLY.replace('help@nordichome.example', 'Help@NordicHome.example'));
    expect(confirmBox('Help@NordicHome.example')).toBeChecked();
    expect(problems()).toBeNull();

    await user.click(confirmBox('Help@NordicHome.example'));
    expect(within(problemList()).getByText('“Help@NordicHome.example”')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Mark as proofread' })).toBeDisabled();
  });

  it('offers a phone confirmation, but none for an order number', async () => {
    await renderPanel({
      settings,
      text: GOOD_REPLY.replace('e-mail to help@nordichome.example', 'text to 070-123 45 67 about order 48213'),
    });
    const group = screen.getByRole('group', { name: "Your company's contact details?" });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(1);
    expect(
      within(group).getByRole('checkbox', { name: "“070-123 45 67” is our company's number — allowed in public" }),
    ).not.toBeChecked();
  });

  it('asks nothing when the settings name the support address', async () => {
    await renderPanel();
    expect(screen.queryByRole('group', { name: "Your company's contact details?" })).toBeNull();
  });

  it('forgets the confirmations once the reply has gone', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel({ settings });
    await user.click(confirmBox('help@nordichome.example'));
    await typeInEditor(client, '<p><br></p>');
    await typeInEditor(client, GOOD_REPLY);
    expect(confirmBox('help@nordichome.example')).not.toBeChecked();
    expect(await save(client)).toEqual({ allow: false, reason: PROBLEMS });
  });

  it('speaks the agent’s language', async () => {
    await renderPanel({ settings, locale: 'sv' });
    expect(
      screen.getByRole('checkbox', {
        name: '”help@nordichome.example” är vårt företags adress – får synas offentligt',
      }),
    ).not.toBeChecked();
  });
});
