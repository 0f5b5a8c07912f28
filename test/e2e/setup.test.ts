import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from './support/axe';
import { openFixture, startSession, waitForQuiet, type E2eSession, type OpenTicket } from './support/session';
import { openSection, waitForSidebar } from './support/sidebar';
import { uiText } from './support/strings';

// The admin's Zendesk set-up in the built app, against the workspace's imitation of the views and
// triggers endpoints: the first run creates everything, the second nothing; an item changed by
// hand is reported and left alone; 403 and 422 are explained; a partial failure lists both sides.

let session: E2eSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const FIXTURE = 'negative-en';
const MARKER = '[trustpilot-reply-assistant:';
const items = [
  'view-negative-unanswered',
  'view-new-reviews',
  'view-assigned-reviews',
  'view-overdue-negative',
  'view-overdue-reviews',
  'trigger-replied',
] as const;
const title = (key: (typeof items)[number]) =>
  uiText(`setup.items.${key}.title`, { hours: key === 'view-overdue-negative' ? 24 : 72 });

async function openAdmin(): Promise<OpenTicket> {
  const ticket = await openFixture(session, FIXTURE, { role: 'admin', params: { restDelay: '5' } });
  await waitForSidebar(ticket, FIXTURE);
  return ticket;
}

async function openSetup(ticket: OpenTicket) {
  await openSection(ticket, uiText('flow.section.admin'));
  await ticket.app.getByRole('button', { name: uiText('setup.open') }).click();
  const panel = ticket.app.getByRole('region', { name: uiText('setup.heading') });
  await panel
    .getByRole('list', { name: uiText('setup.listLabel') })
    .or(panel.getByRole('alert'))
    .first()
    .waitFor({ timeout: 15_000 });
  return panel;
}

const status = (kind: 'view' | 'trigger', shown: string) =>
  `${uiText(`setup.kind.${kind}`)} · ${uiText(`setup.status.${shown}`)}`;
const kindOf = (key: string): 'view' | 'trigger' => (key.startsWith('view') ? 'view' : 'trigger');
const ours = <T extends { description: string | null }>(records: T[]): T[] =>
  records.filter((record) => record.description?.includes(MARKER));

describe('setting up Zendesk for Trustpilot', () => {
  it('creates every view and the trigger once; a second run creates nothing', async () => {
    const ticket = await openAdmin();
    try {
      let panel = await openSetup(ticket);
      for (const key of items) {
        await panel
          .getByRole('listitem', { name: title(key) })
          .getByText(status(kindOf(key), 'missing'))
          .waitFor();
      }
      await panel.getByRole('button', { name: uiText('setup.createMissing', { count: 6 }) }).click();
      await panel.getByText(uiText('setup.allCreated', { count: 6 })).waitFor({ timeout: 15_000 });

      const created = await ticket.page.evaluate(() => window.workspace.rules());
      expect(created.view).toHaveLength(6);
      expect(created.trigger).toHaveLength(2);
      const [negative, all, assigned] = ours(created.view);
      expect(negative).toMatchObject({
        title: 'Trustpilot: unanswered negative reviews',
        conditions: {
          all: [
            { field: 'status', operator: 'less_than', value: 'open' },
            { field: 'current_tags', operator: 'includes', value: 'trustpilot_negative' },
          ],
          any: [],
        },
        execution: { sort_by: 'created', sort_order: 'desc' },
      });
      expect(all?.conditions.all).toEqual([
        { field: 'status', operator: 'less_than', value: 'open' },
        { field: 'current_tags', operator: 'includes', value: 'trustpilot' },
      ]);
      expect(assigned?.conditions.all).toContainEqual({ field: 'assignee_id', operator: 'is', value: 'current_user' });
      const [trigger] = ours(created.trigger);
      expect(trigger?.actions).toEqual([{ field: 'current_tags', value: 'trustpilot_replied' }]);
      expect(trigger?.conditions.all).toContainEqual({ field: 'comment_is_public', operator: 'is', value: 'true' });

      // Second run, in a fresh sidebar: everything is found, nothing is sent.
      await ticket.page.evaluate(() => window.workspace.reloadApp());
      await waitForSidebar(ticket, FIXTURE);
      panel = await openSetup(ticket);
      await panel.getByText(uiText('setup.nothingMissing')).waitFor();
      for (const key of items) {
        await panel
          .getByRole('listitem', { name: title(key) })
          .getByText(status(kindOf(key), 'present'))
          .waitFor();
      }
      await expect(
        panel.getByRole('button', { name: uiText('setup.createMissing', { count: 0 }) }).isDisabled(),
      ).resolves.toBe(true);
      // Across both runs: one list request per endpoint per check, six POSTs in the first run only.
      await waitForQuiet(ticket.page);
      const sent = await ticket.page.evaluate(() =>
        window.workspace.log
          .filter((entry) => entry.direction === 'app→host' && /^request:\d+$/.test(entry.data.key ?? ''))
          .map((entry) => {
            const options = entry.data.message as { type?: string; url?: string };
            return `${options.type ?? 'GET'} ${options.url ?? ''}`;
          }),
      );
      const list = ['GET /api/v2/views.json?per_page=100', 'GET /api/v2/triggers.json?per_page=100'];
      expect(sent.filter((request) => /\/api\/v2\/(views|triggers)\.json/.test(request))).toEqual([
        ...list,
        ...Array.from({ length: 5 }, () => 'POST /api/v2/views.json'),
        'POST /api/v2/triggers.json',
        ...list,
      ]);
      const again = await ticket.page.evaluate(() => window.workspace.rules());
      expect([again.view.length, again.trigger.length]).toEqual([6, 2]);
      expect(ticket.errors).toEqual([]);
    } finally {
      await ticket.close();
    }
  });

  it('reports a view renamed and edited by hand as changed and never overwrites it', async () => {
    const ticket = await openAdmin();
    try {
      let panel = await openSetup(ticket);
      await panel.getByRole('button', { name: uiText('setup.createMissing', { count: 6 }) }).click();
      await panel.getByText(uiText('setup.allCreated', { count: 6 })).waitFor({ timeout: 15_000 });
      const [, newReviews] = ours((await ticket.page.evaluate(() => window.workspace.rules())).view);
      if (!newReviews) throw new Error('the view was not created');
      const editedConditions = {
        all: [
          { field: 'status', operator: 'less_than', value: 'solved' },
          { field: 'current_tags', operator: 'includes', value: 'trustpilot' },
        ],
        any: [],
      };
      await ticket.page.evaluate(
        ([id, conditions]) => window.workspace.editRule('view', id, { title: 'Reviews (team A)', conditions }),
        [newReviews.id, editedConditions] as const,
      );

      await ticket.page.evaluate(() => window.workspace.reloadApp());
      await waitForSidebar(ticket, FIXTURE);
      panel = await openSetup(ticket);
      const item = panel.getByRole('listitem', { name: title('view-new-reviews') });
      await item.getByText(status('view', 'changed')).waitFor();
      await item.getByText(uiText('setup.currentTitle', { title: 'Reviews (team A)' })).waitFor();
      await item
        .getByText(
          uiText('setup.changedBody', {
            list: [uiText('setup.difference.title'), uiText('setup.difference.conditions')].join(', '),
          }),
        )
        .waitFor();
      await panel.getByText(uiText('setup.nothingMissing')).waitFor();
      const after = await ticket.page.evaluate(() => window.workspace.rules());
      expect(after.view).toHaveLength(6);
      expect(after.view.find((view) => view.id === newReviews.id)).toMatchObject({
        title: 'Reviews (team A)',
        conditions: editedConditions,
      });
    } finally {
      await ticket.close();
    }
  });

  it('explains a 403 when Zendesk refuses to list the views', async () => {
    const ticket = await openAdmin();
    try {
      await ticket.page.evaluate(() => window.workspace.failNext('GET views', 403));
      const panel = await openSetup(ticket);
      await panel.getByRole('alert').getByText(uiText('setup.loadErrorTitle')).waitFor();
      await panel.getByText(uiText('setup.errors.forbidden')).waitFor();
      await panel.getByRole('button', { name: uiText('setup.retry') }).click();
      await panel.getByRole('button', { name: uiText('setup.createMissing', { count: 6 }) }).waitFor();
    } finally {
      await ticket.close();
    }
  });

  it("lists what was and wasn't created when Zendesk refuses the trigger (422), after waiting out a 429", async () => {
    const ticket = await openAdmin();
    try {
      await ticket.page.evaluate(() => {
        window.workspace.failNext('POST triggers', 422);
        window.workspace.failNext('POST views', 429, { retryAfter: 1 });
      });
      const panel = await openSetup(ticket);
      await panel.getByRole('button', { name: uiText('setup.createMissing', { count: 6 }) }).click();
      const summary = panel.getByRole('alert').filter({ hasText: uiText('setup.partialTitle') });
      await summary.waitFor({ timeout: 20_000 });
      const views = items.filter((key) => kindOf(key) === 'view').map(title);
      await summary
        .getByText(uiText('setup.partialBody', { created: 5, count: 6, failed: title('trigger-replied') }))
        .waitFor();
      await summary.getByText(uiText('setup.createdList', { list: views.join(', ') })).waitFor();
      const trigger = panel.getByRole('listitem', { name: title('trigger-replied') });
      await trigger.getByText(status('trigger', 'failed')).waitFor();
      await trigger.getByText(uiText('setup.errors.invalidDetail', { detail: 'Invalid value' })).waitFor();
      const rules = await ticket.page.evaluate(() => window.workspace.rules());
      expect([ours(rules.view).length, ours(rules.trigger).length]).toEqual([5, 0]);

      // Only the missing trigger is offered again, and this time it goes through.
      await panel.getByRole('button', { name: uiText('setup.createMissing', { count: 1 }) }).click();
      await panel.getByText(uiText('setup.allCreated', { count: 1 })).waitFor();
      const final = await ticket.page.evaluate(() => window.workspace.rules());
      expect([ours(final.view).length, ours(final.trigger).length]).toEqual([5, 1]);
    } finally {
      await ticket.close();
    }
  });

  it('stops and says only admins may do this when Zendesk answers 403 to a create', async () => {
    const ticket = await openAdmin();
    try {
      await ticket.page.evaluate(() => window.workspace.failNext('POST views', 403));
      const panel = await openSetup(ticket);
      await panel.getByRole('button', { name: uiText('setup.createMissing', { count: 6 }) }).click();
      const summary = panel.getByRole('alert').filter({ hasText: uiText('setup.noneCreatedTitle') });
      await summary.getByText(uiText('setup.errors.forbidden')).waitFor();
      const rules = await ticket.page.evaluate(() => window.workspace.rules());
      expect([ours(rules.view).length, ours(rules.trigger).length]).toEqual([0, 0]);
    } finally {
      await ticket.close();
    }
  });

  it('creates the private follow-up trigger when the settings name a support e-mail', async () => {
    const ticket = await openFixture(session, FIXTURE, {
      role: 'admin',
      params: { restDelay: '5', 'setting.supportEmail': 'help@nordlys.example' },
    });
    try {
      await waitForSidebar(ticket, FIXTURE);
      const panel = await openSetup(ticket);
      const followUp = uiText('setup.items.trigger-private-followup.title');
      await panel.getByRole('listitem', { name: followUp }).getByText(status('trigger', 'missing')).waitFor();
      await panel.getByRole('button', { name: uiText('setup.createMissing', { count: 7 }) }).click();
      await panel.getByText(uiText('setup.allCreated', { count: 7 })).waitFor({ timeout: 15_000 });
      const trigger = ours((await ticket.page.evaluate(() => window.workspace.rules())).trigger).find(
        (record) => record.title === followUp,
      );
      expect(trigger?.conditions.any).toEqual([
        { field: 'comment_includes_word', operator: 'is', value: 'help@nordlys.example' },
      ]);
      expect(trigger?.actions).toEqual([{ field: 'current_tags', value: 'trustpilot_private_followup' }]);
    } finally {
      await ticket.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'has no accessibility violations in %s mode, results included',
    async (scheme) => {
      const ticket = await openFixture(session, FIXTURE, { role: 'admin', scheme, params: { restDelay: '5' } });
      try {
        await waitForSidebar(ticket, FIXTURE);
        await ticket.page.evaluate(() => window.workspace.failNext('POST triggers', 422));
        const panel = await openSetup(ticket);
        await panel.getByRole('button', { name: uiText('setup.createMissing', { count: 6 }) }).click();
        await panel
          .getByRole('alert')
          .filter({ hasText: uiText('setup.partialTitle') })
          .waitFor({ timeout: 15_000 });
        expect(await findViolations(ticket.frame)).toEqual([]);
      } finally {
        await ticket.close();
      }
    },
  );

  it('is not offered to agents', async () => {
    const ticket = await openFixture(session, FIXTURE, { role: 'agent' });
    try {
      await waitForSidebar(ticket, FIXTURE);
      await ticket.app.getByRole('button', { name: uiText('flow.section.details') }).waitFor({ timeout: 15_000 });
      await expect(ticket.app.getByRole('button', { name: uiText('flow.section.admin') }).count()).resolves.toBe(0);
      await expect(ticket.app.getByRole('button', { name: uiText('setup.open') }).count()).resolves.toBe(0);
    } finally {
      await ticket.close();
    }
  });
});
