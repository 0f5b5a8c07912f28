import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildTemplateCatalog } from '../../../src/domain/templates/catalog';
import { TemplatesPanel, type TemplatesPanelProps } from '../../../src/features/templates/TemplatesPanel';
import { createFakeClient, renderWithProviders } from '../helpers';
import { makeReview, makeSettings } from '../../factories';
import { LATE_DELIVERY, NORDLYS_HOME, agent } from './fixtures';

const NEGATIVE_1 = (problem: string) =>
  `Hi Maria,\n\nThank you for taking the time to tell us about this, and I'm truly sorry about your experience with ${problem}. This isn't the standard we aim for, and we take responsibility for it.\n\nI'd like to help put this right. Could you send an email to help@nordlys.example with your order number? Then we'll look into it straight away and get back to you personally.\n\nKind regards,\nJonas Berg`;

// As in the sidebar: the catalogue is built from the settings and handed down.
const Panel = (props: Omit<TemplatesPanelProps, 'templates'>) => (
  <TemplatesPanel {...props} templates={buildTemplateCatalog(props.settings.templateTexts).templates} />
);

const preview = () => screen.getByRole('region', { name: 'Preview' });

describe('TemplatesPanel', () => {
  it('offers the 1-star template with the known details filled in and a field for the rest', async () => {
    await renderWithProviders(
      <Panel
        review={makeReview(LATE_DELIVERY)}
        scenario="negative"
        settings={makeSettings(NORDLYS_HOME)}
        currentUser={agent}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Reply templates' })).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Template' });
    expect(select).toHaveDisplayValue('1★: apology and solution');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      '1★: apology and solution',
      '2★: apology and next step',
      'Move to a private channel',
      'Anonymous reviewer: general answer',
    ]);
    expect(preview()).toHaveTextContent(NEGATIVE_1('[specific problem]').replace(/\s+/g, ' '), {
      normalizeWhitespace: true,
    });
    expect(within(preview()).getByText('[specific problem]').tagName).toBe('MARK');
    expect(screen.getByLabelText('Specific problem')).toHaveValue('');
    expect(
      screen.getByText("1 placeholder is still open – a reply with a [placeholder] can't be sent."),
    ).toBeInTheDocument();
  });

  it('updates the preview as the agent fills a field', async () => {
    const user = userEvent.setup();
    await renderWithProviders(
      <Panel
        review={makeReview(LATE_DELIVERY)}
        scenario="negative"
        settings={makeSettings(NORDLYS_HOME)}
        currentUser={agent}
      />,
    );
    await user.type(screen.getByLabelText('Specific problem'), 'the late parcel');
    expect(preview().textContent).toBe(NEGATIVE_1('the late parcel'));
    expect(within(preview()).queryByText(/\[/)).toBeNull();
    expect(screen.getByText('All placeholders are filled in.')).toBeInTheDocument();
  });

  it('writes into an empty plain-text editor as a public reply', async () => {
    const user = userEvent.setup();
    const client = createFakeClient({ values: { 'comment.text': '   ' } });
    const onInserted = vi.fn();
    await renderWithProviders(
      <Panel
        review={makeReview(LATE_DELIVERY)}
        scenario="negative"
        settings={makeSettings(NORDLYS_HOME)}
        currentUser={agent}
        onInserted={onInserted}
      />,
      { client },
    );
    await user.type(screen.getByLabelText('Specific problem'), 'the late parcel');
    await user.click(screen.getByRole('button', { name: 'Use template' }));

    expect(
      await screen.findByText('Inserted as a public reply. Read it through before you send it.'),
    ).toBeInTheDocument();
    expect(client.callsOf('get')).toEqual([[['comment.text', 'comment.useRichText']]]);
    expect(client.callsOf('set')).toEqual([
      ['comment.type', 'publicReply'],
      ['comment.text', NEGATIVE_1('the late parcel')],
    ]);
    expect(client.callsOf('invoke')).toEqual([]);
    expect(onInserted).toHaveBeenCalledWith({ text: NEGATIVE_1('the late parcel'), type: 'publicReply' });
  });

  it.each(['<p></p>', '<p><br></p>'])(
    'treats %s in the rich-text editor as empty and writes escaped HTML',
    async (empty) => {
      const user = userEvent.setup();
      const client = createFakeClient({ values: { 'comment.text': empty, 'comment.useRichText': true } });
      await renderWithProviders(
        <Panel
          review={makeReview(LATE_DELIVERY, { firstName: 'Zoë <b>', name: 'Zoë <b>' })}
          scenario="positive"
          settings={makeSettings(NORDLYS_HOME)}
          currentUser={agent}
        />,
        { client },
      );
      await user.click(screen.getByRole('button', { name: 'Use template' }));
      await screen.findByText('Inserted as a public reply. Read it through before you send it.');
      const [[, html]] = client.callsOf('set').slice(1) as [[string, string]];
      expect(html.startsWith('<p>Hi Zoë &lt;b&gt;,</p><p>Thank you so much for the four stars')).toBe(true);
      expect(html.endsWith('<p>Kind regards,<br>Jonas Berg</p>')).toBe(true);
      expect(screen.queryByRole('alertdialog')).toBeNull();
    },
  );

  describe('with a draft in the editor', () => {
    const setup = async (draft: string, rich = false) => {
      const user = userEvent.setup();
      const client = createFakeClient({ values: { 'comment.text': draft, 'comment.useRichText': rich } });
      const onInserted = vi.fn();
      await renderWithProviders(
        <Panel
          review={makeReview({ ...LATE_DELIVERY, stars: 5 })}
          scenario="positive"
          settings={makeSettings(NORDLYS_HOME)}
          currentUser={agent}
          onInserted={onInserted}
        />,
        { client },
      );
      await user.type(screen.getByLabelText('Specific point'), 'the fast delivery');
      await user.click(screen.getByRole('button', { name: 'Use template' }));
      const dialog = await screen.findByRole('alertdialog', { name: 'The reply box already has text' });
      return { user, client, dialog, onInserted, text: preview().textContent ?? '' };
    };

    it('asks first, and "Add below" appends the template after the draft', async () => {
      const { user, client, dialog, onInserted, text } = await setup('Dear Maria, my own words');
      expect(within(dialog).getByRole('button', { name: 'Add below' })).toHaveFocus();
      expect(client.callsOf('set')).toEqual([]);
      await user.click(within(dialog).getByRole('button', { name: 'Add below' }));

      expect(await screen.findByText('Added below your draft as a public reply.')).toBeInTheDocument();
      expect(client.callsOf('set')).toEqual([['comment.type', 'publicReply']]);
      expect(client.callsOf('invoke')).toEqual([['comment.appendText', `\n\n${text}`]]);
      expect(client.values['comment.text']).toBe(`Dear Maria, my own words\n\n${text}`);
      expect(onInserted).toHaveBeenCalledWith({ text, type: 'publicReply' });
    });

    it('"Replace draft" replaces it', async () => {
      const { user, client, dialog, text } = await setup('Dear Maria, my own words');
      await user.click(within(dialog).getByRole('button', { name: 'Replace draft' }));
      expect(
        await screen.findByText('Inserted as a public reply. Read it through before you send it.'),
      ).toBeInTheDocument();
      expect(client.callsOf('set')).toEqual([
        ['comment.type', 'publicReply'],
        ['comment.text', text],
      ]);
      expect(client.values['comment.text']).toBe(text);
    });

    it('"Cancel" leaves the draft untouched', async () => {
      const { user, client, dialog, onInserted } = await setup('Dear Maria, my own words');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('alertdialog')).toBeNull();
      expect(client.callsOf('set')).toEqual([]);
      expect(client.callsOf('invoke')).toEqual([]);
      expect(client.values['comment.text']).toBe('Dear Maria, my own words');
      expect(onInserted).not.toHaveBeenCalled();
      expect(screen.getByRole('button', { name: 'Use template' })).toBeInTheDocument();
    });

    it('Escape cancels too', async () => {
      const { user, client } = await setup('Dear Maria');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('alertdialog')).toBeNull();
      expect(client.callsOf('set')).toEqual([]);
    });

    it('appends HTML to a rich-text draft', async () => {
      const { user, client, dialog } = await setup('<p>Dear Maria</p>', true);
      await user.click(within(dialog).getByRole('button', { name: 'Add below' }));
      await screen.findByText('Added below your draft as a public reply.');
      const [[action, html]] = client.callsOf('invoke') as [[string, string]];
      expect(action).toBe('comment.appendHtml');
      expect(html).toMatch(/^<p>Hi Maria,<\/p><p>Thank you so much for the wonderful five stars! .*the fast delivery/);
    });
  });

  it('adds the spam note as an internal note', async () => {
    const user = userEvent.setup();
    const client = createFakeClient({ values: { 'comment.text': '' } });
    await renderWithProviders(
      <Panel
        review={makeReview(LATE_DELIVERY)}
        scenario="spam"
        settings={makeSettings(NORDLYS_HOME)}
        currentUser={agent}
      />,
      { client },
    );
    // The button says that the template makes a note, not a public reply.
    expect(screen.queryByRole('button', { name: 'Use template' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add internal note' }));
    expect(await screen.findByText('Inserted as an internal note.')).toBeInTheDocument();
    expect(client.callsOf('set')).toEqual([
      ['comment.type', 'internalNote'],
      ['comment.text', 'The review is spam and has been flagged on Trustpilot.'],
    ]);
  });

  it("follows the review's language and lets the agent switch", async () => {
    const user = userEvent.setup();
    await renderWithProviders(
      <Panel
        review={makeReview({ ...LATE_DELIVERY, language: 'sv', stars: 5 })}
        scenario="positive"
        settings={makeSettings(NORDLYS_HOME)}
        currentUser={agent}
      />,
    );
    const language = screen.getByRole('combobox', { name: 'Language' });
    expect(language).toHaveDisplayValue('Swedish');
    expect(preview().textContent?.startsWith('Hej Maria,\n\nTusen tack för de fina fem stjärnorna!')).toBe(true);
    expect(screen.getByLabelText('Specifik detalj')).toBeInTheDocument();

    await user.selectOptions(language, 'German');
    expect(screen.getByRole('combobox', { name: 'Template' })).toHaveDisplayValue('5★: big thank you');
    expect(
      preview().textContent?.startsWith('Hallo Maria,\n\nvielen herzlichen Dank für die tollen fünf Sterne!'),
    ).toBe(true);
    expect(preview().textContent?.endsWith('Viele Grüße\nJonas Berg')).toBe(true);
  });

  it("uses the agent's locale when there is no template in the review's language", async () => {
    await renderWithProviders(
      <Panel
        review={makeReview({ ...LATE_DELIVERY, language: 'nl' })}
        scenario="negative"
        settings={makeSettings(NORDLYS_HOME)}
        currentUser={{ ...agent, locale: 'da' }}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveDisplayValue('Danish');
  });

  it('greets an anonymous reviewer without a name and offers the general answer first', async () => {
    await renderWithProviders(
      <Panel
        review={makeReview({ ...LATE_DELIVERY, stars: 1 }, { anonymous: true, name: '', firstName: '' })}
        scenario="negative"
        settings={makeSettings(NORDLYS_HOME)}
        currentUser={agent}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Template' })).toHaveDisplayValue('Anonymous reviewer: general answer');
    expect(preview().textContent).toContain(
      'If you contact us at help@nordlys.example or +46 8 123 45 67 and mention this review',
    );
    await userEvent
      .setup()
      .selectOptions(screen.getByRole('combobox', { name: 'Template' }), '1★: apology and solution');
    expect(preview().textContent?.startsWith('Hi,\n\nThank you for taking the time')).toBe(true);
    expect(screen.queryByLabelText('Customer name')).toBeNull();
  });

  it('asks for a known detail that is not configured, saying why', async () => {
    await renderWithProviders(
      <Panel
        review={makeReview(LATE_DELIVERY)}
        scenario="negative"
        settings={makeSettings({ ...NORDLYS_HOME, supportEmail: '' })}
        currentUser={agent}
      />,
    );
    const field = screen.getByLabelText('Our email');
    expect(field).toHaveAccessibleDescription(
      "No support e-mail in the app settings. What you type here counts as your company's own in this reply: no confirmation needed.",
    );
  });

  it('uses a team lead template from the settings', async () => {
    const settings = makeSettings(NORDLYS_HOME);
    settings.templateTexts = {
      ...settings.templateTexts,
      templateNegative1: '# Short apology\nSorry, [Customer name]! [Signature]',
    };
    await renderWithProviders(
      <Panel review={makeReview(LATE_DELIVERY)} scenario="negative" settings={settings} currentUser={agent} />,
    );
    expect(screen.getByRole('combobox', { name: 'Template' })).toHaveDisplayValue('Short apology');
    expect(preview().textContent).toBe('Sorry, Maria! Jonas Berg');
  });

  it('says so when the editor cannot be read, and writes nothing', async () => {
    const user = userEvent.setup();
    const client = createFakeClient({ failingPaths: ['comment.text'] });
    await renderWithProviders(
      <Panel
        review={makeReview(LATE_DELIVERY)}
        scenario="negative"
        settings={makeSettings(NORDLYS_HOME)}
        currentUser={agent}
      />,
      { client },
    );
    await user.click(screen.getByRole('button', { name: 'Use template' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Couldn't read the reply box, so nothing was inserted. Try again.",
    );
    expect(client.callsOf('set')).toEqual([]);
  });

  it('says so when Zendesk refuses the text', async () => {
    const user = userEvent.setup();
    const client = createFakeClient({ values: { 'comment.text': '' } });
    client.set = async () => {
      throw new Error('set failed');
    };
    await renderWithProviders(
      <Panel
        review={makeReview(LATE_DELIVERY)}
        scenario="negative"
        settings={makeSettings(NORDLYS_HOME)}
        currentUser={agent}
      />,
      { client },
    );
    await user.click(screen.getByRole('button', { name: 'Use template' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Couldn't insert the template into the reply box. Check your draft and try again.",
    );
  });
});
